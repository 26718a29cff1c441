// Automation over the real runner and store with a simulated clock: catch-up after a stop, alerts for
// failed and timed-out runs, live performance checks, and state that survives a restart.
#include "worker_pool.h"
#include "alert_log.h"
#include "automation.h"
#include "engine.h"
#include "live_performance.h"
#include "fixture_data.h"
#include "run_start.h"
#include "runner.h"
#include "workspace.h"
#include <QCoroTask>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <atomic>
#include <QTest>

using namespace retrainer;

class TestAutomation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    ModelConfig addModel(const QString& name, TriggerConfig triggers, int rows = 120)
    {
        test::writeFile(m_ws->directory() + QStringLiteral("/%1.csv").arg(name), test::regressionCsv(rows, 5));
        ModelConfig m;
        m.name = name;
        m.source = QStringLiteral("csv:%1.csv").arg(name);
        m.label = QStringLiteral("y");
        m.timestamp = QStringLiteral("when");
        m.algorithm = Algorithm::Linear;
        m.triggers = triggers;
        m_ws->addModel(m);
        return m;
    }

    static TriggerConfig nightlyOnly()
    {
        TriggerConfig t;
        t.schedules = {{1, QStringLiteral("0 2 * * *"), false, 3}};
        t.data.enabled = false;
        t.performance.enabled = false;
        t.skipUnchangedData = false;
        return t;
    }

    // Retrainer runs at 01:00 on 23 November (UTC) and is stopped before the nightly 02:00 moment.
    void runBriefly(ManualClock& clock)
    {
        clock.set(QDateTime(QDate(2026, 11, 23), QTime(1, 0), QTimeZone::utc()));
        Engine engine(*m_ws, clock); // the automation starts its runs through the engine
        Automation& automation = engine.automation();
        automation.scheduler().setTimeZone(QTimeZone::utc());
        QCoro::waitFor(automation.start());
    }

