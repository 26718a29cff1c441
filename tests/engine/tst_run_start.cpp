// Run creation off the caller's thread (issue 11): the run row, the audit entry and an automatic trigger's
// claim are written on the engine's workers, so the GUI's or the API's thread never waits on the store — and a
// run whose row was written just as the host shut down still ends in a recorded terminal state.
#include "engine_fixture.h"
#include <QSemaphore>
#include <QSignalSpy>
#include <thread>

using namespace retrainer;

namespace {

// Occupies every thread of `pool` until `release` is released; returns once they all wait.
void occupy(QThreadPool* pool, QSemaphore& release)
{
    QSemaphore started;
    for (int i = 0; i < pool->maxThreadCount(); ++i)
        pool->start([&release, &started] { started.release(); release.acquire(); });
    started.acquire(pool->maxThreadCount());
}

} // namespace

class TestRunStart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    SystemClock m_clock;

    void addModel()
    {
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(120)));
        m_ws->addModel(test::csvModel(QStringLiteral("prices"), QStringLiteral("data.csv")));
    }

private Q_SLOTS:
    void init() { test::recreateWorkspace(m_dir, m_ws); }

    // While every worker is busy, a train request leaves the caller's thread free and writes nothing: the row
    // is written by a worker once one is free, and the request then completes with the run's id.
    void runRowIsWrittenOnAWorker()
    {
        addModel();
        Engine engine(*m_ws, m_clock);
        QSignalSpy queued(&engine, &Engine::runQueued);
        QSemaphore release;
        occupy(engine.workers().threads(), release);
        RunRequest request;
        request.model = QStringLiteral("prices");
        request.trigger = QStringLiteral("api");
        qint64 id = 0;
        auto asking = [&]() -> QCoro::Task<> { id = co_await engine.trainOnWorker(request, QStringLiteral("alice")); };
        asking(); // returns at the first suspension: the caller's thread goes on
        QTest::qWait(100);
        QCOMPARE(id, qint64(0));
        QVERIFY(m_ws->store().runs(QStringLiteral("prices")).empty()); // nothing written on this thread
        QCOMPARE(queued.count(), 0);
        release.release(engine.workers().threads()->maxThreadCount());
        QTRY_VERIFY_WITH_TIMEOUT(id > 0, 30000);
        QCOMPARE(queued.count(), 1);
        QCOMPARE(queued.at(0).at(2).toString(), QStringLiteral("api"));
        const RunRecord run = QCoro::waitFor(engine.runner().waitFor(id));
        QCOMPARE(toString(run.state), QStringLiteral("promoted"));
        QTRY_COMPARE_WITH_TIMEOUT(int(engine.audit().entries(QStringLiteral("prices")).size()), 1, 30000);
        QCOMPARE(engine.audit().entries(QStringLiteral("prices")).front().detail["run"].get<qint64>(), id);
    }

    // Two requests for one model while the first row is still being written: the second joins the first run.
    void concurrentRequestsJoinOneRun()
    {
        addModel();
        Engine engine(*m_ws, m_clock);
        QSemaphore release;
        occupy(engine.workers().threads(), release);
        RunRequest request;
        request.model = QStringLiteral("prices");
        qint64 first = 0, second = 0;
        auto askFirst = [&]() -> QCoro::Task<> { first = co_await engine.trainOnWorker(request, QStringLiteral("alice")); };
        auto askSecond = [&]() -> QCoro::Task<> { second = co_await engine.trainOnWorker(request, QStringLiteral("bob")); };
        askFirst();
        askSecond();
        release.release(engine.workers().threads()->maxThreadCount());
        QTRY_VERIFY_WITH_TIMEOUT(first > 0 && second > 0, 30000);
        QCOMPARE(second, first);
        QCOMPARE(m_ws->store().runs(QStringLiteral("prices")).size(), size_t(1));
        QCoro::waitFor(engine.runner().waitFor(first));
    }

    // The host shuts down after the request and before its row is written: the row the worker writes while the
    // engine waits for its workers is recorded "interrupted", not left queued for ever.
    void shutdownBetweenRequestAndInsertEndsRecorded()
    {
        addModel();
        QSemaphore release; // outlives the engine, whose destructor waits for the workers that wait on it
        std::thread freeing;
        {
            Engine engine(*m_ws, m_clock);
            occupy(engine.workers().threads(), release);
            RunRequest request;
            request.model = QStringLiteral("prices");
            auto asking = [&]() -> QCoro::Task<> { co_await engine.trainOnWorker(request, QStringLiteral("alice")); };
            asking();
            // The workers are freed while ~Engine waits for them (no event loop turns in between).
            freeing = std::thread([&release, n = engine.workers().threads()->maxThreadCount()] {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                release.release(n);
            });
        }
        freeing.join();
        const auto runs = m_ws->store().runs(QStringLiteral("prices"));
        QCOMPARE(runs.size(), size_t(1));
        QCOMPARE(toString(runs.front().state), QStringLiteral("interrupted"));
        QVERIFY2(runs.front().error.contains(QStringLiteral("before the run started")), qPrintable(runs.front().error));
    }
};

QTEST_GUILESS_MAIN(TestRunStart)
#include "tst_run_start.moc"
