// The runner: runs on worker threads, reports by signals, coalesces, cancels, and never blocks its caller.
#include "engine_fixture.h"
#include "fixture_data.h"
#include "runner.h"
#include "workspace.h"
#include <QCoroSignal>
#include <QCoroTask>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace retrainer;

static RunRequest manual(const QString& model)
{
    RunRequest request;
    request.model = model;
    return request;
}

class TestRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    void addModel(const QString& name, Algorithm algorithm, int rows, const nlohmann::json& parameters = nlohmann::json::object())
    {
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/%1.csv").arg(name), test::regressionCsv(rows)));
        ModelConfig m;
        m.name = name;
        m.source = QStringLiteral("csv:%1.csv").arg(name);
        m.label = QStringLiteral("y");
        m.timestamp = QStringLiteral("when");
        m.algorithm = algorithm;
        m.parameters = parameters;
        m_ws->addModel(m);
    }

private Q_SLOTS:
    void init()
    {
        m_ws.reset();
        QDir(m_dir.path()).removeRecursively();
        m_ws = Workspace::create(m_dir.path() + QStringLiteral("/ws"));
    }

    void runReportsProgressAndFinishes()
    {
        addModel(QStringLiteral("a"), Algorithm::RandomForest, 200);
        WorkerPool workers;
        Runner runner(*m_ws, workers);
        QSignalSpy queued(&runner, &Runner::runQueued);
        QSignalSpy progress(&runner, &Runner::runProgress);
        QSignalSpy states(&runner, &Runner::runStateChanged);
        QSignalSpy finished(&runner, &Runner::runFinished);
        const qint64 id = test::startedRun(runner.start(manual(QStringLiteral("a"))));
        QCOMPARE(queued.count(), 1);
        QVERIFY(runner.isActive(QStringLiteral("a")));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toLongLong(), id);
        QCOMPARE(finished.first().at(2).toString(), QStringLiteral("promoted"));
        QVERIFY(!runner.isActive(QStringLiteral("a")));
        QStringList seen;
        for (const auto& s : states)
            seen << s.at(2).toString();
        QVERIFY(seen.contains(QStringLiteral("training")));
        QVERIFY(seen.contains(QStringLiteral("promoted")));
        double last = -1;
        bool training = false;
        for (const auto& p : progress)
            if (p.at(2).toString() == QLatin1String("training")) {
                QVERIFY(p.at(3).toDouble() >= last);
                last = p.at(3).toDouble();
                training = true;
            }
        QVERIFY(training);
        QCOMPARE(last, 1.0);
    }

    void secondRequestJoinsTheRunningOne()
    {
        addModel(QStringLiteral("a"), Algorithm::RandomForest, 300);
        WorkerPool workers;
        Runner runner(*m_ws, workers);
        QSignalSpy finished(&runner, &Runner::runFinished);
        auto asked = runner.start(manual(QStringLiteral("a")));
        auto again = runner.start(manual(QStringLiteral("a"))); // while the first row is being written
        const qint64 first = test::startedRun(std::move(asked));
        const qint64 second = test::startedRun(std::move(again));
        QCOMPARE(second, first);
        QVERIFY(finished.wait(60000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_ws->store().runs(QStringLiteral("a")).size(), size_t(1));
    }

    void cancelEndsTheRunAsCancelled()
    {
        addModel(QStringLiteral("slow"), Algorithm::RandomForest, 3000, {{"trees", 400}});
        WorkerPool workers;
        Runner runner(*m_ws, workers);
        QSignalSpy finished(&runner, &Runner::runFinished);
        bool cancelled = false;
        connect(&runner, &Runner::runProgress, this, [&](qint64, const QString& model, const QString& phase, double) {
            if (phase == QLatin1String("training") && !cancelled)
                cancelled = runner.cancel(model);
        });
        runner.start(manual(QStringLiteral("slow")));
        QVERIFY(finished.wait(120000));
        QVERIFY(cancelled);
        QCOMPARE(finished.first().at(2).toString(), QStringLiteral("cancelled"));
        QVERIFY(m_ws->registry().versions(QStringLiteral("slow")).empty());
        QVERIFY(!runner.cancel(QStringLiteral("slow"))); // nothing left to cancel
    }

    void waitForIsACoroutine()
    {
        addModel(QStringLiteral("a"), Algorithm::Linear, 100);
        WorkerPool workers;
        Runner runner(*m_ws, workers);
        const qint64 id = test::startedRun(runner.start(manual(QStringLiteral("a"))));
        // The event loop keeps turning while the run trains: a timer fires during the wait.
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(1);
        const RunRecord run = QCoro::waitFor(runner.waitFor(id));
        QCOMPARE(run.id, id);
        QCOMPARE(toString(run.state), toString(RunState::Promoted));
        QVERIFY(ticks > 0);
    }

    void unknownModelIsRefused()
    {
        WorkerPool workers;
        Runner runner(*m_ws, workers);
        QVERIFY(test::errorOf(runner.start(manual(QStringLiteral("nope")))).contains(QStringLiteral("nope")));
        QVERIFY(!runner.isActive(QStringLiteral("nope")));
    }

    void twoModelsRunOneAfterTheOtherWithTheDefaultLimit()
    {
        addModel(QStringLiteral("a"), Algorithm::Linear, 150);
        addModel(QStringLiteral("b"), Algorithm::Linear, 150);
        WorkerPool workers;
        Runner runner(*m_ws, workers);
        QSignalSpy finished(&runner, &Runner::runFinished);
        runner.start(manual(QStringLiteral("a")));
        runner.start(manual(QStringLiteral("b")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        const auto a = m_ws->store().runs(QStringLiteral("a")).front();
        const auto b = m_ws->store().runs(QStringLiteral("b")).front();
        QCOMPARE(toString(a.state), toString(RunState::Promoted));
        QCOMPARE(toString(b.state), toString(RunState::Promoted));
        QVERIFY(b.startedAt >= a.finishedAt || a.startedAt >= b.finishedAt); // one worker: never overlapping
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
