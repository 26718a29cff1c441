#include "error.h"
#include "trigger_config.h"

#include <QTest>

using namespace retrainer;
using json = nlohmann::json;

namespace {
QString u(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestTriggerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const TriggerConfig c = TriggerConfig::defaults();
        QCOMPARE(c.schedules.size(), size_t(2));
        QCOMPARE(c.schedules[0], (ScheduleEntry{1, QStringLiteral("0 2 * * *"), false, 3}));
        QCOMPARE(c.schedules[1], (ScheduleEntry{2, QStringLiteral("0 */12 * * *"), true, 3}));
        QCOMPARE(c.data.minNew, 5);
        QCOMPARE(c.data.windowSecs, 24 * 3600);
        QCOMPARE(c.data.cooldownSecs, 6 * 3600);
        QVERIFY(c.data.enabled);
        QCOMPARE(c.performance.threshold, 0.70);
        QCOMPARE(c.performance.everySecs, 3600);
        QCOMPARE(c.performance.retries, 3);
        QVERIFY(c.catchUp);
        QVERIFY(c.skipUnchangedData);
        QVERIFY(!c.paused);
        QCOMPARE(c.maxTrainingSecs, 8 * 3600);
        QCOMPARE(TriggerConfig::fromJson(json::object()), c);
    }

    void jsonRoundTrip()
    {
        TriggerConfig c;
        c.addSchedule(QStringLiteral("30 6 * * MON-FRI"), true, 7);
        QVERIFY(c.removeSchedule(1));
        QVERIFY(!c.removeSchedule(42));
        c.data = {false, 10, 90 * 60, 0};
        c.performance = {true, 0.85, 2 * 3600, 1, 200};
        c.catchUp = false;
        c.skipUnchangedData = false;
        c.paused = true;
        c.maxTrainingSecs = 5400;
        const json j = c.toJson();
        QVERIFY(j["data"]["window"] == "1h30m");
        QVERIFY(j["schedules"][1]["mode"] == "conditional");
        QCOMPARE(TriggerConfig::fromJson(j), c);
        QCOMPARE(TriggerConfig::fromJson(json::parse(j.dump())), c);
        QVERIFY(TriggerConfig::defaults().toJson() ==
                TriggerConfig::fromJson(TriggerConfig::defaults().toJson()).toJson());
    }

    void partialJsonKeepsDefaults()
    {
        const auto c = TriggerConfig::fromJson(
            json::parse(R"({"data": {"min_new": 8, "window": 7200}, "schedules": []})"));
        QVERIFY(c.schedules.empty());
        QCOMPARE(c.data.minNew, 8);
        QCOMPARE(c.data.windowSecs, 7200);
        QCOMPARE(c.data.cooldownSecs, 6 * 3600);
        QCOMPARE(c.performance, PerformanceTrigger{});
    }

    void addScheduleNumbersAfterHighest()
    {
        TriggerConfig c;
        QCOMPARE(c.addSchedule(QStringLiteral("@hourly"), false, 3), 3);
        c.removeSchedule(2);
        QCOMPARE(c.addSchedule(QStringLiteral("0 5 * * *"), true, 4), 4);
        QVERIFY(c.schedule(4) && c.schedule(4)->conditional && c.schedule(4)->minNew == 4);
        QVERIFY_THROWS_EXCEPTION(Error, c.addSchedule(QStringLiteral("61 * * * *"), false, 3));
        QVERIFY_THROWS_EXCEPTION(Error, c.addSchedule(QStringLiteral("0 * * * *"), true, 0));
    }

