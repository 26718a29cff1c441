#include "notifier.h"
#include <QSignalSpy>
#include <QTest>

using namespace retrainer;

// What the tray is told: finished runs that changed something or went wrong, once each; every alert.
class TstNotifier : public QObject
{
    Q_OBJECT

    static RunRecord run(qint64 id, RunState state)
    {
        RunRecord r;
        r.id = id;
        r.model = QStringLiteral("clinic");
        r.state = state;
        return r;
    }

private slots:
    void announcesFinishedRuns_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("announced");
        QTest::addColumn<QString>("severity");
        QTest::newRow("promoted") << QStringLiteral("promoted") << true << QStringLiteral("information");
        QTest::newRow("rejected") << QStringLiteral("rejected") << true << QStringLiteral("information");
        QTest::newRow("awaiting approval") << QStringLiteral("awaiting_approval") << true << QStringLiteral("warning");
        QTest::newRow("failed") << QStringLiteral("failed") << true << QStringLiteral("critical");
        QTest::newRow("interrupted") << QStringLiteral("interrupted") << true << QStringLiteral("critical");
        QTest::newRow("cancelled") << QStringLiteral("cancelled") << false << QString();
        QTest::newRow("skipped") << QStringLiteral("skipped") << false << QString();
        QTest::newRow("training") << QStringLiteral("training") << false << QString();
    }

    void announcesFinishedRuns()
    {
        QFETCH(QString, state);
        QFETCH(bool, announced);
        QFETCH(QString, severity);
        const auto parsed = runStateFromString(state);
        QVERIFY(parsed);
        Notifier notifier;
        QSignalSpy spy(&notifier, &Notifier::announce);
        RunRecord r = run(7, *parsed);
        r.version = 4;
        r.error = QStringLiteral("the source is unreadable");
        notifier.runFinished(r);
        QCOMPARE(spy.count(), announced ? 1 : 0);
        if (!announced)
            return;
        QVERIFY(spy.first().at(0).toString().contains(QStringLiteral("clinic")));
        QCOMPARE(toString(spy.first().at(2).value<Notifier::Severity>()), severity);
    }

    void promotionNamesTheVersionAndFailureTheReason()
    {
        Notifier notifier;
        QSignalSpy spy(&notifier, &Notifier::announce);
        RunRecord promoted = run(1, RunState::Promoted);
        promoted.version = 3;
        notifier.runFinished(promoted);
        RunRecord failed = run(2, RunState::Failed);
        failed.error = QStringLiteral("column 'age' is missing");
        notifier.runFinished(failed);
        QCOMPARE(spy.count(), 2);
        QVERIFY(spy.at(0).at(1).toString().contains(QStringLiteral("Version 3")));
        QVERIFY(spy.at(1).at(1).toString().contains(QStringLiteral("column 'age' is missing")));
        QVERIFY(spy.at(1).at(1).toString().contains(QStringLiteral("stays")));
    }

    void oneAnnouncementPerRunAndNoneForDryRuns()
    {
        Notifier notifier;
        QSignalSpy spy(&notifier, &Notifier::announce);
        const RunRecord promoted = run(5, RunState::Promoted);
        notifier.runFinished(promoted);
        notifier.runFinished(promoted);
        RunRecord dry = run(6, RunState::Promoted);
        dry.dryRun = true;
        notifier.runFinished(dry);
        QCOMPARE(spy.count(), 1);
    }

    void announcesAlertsWithTheirSeverity()
    {
        Notifier notifier;
        QSignalSpy spy(&notifier, &Notifier::announce);
        AlertRecord alert;
        alert.id = 1;
        alert.model = QStringLiteral("delivery-delay");
        alert.severity = QStringLiteral("critical");
        alert.text = QStringLiteral("r2 0.61 stays below 0.70 after 3 retrains");
        notifier.alertRaised(alert);
        alert.severity = QStringLiteral("warning");
        alert.text = QStringLiteral("2 scheduled runs were missed");
        notifier.alertRaised(alert);
        QCOMPARE(spy.count(), 2);
        QVERIFY(spy.at(0).at(0).toString().contains(QStringLiteral("delivery-delay")));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("r2 0.61 stays below 0.70 after 3 retrains"));
        QCOMPARE(toString(spy.at(0).at(2).value<Notifier::Severity>()), QStringLiteral("critical"));
        QCOMPARE(toString(spy.at(1).at(2).value<Notifier::Severity>()), QStringLiteral("warning"));
    }
};

QTEST_GUILESS_MAIN(TstNotifier)
#include "tst_notifier.moc"
