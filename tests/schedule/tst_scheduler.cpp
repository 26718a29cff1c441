#include "clock.h"
#include "scheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace retrainer;

namespace {

const QTimeZone berlin("Europe/Berlin");

// A wall-clock time in Berlin ("2026-03-02 02:00") as a UTC moment.
QDateTime berlinTime(const char* text)
{
    const QDateTime naive =
        QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(naive.date(), naive.time(), berlin).toUTC();
}

QString show(const QDateTime& t)
{
    return t.toTimeZone(berlin).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

ModelFacts facts(const char* name, qint64 newSamples = 0)
{
    ModelFacts f;
    f.model = QString::fromLatin1(name);
    f.samplesSinceLastSuccess = newSamples;
    return f;
}

// Only the data trigger (no schedules, no performance checks).
ModelFacts dataOnly(const char* name)
{
    ModelFacts f = facts(name);
    f.triggers.schedules.clear();
    f.triggers.performance.enabled = false;
    return f;
}

std::vector<DueRun> runs(const QSignalSpy& spy, std::optional<TriggerKind> kind = std::nullopt)
{
    std::vector<DueRun> out;
    for (const auto& args : spy) {
        const auto run = args.at(0).value<DueRun>();
        if (!kind || run.kind == *kind)
            out.push_back(run);
    }
    return out;
}

Alert alertAt(const QSignalSpy& spy, int i)
{
    return spy.at(i).at(0).value<Alert>();
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private:
    // Wakes the scheduler at every moment its timer would fire, up to `end`.
    static void runUntil(Scheduler& s, ManualClock& clock, const QDateTime& end)
    {
        for (int guard = 0; guard < 100000; ++guard) {
            const auto wake = s.nextWakeUp();
            if (!wake || *wake > end)
                break;
            QVERIFY2(*wake >= clock.now(), "the wake-up never lies in the past after an evaluation");
            clock.set(*wake);
            s.evaluate();
        }
        clock.set(end);
        s.evaluate();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(berlin.isValid()); }

    void weekWithDefaults()
    {
        ManualClock clock(berlinTime("2026-03-02 00:30"));
        Scheduler s(clock);
        s.setTimeZone(berlin);
        QSignalSpy due(&s, &Scheduler::due);
        QSignalSpy checks(&s, &Scheduler::performanceCheckDue);
        s.setModels({facts("quiet", 0), facts("busy", 5)});
        s.startUp();
        runUntil(s, clock, berlinTime("2026-03-09 00:30"));

        QStringList nightly;
        for (const DueRun& r : runs(due, TriggerKind::Schedule)) {
            QCOMPARE(r.scheduleId, std::optional<int>(1));
            if (r.model == QLatin1String("quiet"))
                nightly << show(r.scheduledFor);
        }
        QCOMPARE(nightly.size(), 7);
        for (const QString& at : nightly)
            QVERIFY2(at.endsWith(QLatin1String(" 02:00")), qPrintable(at));
        QCOMPARE(runs(due, TriggerKind::Schedule).size(), size_t(14));
        // The conditional 12-hourly schedule fires only for the model with >= 3 new samples.
        const auto conditional = runs(due, TriggerKind::Conditional);
        QCOMPARE(conditional.size(), size_t(14));
        for (const DueRun& r : conditional)
            QCOMPARE(r.model, QStringLiteral("busy"));
        QCOMPARE(show(conditional.front().scheduledFor), QStringLiteral("2026-03-02 12:00"));
        QCOMPARE(due.size(), 28);
        QCOMPARE(checks.size(), 2 * 7 * 24);
    }

    void conditionalWaitsForSamples()
    {
        ManualClock clock(berlinTime("2026-03-02 00:30"));
        Scheduler s(clock);
        s.setTimeZone(berlin);
        QSignalSpy due(&s, &Scheduler::due);
        s.setModels({facts("m", 2)});
        s.startUp();
        runUntil(s, clock, berlinTime("2026-03-03 13:00"));
        QCOMPARE(runs(due, TriggerKind::Conditional).size(), size_t(0));
        s.updateModel(facts("m", 3)); // passed moments stay passed
        QCOMPARE(runs(due, TriggerKind::Conditional).size(), size_t(0));
        runUntil(s, clock, berlinTime("2026-03-04 00:30"));
        const auto conditional = runs(due, TriggerKind::Conditional);
        QCOMPARE(conditional.size(), size_t(1));
        QCOMPARE(show(conditional[0].scheduledFor), QStringLiteral("2026-03-04 00:00"));
        QCOMPARE(conditional[0].scheduleId, std::optional<int>(2));
    }

    void springForwardWeek()
    {
        ManualClock clock(berlinTime("2026-03-23 00:30"));
        Scheduler s(clock);
        s.setTimeZone(berlin);
        QSignalSpy due(&s, &Scheduler::due);
        s.setModels({facts("m")});
        s.startUp();
        runUntil(s, clock, berlinTime("2026-03-30 00:30"));
        QStringList nightly;
        for (const DueRun& r : runs(due, TriggerKind::Schedule))
            nightly << show(r.scheduledFor);
        QCOMPARE(nightly, QStringList({QStringLiteral("2026-03-23 02:00"), QStringLiteral("2026-03-24 02:00"),
                                       QStringLiteral("2026-03-25 02:00"), QStringLiteral("2026-03-26 02:00"),
                                       QStringLiteral("2026-03-27 02:00"), QStringLiteral("2026-03-28 02:00"),
                                       QStringLiteral("2026-03-29 03:00")}));
    }

    void momentFiresOnce()
    {
        ManualClock clock(berlinTime("2026-03-02 01:00"));
        Scheduler s(clock);
        s.setTimeZone(berlin);
        QSignalSpy due(&s, &Scheduler::due);
        s.setModels({facts("m")});
        s.startUp();
        clock.set(berlinTime("2026-03-02 02:00"));
        for (int i = 0; i < 3; ++i)
            s.evaluate();
        clock.advance(30);
        s.evaluate();
        s.updateModel(facts("m"));
        QCOMPARE(due.size(), 1);
    }

    void dataTriggerWithCooldown()
    {
        ManualClock clock(berlinTime("2026-03-02 10:00"));
        Scheduler s(clock);
        s.setTimeZone(berlin);
        QSignalSpy due(&s, &Scheduler::due);
        ModelFacts f = dataOnly("m");
        s.setModels({f});
        s.startUp();
        for (int i = 0; i < 4; ++i) {
            clock.advance(60);
            f.recentSampleTimes.push_back(clock.now());
            s.updateModel(f);
        }
        QCOMPARE(due.size(), 0);
        clock.advance(60);
        f.recentSampleTimes.push_back(clock.now());
        s.updateModel(f); // the 5th sample: due at once
        QCOMPARE(due.size(), 1);
        const DueRun first = runs(due)[0];
        QCOMPARE(toString(first.kind), toString(TriggerKind::Data));
        QCOMPARE(first.scheduledFor, clock.now());
        QCOMPARE(first.reason, QStringLiteral("5 new samples within 24h (at least 5)"));
        const QDateTime cooldownEnd = clock.now().addSecs(6 * 3600);
        QCOMPARE(s.nextWakeUp(), std::nullopt); // nothing waiting: the cool-down end is no reason to wake

        for (int i = 0; i < 6; ++i) { // more samples during the cool-down
            clock.advance(3000);
            f.recentSampleTimes.push_back(clock.now());
            s.updateModel(f);
        }
        QCOMPARE(due.size(), 1);
        QCOMPARE(s.nextWakeUp(), std::optional<QDateTime>(cooldownEnd));
        clock.set(cooldownEnd.addSecs(-1));
        s.evaluate();
        QCOMPARE(due.size(), 1);
        clock.set(cooldownEnd);
        s.evaluate();
        QCOMPARE(due.size(), 2);
        QCOMPARE(runs(due)[1].reason, QStringLiteral("6 new samples within 24h (at least 5)"));
    }

    void dataWindowIgnoresOldSamples()
    {
        ManualClock clock(berlinTime("2026-03-05 12:00"));
        Scheduler s(clock);
        QSignalSpy due(&s, &Scheduler::due);
        ModelFacts f = dataOnly("m");
        for (int i = 0; i < 10; ++i) // outside the 24 h window
            f.recentSampleTimes.push_back(clock.now().addSecs(-25 * 3600 - i));
        f.recentSampleTimes.push_back(clock.now().addSecs(-24 * 3600)); // exactly at the edge: out
        for (int i = 0; i < 4; ++i)
            f.recentSampleTimes.push_back(clock.now().addSecs(-3600 * (i + 1)));
        s.setModels({f});
        s.startUp();
        QCOMPARE(due.size(), 0);
        f.recentSampleTimes.push_back(clock.now());
        s.updateModel(f);
        QCOMPARE(due.size(), 1);
    }

    void performanceRetriesThenAlert()
    {
        ManualClock clock(berlinTime("2026-03-02 09:30"));
        Scheduler s(clock);
        s.setTimeZone(berlin);
        QSignalSpy due(&s, &Scheduler::due);
        QSignalSpy alerts(&s, &Scheduler::alertRaised);
        QSignalSpy checks(&s, &Scheduler::performanceCheckDue);
        ModelFacts f = facts("m");
        f.triggers.schedules.clear();
        f.triggers.data.enabled = false;
        s.setModels({f});
        s.startUp();
        const auto check = [&](double score) {
            const auto before = checks.size();
            clock.set(*s.nextWakeUp());
            s.evaluate();
            QCOMPARE(checks.size(), before + 1);
            s.performanceChecked(QStringLiteral("m"), score);
        };
        check(0.62);
        QCOMPARE(due.size(), 1);
        s.performanceChecked(QStringLiteral("m"), 0.61); // while the retrain is pending: not another retry
        QCOMPARE(due.size(), 1);
        s.runFinished(QStringLiteral("m"), TriggerKind::Performance, true);
        check(0.60);
        s.runFinished(QStringLiteral("m"), TriggerKind::Performance, false);
        check(0.65);
        s.runFinished(QStringLiteral("m"), TriggerKind::Performance, true);
        QCOMPARE(due.size(), 3);
        QCOMPARE(toString(runs(due)[2].kind), toString(TriggerKind::Performance));
        QCOMPARE(runs(due)[2].reason, QStringLiteral("performance 0.65 below threshold 0.70 (retry 3 of 3)"));
        QCOMPARE(alerts.size(), 0);
        check(0.62);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alertAt(alerts, 0).severity, QStringLiteral("critical"));
        QCOMPARE(alertAt(alerts, 0).text,
                 QStringLiteral(
                     "performance 0.62 still below threshold 0.70 after 3 retrains; automatic retraining "
                     "paused until it recovers or someone acts"));
        for (int i = 0; i < 5; ++i)
            check(0.5);
        QCOMPARE(due.size(), 3);
        QCOMPARE(alerts.size(), 1);

        check(0.70); // recovered: retries and alert reset
        check(0.69);
        QCOMPARE(due.size(), 4);
        QCOMPARE(runs(due)[3].reason, QStringLiteral("performance 0.69 below threshold 0.70 (retry 1 of 3)"));
    }

    void manualRunEndsTheStop()
    {
        ManualClock clock(berlinTime("2026-03-02 09:30"));
        Scheduler s(clock);
        QSignalSpy due(&s, &Scheduler::due);
        QSignalSpy alerts(&s, &Scheduler::alertRaised);
        ModelFacts f = facts("m");
        f.triggers.performance.retries = 0;
        s.setModels({f});
        s.startUp();
        s.performanceChecked(QStringLiteral("m"), 0.1);
        s.performanceChecked(QStringLiteral("m"), 0.1);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(due.size(), 0);
        s.runFinished(QStringLiteral("m"), TriggerKind::Manual, true);
        s.performanceChecked(QStringLiteral("m"), 0.1);
        QCOMPARE(alerts.size(), 2);
    }

    void catchUp_data()
    {
        QTest::addColumn<bool>("catchUp");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<int>("newSamples");
        QTest::addColumn<QString>("alert"); // empty: no run, no alert
        QTest::newRow("catch-up") << true << false << 0
                                  << QStringLiteral(
                                         "missed 2 scheduled runs (2026-03-02 02:00, 2026-03-03 02:00) "
                                         "while Retrainer was not running");
        QTest::newRow("conditional moments count with enough samples")
            << true << false << 3
            << QStringLiteral(
                   "missed 4 scheduled runs (2026-03-02 02:00, 2026-03-02 12:00, 2026-03-03 00:00, "
                   "2026-03-03 02:00) while Retrainer was not running");
        QTest::newRow("catch-up off") << false << false << 0 << QString();
        QTest::newRow("paused") << true << true << 0 << QString();
    }

    void catchUp()
    {
        QFETCH(bool, catchUp);
        QFETCH(bool, paused);
        QFETCH(int, newSamples);
        QFETCH(QString, alert);
        std::vector<ModelFacts> models{facts("a", newSamples), facts("b", newSamples)};
        for (ModelFacts& f : models) {
            f.triggers.catchUp = catchUp;
            f.triggers.paused = paused;
            f.triggers.performance.enabled = false;
        }
        ManualClock clock(berlinTime("2026-03-02 00:30"));
        nlohmann::json saved;
        {
            Scheduler before(clock);
            before.setTimeZone(berlin);
            before.setModels(models);
            before.startUp();
            clock.set(berlinTime("2026-03-02 01:00"));
            before.evaluate();
            saved = nlohmann::json::parse(before.saveState().dump());
        }
        clock.set(berlinTime("2026-03-03 10:00"));
        Scheduler s(clock);
        s.setTimeZone(berlin);
        QSignalSpy due(&s, &Scheduler::due);
        QSignalSpy alerts(&s, &Scheduler::alertRaised);
        s.setModels(models);
        s.restoreState(saved);
        s.startUp();
        const int expected = alert.isEmpty() ? 0 : 2;
        QCOMPARE(due.size(), expected);
        QCOMPARE(alerts.size(), expected);
        for (int i = 0; i < expected; ++i) {
            const DueRun run = runs(due)[i];
            QCOMPARE(toString(run.kind), toString(TriggerKind::CatchUp));
            QCOMPARE(show(run.scheduledFor), QStringLiteral("2026-03-03 02:00"));
            QCOMPARE(alertAt(alerts, i).text, alert);
            QCOMPARE(alertAt(alerts, i).severity, QStringLiteral("warning"));
        }
        if (expected) {
            QCOMPARE(runs(due)[0].model, QStringLiteral("a"));
            QCOMPARE(runs(due)[1].model, QStringLiteral("b"));
        }
        s.evaluate(); // nothing twice
        QCOMPARE(due.size(), expected);
    }

    void asleepMomentsAreCaughtUp()
    {
        ManualClock clock(berlinTime("2026-03-02 01:00"));
        Scheduler s(clock);
        s.setTimeZone(berlin);
        QSignalSpy due(&s, &Scheduler::due);
        QSignalSpy alerts(&s, &Scheduler::alertRaised);
        s.setModels({facts("m")});
        s.startUp();
        clock.set(berlinTime("2026-03-02 02:05")); // a little late: still the scheduled run
        s.evaluate();
        clock.set(berlinTime("2026-03-04 09:00")); // woke after two nights
        s.evaluate();
        QCOMPARE(due.size(), 2);
        QCOMPARE(toString(runs(due)[0].kind), toString(TriggerKind::Schedule));
        QCOMPARE(toString(runs(due)[1].kind), toString(TriggerKind::CatchUp));
        QCOMPARE(alerts.size(), 1);
        QVERIFY(alertAt(alerts, 0).text.startsWith(
            QLatin1String("missed 2 scheduled runs (2026-03-03 02:00, 2026-03-04 02:00)")));
    }

    void pausedMomentsAreNotCaughtUp()
    {
        ManualClock clock(berlinTime("2026-03-02 00:30"));
        Scheduler s(clock);
        s.setTimeZone(berlin);
        QSignalSpy due(&s, &Scheduler::due);
        QSignalSpy alerts(&s, &Scheduler::alertRaised);
        ModelFacts f = facts("m", 10);
        s.setModels({f});
        s.startUp();
        f.triggers.paused = true;
        s.updateModel(f);
        runUntil(s, clock, berlinTime("2026-03-03 11:00"));
        f.triggers.paused = false;
        s.updateModel(f);
        QCOMPARE(due.size(), 0);

        s.setPausedAll(true);
        clock.set(berlinTime("2026-03-05 11:00")); // nothing evaluated while paused
        s.setPausedAll(false);
        QCOMPARE(due.size(), 0);
        QCOMPARE(alerts.size(), 0);
        runUntil(s, clock, berlinTime("2026-03-06 03:00"));
        QCOMPARE(due.size(), 3); // 12:00 and 00:00 conditional, 02:00 nightly
        QCOMPARE(show(runs(due, TriggerKind::Schedule).at(0).scheduledFor),
                 QStringLiteral("2026-03-06 02:00"));
    }

    void nextWakeUpAndUpcoming()
    {
        ManualClock clock(berlinTime("2026-03-02 00:30"));
        Scheduler s(clock);
        s.setTimeZone(berlin);
        ModelFacts f = facts("m", 1);
        f.recentSampleTimes = {clock.now().addSecs(-60), clock.now().addSecs(-30)};
        s.setModels({f});
        s.startUp();
        QCOMPARE(s.nextWakeUp(),
                 std::optional<QDateTime>(berlinTime("2026-03-02 01:30"))); // performance check
        f.triggers.performance.enabled = false;
        s.updateModel(f);
        QCOMPARE(s.nextWakeUp(), std::optional<QDateTime>(berlinTime("2026-03-02 02:00")));

        const auto next = s.upcoming(QStringLiteral("m"));
        QCOMPARE(next.size(), size_t(3));
        QCOMPARE(toString(next[0].kind), toString(TriggerKind::Schedule));
        QCOMPARE(next[0].scheduleId, std::optional<int>(1));
        QCOMPARE(next[0].when, berlinTime("2026-03-02 02:00"));
        QCOMPARE(toString(next[1].kind), toString(TriggerKind::Conditional));
        QCOMPARE(next[1].when, berlinTime("2026-03-02 12:00"));
        QVERIFY2(next[1].description.contains(QLatin1String("1 of 3")), qPrintable(next[1].description));
        QCOMPARE(toString(next[2].kind), toString(TriggerKind::Data));
        QVERIFY(!next[2].when.isValid());
        QVERIFY2(next[2].description.startsWith(QLatin1String("waiting for 3 more samples")),
                 qPrintable(next[2].description));
        QVERIFY(s.upcoming(QStringLiteral("other")).empty());
        s.setPausedAll(true);
        QCOMPARE(s.nextWakeUp(), std::nullopt);
        QVERIFY(!s.upcoming().at(0).when.isValid());
    }

    void restartKeepsState()
    {
        ManualClock clock(berlinTime("2026-03-02 10:00"));
        ModelFacts f = dataOnly("m");
        f.triggers.performance.enabled = true;
        for (int i = 0; i < 5; ++i)
            f.recentSampleTimes.push_back(clock.now().addSecs(-i));
        nlohmann::json saved;
        {
            Scheduler before(clock);
            QSignalSpy due(&before, &Scheduler::due);
            QSignalSpy changed(&before, &Scheduler::stateChanged);
            before.setModels({f});
            before.startUp();
            QCOMPARE(due.size(), 1); // data trigger
            QVERIFY(changed.size() >= 1);
            before.performanceChecked(QStringLiteral("m"), 0.3);
            before.runFinished(QStringLiteral("m"), TriggerKind::Performance, false);
            before.performanceChecked(QStringLiteral("m"), 0.3);
            before.runFinished(QStringLiteral("m"), TriggerKind::Performance, false);
            QCOMPARE(due.size(), 3);
            saved = nlohmann::json::parse(before.saveState().dump());
        }
        clock.advance(3600);
        for (int i = 0; i < 5; ++i)
            f.recentSampleTimes.push_back(clock.now().addSecs(-i));
        Scheduler s(clock);
        QSignalSpy due(&s, &Scheduler::due);
        QSignalSpy alerts(&s, &Scheduler::alertRaised);
        s.setModels({f});
        s.restoreState(saved);
        s.startUp();
        QCOMPARE(runs(due, TriggerKind::Data).size(), size_t(0)); // still cooling down
        QCOMPARE(s.nextWakeUp(),
                 std::optional<QDateTime>(berlinTime("2026-03-02 12:00"))); // the hourly check
        s.performanceChecked(QStringLiteral("m"), 0.3);
        QCOMPARE(runs(due).back().reason,
                 QStringLiteral("performance 0.30 below threshold 0.70 (retry 3 of 3)"));
        s.runFinished(QStringLiteral("m"), TriggerKind::Performance, false);
        s.performanceChecked(QStringLiteral("m"), 0.3);
        QCOMPARE(alerts.size(), 1);
        clock.set(berlinTime("2026-03-02 16:00"));
        s.evaluate();
        QCOMPARE(runs(due, TriggerKind::Data).size(), size_t(1));
    }

    void badStateIsRefused()
    {
        ManualClock clock;
        Scheduler s(clock);
        QVERIFY_THROWS_EXCEPTION(std::exception, s.restoreState(nlohmann::json::array()));
        QVERIFY_THROWS_EXCEPTION(std::exception, s.restoreState(nlohmann::json{{"version", 99}}));
        s.restoreState(nlohmann::json{{"models", {{"x", {{"schedules", "nonsense"}}}}}});
    }

    void triggerKindNames()
    {
        for (TriggerKind k : {TriggerKind::Schedule, TriggerKind::Conditional, TriggerKind::Data,
                              TriggerKind::Performance, TriggerKind::CatchUp, TriggerKind::Manual})
            QVERIFY(triggerKindFromString(toString(k)) == k);
        QCOMPARE(toString(TriggerKind::CatchUp), QStringLiteral("catch-up"));
        QVERIFY(!triggerKindFromString(QStringLiteral("cron")));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
