// Starting a run off the caller's thread (issue 11): the lock check, the run row, a joined request's event and
// the audit entry are written on the engine's workers, so the GUI's or the API's thread never waits for the
// store; any two requests for one model give one run, even while the first row is still being written; and a
// shut-down between the request and the insert leaves no run that never ends.
#include "alert_log.h"
#include "engine_fixture.h"
#include <QSignalSpy>
#include <thread>

using namespace retrainer;

namespace {

const QString kModel = QStringLiteral("prices");

RunRequest requestOf(const QString& trigger)
{
    RunRequest request;
    request.model = kModel;
    request.trigger = trigger;
    return request;
}

bool unfinished(const RunRecord& run) { return !isTerminal(run.state); }

} // namespace

class TestRunStart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    SystemClock m_clock;

    int eventsNamed(const QString& type) const
    {
        int n = 0;
        for (const auto& event : m_ws->store().events(kModel))
            n += event.type == type ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        test::recreateWorkspace(m_dir, m_ws);
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(120)));
        m_ws->addModel(test::csvModel(kModel, QStringLiteral("data.csv")));
    }

    // While every worker is busy, a train request leaves the caller's thread free and writes nothing, yet the
    // model counts as training at once; the row and the audit entry are written once a worker is free.
    void rowIsWrittenOnAWorkerOnceOneIsFree()
    {
        Engine engine(*m_ws, m_clock);
        QSignalSpy queued(&engine, &Engine::runQueued);
        auto busy = std::make_unique<test::BusyPool>(engine.workers().threads());
        auto outcome = std::make_shared<test::Outcome>();
        test::keep(engine.train(requestOf(QStringLiteral("api")), QStringLiteral("alice")), outcome);
        QVERIFY(engine.runner().isActive(kModel));          // counted from the request on
        QCOMPARE(engine.runner().activeRun(kModel), std::optional<qint64>(0)); // its row not yet written
        QTest::qWait(200);                                  // the event loop turns; the workers stay busy
        QVERIFY(!outcome->done);
        QVERIFY(m_ws->store().runs(kModel).empty());
        QCOMPARE(queued.count(), 0);
        busy->release();
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 30000);
        QCOMPARE(outcome->error, QString());
        QCOMPARE(queued.count(), 1);
        QCOMPARE(queued.at(0).at(0).toLongLong(), outcome->id);
        QCOMPARE(queued.at(0).at(2).toString(), QStringLiteral("api"));
        const auto entries = engine.audit().entries(kModel);
        QCOMPARE(int(entries.size()), 1); // written before the request completed
        QCOMPARE(entries.front().detail["run"].get<qint64>(), outcome->id);
        const RunRecord run = QCoro::waitFor(engine.runner().waitFor(outcome->id));
        QCOMPARE(toString(run.state), QStringLiteral("promoted"));
    }

    // A person's Train now and an automatic trigger at the same moment, in either order, while the first one's
    // row is still being written: one run, the second request joins it and is recorded as joined.
    void manualAndAutomaticRequestsGiveOneRun_data()
    {
        QTest::addColumn<bool>("automaticFirst");
        QTest::newRow("automatic, then manual") << true;
        QTest::newRow("manual, then automatic") << false;
    }
    void manualAndAutomaticRequestsGiveOneRun()
    {
        QFETCH(bool, automaticFirst);
        Engine engine(*m_ws, m_clock);
        QSignalSpy joined(&engine.runner(), &Runner::runCoalesced);
        auto busy = std::make_unique<test::BusyPool>(engine.workers().threads());
        auto manual = std::make_shared<test::Outcome>();
        auto automatic = std::make_shared<test::Outcome>();
        auto askManual = [&] { test::keep(engine.train(requestOf(QStringLiteral("manual")), QStringLiteral("alice")), manual); };
        auto askAutomatic = [&] { test::keep(engine.startAutomaticRun(requestOf(QStringLiteral("schedule"))), automatic); };
        if (automaticFirst) {
            askAutomatic();
            askManual();
        } else {
            askManual();
            askAutomatic();
        }
        busy->release();
        QTRY_VERIFY_WITH_TIMEOUT(manual->done && automatic->done, 30000);
        QCOMPARE(manual->error, QString());
        QCOMPARE(automatic->error, QString());
        QCOMPARE(manual->id, automatic->id);
        QCOMPARE(joined.count(), 1);
        QCOMPARE(joined.at(0).at(2).toString(), automaticFirst ? QStringLiteral("manual") : QStringLiteral("schedule"));
        QCoro::waitFor(engine.runner().waitFor(manual->id));
        const auto runs = m_ws->store().runs(kModel);
        QCOMPARE(int(runs.size()), 1);
        QCOMPARE(runs.front().trigger, automaticFirst ? QStringLiteral("schedule") : QStringLiteral("manual"));
        QTRY_COMPARE_WITH_TIMEOUT(eventsNamed(QStringLiteral("TRIGGER_COALESCED")), 1, 10000);
    }

    // The engine goes after the request and before the insert; its destructor waits for the workers, which
    // write the row meanwhile: the run ends recorded "interrupted", never left queued.
    void engineShutDownBeforeTheInsertLeavesNoUnfinishedRun()
    {
        auto outcome = std::make_shared<test::Outcome>();
        std::thread freeing;
        {
            Engine engine(*m_ws, m_clock);
            auto busy = std::make_shared<test::BusyPool>(engine.workers().threads());
            test::keep(engine.train(requestOf(QStringLiteral("manual")), QStringLiteral("alice")), outcome);
            // Freed while ~Engine waits for its workers (no event loop turns in between).
            freeing = std::thread([busy] {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                busy->release();
            });
        }
        freeing.join();
        const auto runs = m_ws->store().runs(kModel);
        QVERIFY(std::none_of(runs.begin(), runs.end(), unfinished));
        QCOMPARE(int(runs.size()), 1);
        QCOMPARE(toString(runs.front().state), QStringLiteral("interrupted"));
        QVERIFY2(runs.front().error.contains(QStringLiteral("before the run started")), qPrintable(runs.front().error));
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000); // the request ends too, with the reason
        QVERIFY2(outcome->error.contains(QStringLiteral("stopped before the run")), qPrintable(outcome->error));
    }

    // The runner goes while the insert still waits for a worker: no row is written at all, and the request
    // (and one waiting to join it) ends with the reason once the event loop turns.
    void runnerGoneBeforeTheInsertWritesNoRow()
    {
        WorkerPool workers;
        test::BusyPool busy(workers.threads());
        auto first = std::make_shared<test::Outcome>();
        auto second = std::make_shared<test::Outcome>();
        {
            Runner runner(*m_ws, workers);
            test::keep(runner.start(requestOf(QStringLiteral("manual"))), first);
            test::keep(runner.start(requestOf(QStringLiteral("schedule"))), second);
            QCOMPARE(runner.activeCount(), 1);
        }
        busy.release();
        workers.waitForDone();
        QVERIFY(m_ws->store().runs(kModel).empty());
        QTRY_VERIFY_WITH_TIMEOUT(first->done && second->done, 10000);
        QVERIFY2(first->error.contains(QStringLiteral("stopped before the run")), qPrintable(first->error));
        QVERIFY2(second->error.contains(QStringLiteral("stopped before the run")), qPrintable(second->error));
    }

    // Pausing everything takes effect at once in memory; the setting is saved on a worker, and of two quick
    // changes the last one is what stays saved.
    void pauseIsImmediateAndSavedOnAWorker()
    {
        Engine engine(*m_ws, m_clock);
        auto pausedSaved = [this] {
            const nlohmann::json saved = StateDocuments(m_ws->store()).load(QStringLiteral("automation"));
            return saved.is_object() && saved.value("paused_all", false);
        };
        auto busy = std::make_unique<test::BusyPool>(engine.workers().threads());
        auto pausing = engine.setPaused(QString(), true, QStringLiteral("carol"));
        QVERIFY(engine.automation().pausedAll()); // at once, in memory
        QTest::qWait(100);
        QVERIFY(!pausedSaved()); // nothing written on this thread
        QVERIFY(engine.audit().entries().empty());
        busy->release();
        QCOMPARE(test::errorOf(std::move(pausing)), QString());
        QVERIFY(pausedSaved());
        QCOMPARE(engine.audit().entries().front().action, QStringLiteral("pause"));

        busy = std::make_unique<test::BusyPool>(engine.workers().threads());
        auto resuming = engine.setPaused(QString(), false, QStringLiteral("carol"));
        auto pausingAgain = engine.setPaused(QString(), true, QStringLiteral("carol"));
        QVERIFY(engine.automation().pausedAll());
        busy->release();
        QCOMPARE(test::errorOf(std::move(resuming)), QString());
        QCOMPARE(test::errorOf(std::move(pausingAgain)), QString());
        QVERIFY(pausedSaved()); // the last wish, whichever worker wrote first
    }

    // The other small writes and reads an action made on the caller's thread (issue 11) are made on a worker: a
    // cancel's audit entry, the finished run that waitFor reads back, the scheduler's saved state.
    void cancelAuditWaitForAndSchedulerStateUseTheWorkers()
    {
        Engine engine(*m_ws, m_clock);
        QCoro::waitFor(engine.start());
        const qint64 id = test::startedRun(engine.train(requestOf(QStringLiteral("manual")), QStringLiteral("alice")));
        QVERIFY(id > 0);
        QCoro::waitFor(engine.runner().waitFor(id));
        auto audited = [&](const QString& action) {
            const auto entries = engine.audit().entries(kModel);
            return std::count_if(entries.begin(), entries.end(), [&](const AuditEntry& e) { return e.action == action; });
        };
        auto savedState = [this] { return StateDocuments(m_ws->store()).load(QStringLiteral("scheduler")); };

        auto busy = std::make_unique<test::BusyPool>(engine.workers().threads());
        // waitFor of a finished run: the record is read by a worker.
        bool read = false;
        auto reading = [](Runner* runner, qint64 id, bool* read) -> QCoro::Task<> {
            const RunRecord run = co_await runner->waitFor(id);
            *read = run.id == id;
        };
        reading(&engine.runner(), id, &read);
        // A cancel while the start is in flight: true at once, the audit entry waits for a worker.
        auto outcome = std::make_shared<test::Outcome>();
        test::keep(engine.train(requestOf(QStringLiteral("manual")), QStringLiteral("alice")), outcome);
        QVERIFY(engine.cancel(kModel, QStringLiteral("bob")));
        // A change of the scheduler's state (a model leaves it) is taken at once and saved by a worker.
        engine.automation().scheduler().removeModel(kModel);
        const nlohmann::json wanted = engine.automation().scheduler().saveState();
        QTest::qWait(150);
        QVERIFY(!read);
        QCOMPARE(audited(QStringLiteral("cancel")), 0);
        QVERIFY(savedState() != wanted);
        busy->release();
        QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(audited(QStringLiteral("cancel")), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(savedState(), wanted, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 30000);
        if (outcome->id > 0)
            QCoro::waitFor(engine.runner().waitFor(outcome->id));
    }
};

QTEST_GUILESS_MAIN(TestRunStart)
#include "tst_run_start.moc"