    void badValuesNameTheField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an object") << u("[]") << u("triggers must be an object");
        QTest::newRow("min_new zero")
            << u(R"({"data": {"min_new": 0}})") << u("triggers.data.min_new must be a positive integer");
        QTest::newRow("min_new text")
            << u(R"({"data": {"min_new": "five"}})") << u("triggers.data.min_new must be a positive integer");
        QTest::newRow("window") << u(R"({"data": {"window": "soon"}})")
                                << u("triggers.data.window must be a positive");
        QTest::newRow("window zero") << u(R"({"data": {"window": "0s"}})")
                                     << u("triggers.data.window must be a positive");
        QTest::newRow("cooldown") << u(R"({"data": {"cooldown": -5}})")
                                  << u("triggers.data.cooldown must be a duration");
        QTest::newRow("threshold") << u(R"({"performance": {"threshold": "high"}})")
                                   << u("triggers.performance.threshold must be a number");
        QTest::newRow("retries") << u(R"({"performance": {"retries": -1}})")
                                 << u("triggers.performance.retries must be a non-negative integer");
        QTest::newRow("every") << u(R"({"performance": {"every": "1x"}})")
                               << u("triggers.performance.every must be");
        QTest::newRow("enabled") << u(R"({"performance": {"enabled": 1}})")
                                 << u("triggers.performance.enabled must be true or false");
        QTest::newRow("catch_up") << u(R"({"catch_up": "yes"})")
                                  << u("triggers.catch_up must be true or false");
        QTest::newRow("max_training")
            << u(R"({"max_training": ""})") << u("triggers.max_training must be a positive");
        QTest::newRow("schedules") << u(R"({"schedules": {}})") << u("triggers.schedules must be a list");
        QTest::newRow("cron") << u(R"({"schedules": [{"id": 1, "cron": "0 25 * * *"}]})")
                              << u("triggers.schedules[0].cron is not a valid cron expression");
        QTest::newRow("cron missing")
            << u(R"({"schedules": [{"id": 1}]})") << u("triggers.schedules[0].cron must be");
        QTest::newRow("id missing") << u(R"({"schedules": [{"cron": "@daily"}]})")
                                    << u("triggers.schedules[0].id is missing");
        QTest::newRow("id twice")
            << u(R"({"schedules": [{"id": 1, "cron": "@daily"}, {"id": 1, "cron": "@hourly"}]})")
            << u("triggers.schedules[1].id 1 is used by another schedule");
        QTest::newRow("mode") << u(R"({"schedules": [{"id": 1, "cron": "@daily", "mode": "sometimes"}]})")
                              << u("triggers.schedules[0].mode must be \"full\" or \"conditional\"");
        QTest::newRow("schedule min_new")
            << u(R"({"schedules": [{"id": 2, "cron": "@daily", "mode": "conditional", "min_new": 0}]})")
            << u("triggers.schedules[0].min_new must be a positive integer");
    }

    void badValuesNameTheField()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            TriggerConfig::fromJson(json::parse(text.toStdString()));
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
        }
    }

    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("secs"); // -1: rejected
        QTest::newRow("24h") << u("24h") << qint64(86400);
        QTest::newRow("6h") << u("6h") << qint64(21600);
        QTest::newRow("90m") << u("90m") << qint64(5400);
        QTest::newRow("45s") << u("45s") << qint64(45);
        QTest::newRow("1h30m") << u("1h30m") << qint64(5400);
        QTest::newRow("2d") << u("2d") << qint64(172800);
        QTest::newRow("1d12h") << u("1d12h") << qint64(129600);
        QTest::newRow("spaces, case") << u(" 1H 30M ") << qint64(5400);
        QTest::newRow("zero") << u("0s") << qint64(0);
        QTest::newRow("empty") << u("") << qint64(-1);
        QTest::newRow("bare number") << u("60") << qint64(-1);
        QTest::newRow("negative") << u("-5m") << qint64(-1);
        QTest::newRow("unit order") << u("30m1h") << qint64(-1);
        QTest::newRow("unit twice") << u("1h1h") << qint64(-1);
        QTest::newRow("unknown unit") << u("3w") << qint64(-1);
        QTest::newRow("fraction") << u("1.5h") << qint64(-1);
    }

    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, secs);
        const auto parsed = retrainer::parseDuration(text);
        if (secs < 0)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed, std::optional<qint64>(secs));
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("secs");
        QTest::addColumn<QString>("text");
        QTest::newRow("24h") << qint64(86400) << u("24h");
        QTest::newRow("6h") << qint64(21600) << u("6h");
        QTest::newRow("90m") << qint64(5400) << u("1h30m");
        QTest::newRow("45m") << qint64(2700) << u("45m");
        QTest::newRow("45s") << qint64(45) << u("45s");
        QTest::newRow("mixed") << qint64(3661) << u("1h1m1s");
        QTest::newRow("zero") << qint64(0) << u("0s");
    }

    void formatDuration()
    {
        QFETCH(qint64, secs);
        QFETCH(QString, text);
        QCOMPARE(retrainer::formatDuration(secs), text);
        QCOMPARE(retrainer::parseDuration(text), std::optional<qint64>(secs));
    }
};

QTEST_GUILESS_MAIN(TestTriggerConfig)
#include "tst_trigger_config.moc"