private Q_SLOTS:
    void init()
    {
        m_ws.reset();
        QDir(m_dir.path()).removeRecursively();
        m_ws = Workspace::create(m_dir.path() + QStringLiteral("/ws"));
    }

    void missedNightlyRunIsCaughtUpOnceWithAnAlert()
    {
        addModel(QStringLiteral("clinic"), nightlyOnly());
        const QTimeZone utc = QTimeZone::utc();
        ManualClock clock;
        runBriefly(clock);
        QVERIFY(m_ws->store().runs(QStringLiteral("clinic")).empty()); // 01:00: nothing due yet
        clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 30), utc)); // started again after 02:00
        Engine engine(*m_ws, clock); // the automation starts its runs through the engine
        Runner& runner = engine.runner();
        Automation& automation = engine.automation();
        automation.scheduler().setTimeZone(utc);
        QSignalSpy finished(&runner, &Runner::runFinished);
        QCoro::waitFor(automation.start());
        QVERIFY(finished.wait(30000));
        const auto runs = m_ws->store().runs(QStringLiteral("clinic"));
        QCOMPARE(runs.size(), size_t(1));
        QCOMPARE(runs.front().trigger, QStringLiteral("catch-up"));
        const auto alerts = automation.alerts().alerts(QStringLiteral("clinic"));
        QCOMPARE(alerts.size(), size_t(1));
        QCOMPARE(alerts.front().kind, QStringLiteral("missed-runs"));
        QVERIFY2(alerts.front().text.contains(QStringLiteral("missed 1 scheduled run")), qPrintable(alerts.front().text));
        // Evaluating again at the same moment does not run it twice.
        automation.scheduler().evaluate();
        QTest::qWait(200);
        QCOMPARE(m_ws->store().runs(QStringLiteral("clinic")).size(), size_t(1));
    }

    void catchUpCanBeSwitchedOff()
    {
        TriggerConfig t = nightlyOnly();
        t.catchUp = false;
        addModel(QStringLiteral("clinic"), t);
        const QTimeZone utc = QTimeZone::utc();
        ManualClock clock;
        runBriefly(clock);
        clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 30), utc));
        Engine engine(*m_ws, clock); // the automation starts its runs through the engine
        Automation& automation = engine.automation();
        automation.scheduler().setTimeZone(utc);
        QCoro::waitFor(automation.start());
        QTest::qWait(300);
        QVERIFY(m_ws->store().runs(QStringLiteral("clinic")).empty());
        QVERIFY(automation.alerts().alerts(QStringLiteral("clinic")).empty());
    }

    void failedRunRaisesAnAlert()
    {
        const ModelConfig model = addModel(QStringLiteral("clinic"), nightlyOnly());
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Engine engine(*m_ws, clock); // the automation starts its runs through the engine
        Runner& runner = engine.runner();
        Automation& automation = engine.automation();
        QCoro::waitFor(automation.start());
        QVERIFY(QFile::remove(m_ws->directory() + QStringLiteral("/clinic.csv")));
        QSignalSpy alerts(&automation, &Automation::alertRaised);
        QSignalSpy finished(&runner, &Runner::runFinished);
        RunRequest request;
        request.model = model.name;
        runner.start(request);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(!alerts.isEmpty());
        const auto all = automation.alerts().alerts(QStringLiteral("clinic"));
        QVERIFY(std::any_of(all.begin(), all.end(), [](const AlertRecord& a) { return a.kind == QLatin1String("run-failed"); }));
    }

    void timeLimitCancelsTheRunAsTimedOut()
    {
        addModel(QStringLiteral("slow"), nightlyOnly(), 4000);
        ModelConfig model = m_ws->requireModel(QStringLiteral("slow"));
        model.algorithm = Algorithm::RandomForest;
        model.parameters = {{"trees", 5000}};
        m_ws->updateModel(model);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Engine engine(*m_ws, clock); // the automation starts its runs through the engine
        Runner& runner = engine.runner();
        Automation& automation = engine.automation();
        QSignalSpy timedOut(&runner, &Runner::runTimedOut);
        QSignalSpy finished(&runner, &Runner::runFinished);
        RunRequest request;
        request.model = model.name;
        request.timeLimitSecs = 1;
        const qint64 id = test::startedRun(runner.start(request));
        QVERIFY(finished.wait(60000));
        QCOMPARE(timedOut.count(), 1);
        const auto run = m_ws->store().run(id);
        QCOMPARE(toString(run->state), QStringLiteral("cancelled"));
        QVERIFY2(run->error.startsWith(QStringLiteral("timed out")), qPrintable(run->error));
        QVERIFY(m_ws->registry().versions(model.name).empty());
        const auto alerts = automation.alerts().alerts(model.name);
        QVERIFY(std::any_of(alerts.begin(), alerts.end(), [](const AlertRecord& a) { return a.kind == QLatin1String("timed-out"); }));
    }

    void livePerformanceIsScoredOnUnseenRows()
    {
        addModel(QStringLiteral("clinic"), nightlyOnly(), 100);
        WorkerPool workers;
        Runner runner(*m_ws, workers);
        QSignalSpy finished(&runner, &Runner::runFinished);
        RunRequest request;
        request.model = QStringLiteral("clinic");
        runner.start(request);
        QVERIFY(finished.wait(30000));
        const ModelConfig model = m_ws->requireModel(QStringLiteral("clinic"));
        QVERIFY(!scoreLivePerformance(*m_ws, model, 50)); // nothing unseen yet
        // 30 newer rows from the same process score well; 30 rows with scrambled labels score badly.
        QString text = test::regressionCsv(130, 5);
        test::writeFile(m_ws->directory() + QStringLiteral("/clinic.csv"), text);
        const auto good = scoreLivePerformance(*m_ws, model, 50);
        QVERIFY(good && *good > 0.8);
        QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 101; i < lines.size(); ++i) {
            auto cells = lines[i].split(QLatin1Char(','));
            cells[4] = QString::number((i * 37) % 41 - 20);
            lines[i] = cells.join(QLatin1Char(','));
        }
        test::writeFile(m_ws->directory() + QStringLiteral("/clinic.csv"), lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        const auto bad = scoreLivePerformance(*m_ws, model, 50);
        QVERIFY(bad && *bad < 0.5);
    }
    // Reliability: a model's checks that come due while its previous checks still run are skipped, not queued
    // (in an overloaded daemon they piled up on the thread pool, and SIGTERM then waited for the whole backlog).
    void checksOfOneModelNeverPileUp()
    {
        addModel(QStringLiteral("clinic"), nightlyOnly(), 100);
        ManualClock clock;
        clock.set(QDateTime(QDate(2026, 11, 23), QTime(1, 0), QTimeZone::utc()));
        Engine engine(*m_ws, clock);
        WorkerPool& workers = engine.workers(); // the pool the checks run on
        Automation& automation = engine.automation();
        static std::atomic<int> skipped;
        skipped = 0;
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString& text) {
            if (text.contains(QLatin1String("skipped this time")))
                ++skipped;
        });
        const auto settle = [&workers] {
            for (int i = 0; i < 50; ++i) { // the checks hop between the pool and the event loop
                workers.waitForDone();
                QCoreApplication::processEvents();
            }
        };
        // Every pool thread waits until the three checks are due, so the first check cannot finish in between
        // (on a loaded machine its worker could otherwise end before the co_await, and the check with it).
        QThreadPool* pool = workers.threads();
        QSemaphore release;
        QSemaphore started;
        for (int i = 0; i < pool->maxThreadCount(); ++i)
            pool->start([&release, &started] { started.release(); release.acquire(); });
        started.acquire(pool->maxThreadCount());
        Q_EMIT automation.scheduler().performanceCheckDue(QStringLiteral("clinic"));
        Q_EMIT automation.scheduler().performanceCheckDue(QStringLiteral("clinic")); // the first still runs
        Q_EMIT automation.scheduler().performanceCheckDue(QStringLiteral("clinic"));
        const int whileRunning = skipped;
        release.release(pool->maxThreadCount());
        settle();
        Q_EMIT automation.scheduler().performanceCheckDue(QStringLiteral("clinic")); // the first has ended
        const int afterwards = skipped;
        settle();
        qInstallMessageHandler(previous);
        QCOMPARE(whileRunning, 2);
        QCOMPARE(afterwards, 2);
    }
};

QTEST_GUILESS_MAIN(TestAutomation)
#include "tst_automation.moc"
