// Recurrence: every day at a time, every N hours, weekly on days, monthly on a day — each written as
// cron and read back the same; cron expressions that are none of these have no Recurrence.
#include "cron_expression.h"
#include "recurrence.h"
#include <QTest>

using namespace retrainer;

namespace {
Recurrence make(Recurrence::Kind kind, QTime time, int everyHours = 12, QList<int> weekdays = {}, int day = 1)
{
    Recurrence r;
    r.kind = kind;
    r.time = time;
    r.everyHours = everyHours;
    r.weekdays = weekdays;
    r.dayOfMonth = day;
    return r;
}
} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<int>("everyHours");
        QTest::addColumn<QList<int>>("weekdays");
        QTest::addColumn<int>("day");
        QTest::addColumn<QString>("cron");
        using K = Recurrence::Kind;
        QTest::newRow("daily 03:30") << int(K::Daily) << QTime(3, 30) << 12 << QList<int>{} << 1 << QStringLiteral("30 3 * * *");
        QTest::newRow("every 12 hours") << int(K::EveryHours) << QTime(0, 0) << 12 << QList<int>{} << 1 << QStringLiteral("0 */12 * * *");
        QTest::newRow("every hour at :15") << int(K::EveryHours) << QTime(0, 15) << 1 << QList<int>{} << 1 << QStringLiteral("15 * * * *");
        QTest::newRow("weekly") << int(K::Weekly) << QTime(7, 0) << 12 << QList<int>{1, 3, 5} << 1 << QStringLiteral("0 7 * * 1,3,5");
        QTest::newRow("sunday") << int(K::Weekly) << QTime(23, 59) << 12 << QList<int>{0} << 1 << QStringLiteral("59 23 * * 0");
        QTest::newRow("monthly 15th") << int(K::Monthly) << QTime(2, 0) << 12 << QList<int>{} << 15 << QStringLiteral("0 2 15 * *");
    }

    void roundTrip()
    {
        QFETCH(int, kind);
        QFETCH(QTime, time);
        QFETCH(int, everyHours);
        QFETCH(QList<int>, weekdays);
        QFETCH(int, day);
        QFETCH(QString, cron);
        const Recurrence r = make(Recurrence::Kind(kind), time, everyHours, weekdays, day);
        QCOMPARE(r.toCron(), cron);
        QVERIFY(CronExpression::tryParse(cron));
        const auto back = Recurrence::fromCron(cron);
        QVERIFY(back);
        QCOMPARE(int(back->kind), kind);
        QCOMPARE(back->toCron(), cron);
    }

    void otherSpellingsAreRecognised()
    {
        QCOMPARE(Recurrence::fromCron(QStringLiteral("0 2 * * MON-FRI"))->toCron(), QStringLiteral("0 2 * * 1,2,3,4,5"));
        QCOMPARE(Recurrence::fromCron(QStringLiteral("@daily"))->toCron(), QStringLiteral("0 0 * * *"));
        QCOMPARE(Recurrence::fromCron(QStringLiteral("0 0,6,12,18 * * *"))->everyHours, 6);
        QCOMPARE(Recurrence::fromCron(QStringLiteral("0 2 * * 7"))->weekdays, QList<int>{0});
    }

    void otherCronStaysAdvanced_data()
    {
        QTest::addColumn<QString>("cron");
        QTest::newRow("every 15 minutes") << QStringLiteral("*/15 * * * *");
        QTest::newRow("hours not from midnight") << QStringLiteral("0 1,13 * * *");
        QTest::newRow("some months") << QStringLiteral("0 2 1 1,7 *");
        QTest::newRow("two days of the month") << QStringLiteral("0 2 1,15 * *");
        QTest::newRow("day of month or weekday") << QStringLiteral("0 2 13 * 5");
        QTest::newRow("invalid") << QStringLiteral("0 25 * * *");
    }

    void otherCronStaysAdvanced()
    {
        QFETCH(QString, cron);
        QVERIFY(!Recurrence::fromCron(cron));
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
