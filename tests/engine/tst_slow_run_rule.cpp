// The slow-run alert rule: the usual duration is the median of the last runs, and a run is slow only when
// it took more than twice as long AND at least 5 minutes longer (no alarm for 1.3 s against 0.0 s).
#include "slow_run_rule.h"
#include <QTest>

using namespace retrainer;

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
} // namespace

class TstSlowRunRule : public QObject
{
    Q_OBJECT

private slots:
    void usualIsTheMedianOfTheNewestFive()
    {
        QVERIFY(!SlowRunRule::usualMs({}).has_value());
        QVERIFY(!SlowRunRule::usualMs({10, 20}).has_value()); // too few runs to know
        QCOMPARE(SlowRunRule::usualMs({30, 10, 20}).value_or(-1), qint64(20));
        // Only the newest five count: the old 1000s do not pull the median up.
        QCOMPARE(SlowRunRule::usualMs({5, 6, 7, 8, 9, 1000, 1000, 1000}).value_or(-1), qint64(7));
    }

    void isSlow_data()
    {
        QTest::addColumn<qint64>("took");
        QTest::addColumn<qint64>("usual");
        QTest::addColumn<bool>("slow");
        QTest::newRow("the false alarm of the issue: 1.3 s against 0.0 s") << qint64(1300) << qint64(0) << false;
        QTest::newRow("seconds, ten times as long") << 30 * kSecond << 3 * kSecond << false;
        QTest::newRow("4 minutes against 1 second: not 5 minutes more") << 4 * kMinute << kSecond << false;
        QTest::newRow("6 minutes against 1 second") << 6 * kMinute << kSecond << true;
        QTest::newRow("20 minutes to 1 hour") << 60 * kMinute << 20 * kMinute << true;
        QTest::newRow("exactly twice 20 minutes is not more than twice") << 40 * kMinute << 20 * kMinute << false;
        QTest::newRow("1.5 times 2 hours: much longer, not twice") << 180 * kMinute << 120 * kMinute << false;
        QTest::newRow("5 minutes more, exactly") << 5 * kMinute + 10 << qint64(10) << true;
    }

    void isSlow()
    {
        QFETCH(qint64, took);
        QFETCH(qint64, usual);
        QFETCH(bool, slow);
        QCOMPARE(SlowRunRule::isSlow(took, usual), slow);
    }

    void alertSpeaksInMinutes()
    {
        QCOMPARE(SlowRunRule::alertText(12, QStringLiteral("delivery-delay"), 65 * kMinute, 20 * kMinute),
                 QStringLiteral("run 12 of 'delivery-delay' took 1h5m, more than twice the usual 20m"));
    }
};

QTEST_GUILESS_MAIN(TstSlowRunRule)
#include "tst_slow_run_rule.moc"
