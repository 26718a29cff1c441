// nextSignal: a wait for a signal that is emitted again before the waiting coroutine resumes (two runs ending
// together, a second Ctrl+C). QCoro's qCoro(sender, signal) resumed the waiter once per emission, the second
// time after the wait had ended: `train --all` interrupted by Ctrl+C crashed 2 times in 12 that way. Under the
// sanitizer build this suite reports that use after free; here the second wait must still see its own signal.
#include "next_signal.h"
#include <QCoroTask>
#include <QTest>

class Pinger : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void ping(int n);
};

class TestNextSignal : public QObject
{
    Q_OBJECT

    static QCoro::Task<> waitOnce(Pinger* pinger, int* resumed)
    {
        co_await retrainer::nextSignal(pinger, &Pinger::ping);
        ++*resumed;
    }

private Q_SLOTS:
    void emissionsBeforeTheWaiterResumesWakeItOnce()
    {
        Pinger pinger;
        int resumed = 0;
        auto first = waitOnce(&pinger, &resumed);
        Q_EMIT pinger.ping(1);
        Q_EMIT pinger.ping(2);
        Q_EMIT pinger.ping(3);
        QTRY_COMPARE(resumed, 1);
        QTest::qWait(50); // the later emissions' deliveries, if any were queued, run now
        QCOMPARE(resumed, 1);

        // A new wait is woken by a new emission only.
        auto second = waitOnce(&pinger, &resumed);
        QTest::qWait(50);
        QCOMPARE(resumed, 1);
        Q_EMIT pinger.ping(4);
        QTRY_COMPARE(resumed, 2);
    }
};

QTEST_GUILESS_MAIN(TestNextSignal)
#include "tst_next_signal.moc"
