// WorkspaceHost: one owner per workspace, and a shut-down with work in flight everywhere — a real forest
// training, HTTP API requests (one answered on the API's workers, one stalled half-way through its body) and a
// forwarded command waiting for the training — that ends with the run recorded as cancelled. The no-GUI
// AddressSanitizer build (packaging/sanitize.sh) runs this suite too: a use after free or a leak fails it there.
#include "engine.h"
#include "engine_fixture.h"
#include "instance_lock.h"
#include "workspace.h"
#include "workspace_host.h"
#include <QCoroTask>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace retrainer;

namespace {

const QString kSlow = QStringLiteral("slow");

// A forest of many trees on 5000 rows: long enough to be stopped half-way.
void addSlowModel(Workspace& workspace, const QString& csv)
{
    ModelConfig m = test::csvModel(kSlow, csv, Algorithm::RandomForest);
    m.parameters = {{"trees", 20000}};
    workspace.addModel(m);
}

int g_waiting = 0; // forwarded commands that reached the handler

// The forwarded command of the test: waits for the model's run and answers with its state.
QCoro::Task<CommandResponse> waitForTheRun(Engine* engine, CommandRequest request)
{
    ++g_waiting;
    const qint64 id = request.arguments.value(1).toLongLong();
    const RunRecord run = co_await engine->runner().waitFor(id);
    CommandResponse response;
    response.out = toString(run.state);
    co_return response;
}

QCoro::Task<> forward(QString socket, std::optional<CommandResponse>* answer, bool* done)
{
    CommandRequest request;
    request.arguments = QStringList{QStringLiteral("wait"), QStringLiteral("1")};
    request.user = QStringLiteral("tester");
    *answer = co_await sendCommand(socket, request, 60000);
    *done = true;
}

} // namespace

class TestWorkspaceHost : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QString m_csv;

    // A host that serves: engine started, commands forwarded to waitForTheRun, the API on a free port.
    std::unique_ptr<WorkspaceHost> serve(const QString& dir, quint16* port)
    {
        auto host = std::make_unique<WorkspaceHost>(dir);
        if (host->open(/*createIfMissing=*/true) != WorkspaceHost::Opening::Opened)
            return nullptr;
        if (!host->workspace()->model(kSlow))
            addSlowModel(*host->workspace(), m_csv);
        Engine* engine = &host->createEngine();
        if (!host->listenForCommands([engine](CommandRequest r) { return waitForTheRun(engine, std::move(r)); }))
            return nullptr;
        QCoro::waitFor(host->startEngine());
        *port = host->startApi(QHostAddress(QHostAddress::LocalHost), 0);
        return host;
    }

    static qint64 startTraining(WorkspaceHost& host)
    {
        RunRequest request;
        request.model = kSlow;
        request.force = true;
        const qint64 id = test::startedRun(host.engine()->train(request, QStringLiteral("tester")));
        const bool training = QTest::qWaitFor([&] {
            const auto run = host.workspace()->store().run(id);
            return run && run->state == RunState::Training;
        }, 30000);
        if (!training)
            QTest::qFail("the training did not start within 30 s", __FILE__, __LINE__);
        return id;
    }

    // The run's state as recorded, read through a workspace opened after the host is gone.
    static QString recordedState(const QString& dir, qint64 id)
    {
        const auto workspace = Workspace::open(dir);
        const auto run = workspace->store().run(id);
        return run ? toString(run->state) : QStringLiteral("(no run)");
    }

    // An API request answered on the API's workers, and one stalled half-way through its body.
    static void requestsInFlight(quint16 port, QTcpSocket& answered, QTcpSocket& stalled)
    {
        answered.connectToHost(QHostAddress::LocalHost, port);
        stalled.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(answered.waitForConnected(5000) && stalled.waitForConnected(5000));
        answered.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        stalled.write("POST /api/v1/models/slow/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      "Content-Length: 1000\r\n\r\n[{\"x1\": 1,");
        QVERIFY(answered.waitForBytesWritten(5000) && stalled.waitForBytesWritten(5000));
    }

    struct Busy
    {
        qint64 run = 0;
        QTcpSocket answered, stalled;
    };
    // A serving host with a training running and two API requests in flight; null (a failure recorded) if not.
    std::unique_ptr<WorkspaceHost> busyHost(const QString& dir, Busy& busy)
    {
        quint16 port = 0;
        auto host = serve(dir, &port);
        if (!host || port == 0) {
            QTest::qFail("the host did not serve", __FILE__, __LINE__);
            return nullptr;
        }
        busy.run = startTraining(*host);
        requestsInFlight(port, busy.answered, busy.stalled);
        return QTest::currentTestFailed() ? nullptr : std::move(host);
    }

    // A serving host whose workers are all busy and a training asked for: its run row waits for a worker, the
    // request's end goes to `outcome`. No host (a failure recorded) if it did not serve.
    struct Starting
    {
        std::unique_ptr<WorkspaceHost> host;
        std::shared_ptr<test::BusyPool> busy;
        std::shared_ptr<test::Outcome> outcome = std::make_shared<test::Outcome>();
    };
    Starting startingHost(const QString& dir)
    {
        Starting starting;
        quint16 port = 0;
        starting.host = serve(dir, &port);
        if (!starting.host) {
            QTest::qFail("the host did not serve", __FILE__, __LINE__);
            return starting;
        }
        starting.busy = std::make_shared<test::BusyPool>(starting.host->engine()->workers().threads());
        RunRequest request;
        request.model = kSlow;
        test::keep(starting.host->engine()->train(request, QStringLiteral("tester")), starting.outcome);
        if (!starting.host->engine()->runner().isActive(kSlow)) {
            QTest::qFail("the model does not count as training while its run starts", __FILE__, __LINE__);
            starting.host.reset();
        }
        return starting;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        m_csv = m_data.filePath(QStringLiteral("slow.csv"));
        QVERIFY(test::writeFile(m_csv, test::regressionCsv(5000, 6)));
    }

    void secondHostIsRefusedUntilTheFirstIsGone()
    {
        const QString dir = m_data.filePath(QStringLiteral("owned"));
        auto first = std::make_unique<WorkspaceHost>(dir);
        QCOMPARE(first->open(true), WorkspaceHost::Opening::Opened);
        WorkspaceHost second(dir);
        QCOMPARE(second.open(true), WorkspaceHost::Opening::HeldByAnother);
        QVERIFY(second.instanceLock().refusalMessage().contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(!second.workspace());
        first.reset();
        WorkspaceHost third(dir);
        QCOMPARE(third.open(false), WorkspaceHost::Opening::Opened);
    }

    void missingWorkspaceIsNamedWhenNotCreated()
    {
        const QString dir = m_data.filePath(QStringLiteral("absent"));
        WorkspaceHost host(dir);
        QCOMPARE(host.open(/*createIfMissing=*/false), WorkspaceHost::Opening::Failed);
        QVERIFY2(host.failure().contains(QStringLiteral("absent")), qPrintable(host.failure()));
    }

    // The daemon's way: stop() awaited, then the host destroyed.
    void stopWithWorkInFlight()
    {
        const QString dir = m_data.filePath(QStringLiteral("stopped"));
        Busy busy;
        auto host = busyHost(dir, busy);
        QVERIFY(host);
        QCOMPARE(busy.run, qint64(1)); // what the forwarded command waits for
        std::optional<CommandResponse> answer;
        bool done = false;
        auto forwarded = forward(InstanceLock::socketName(dir), &answer, &done);
        QTRY_COMPARE_WITH_TIMEOUT(g_waiting, 1, 10000); // the forwarded command waits for the run

        QCoro::waitFor(host->stop());
        QVERIFY(!host->api());
        QVERIFY(!host->engine()->runner().isActive(kSlow));
        host.reset();
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(answer.has_value());
        QCOMPARE(answer->out, QStringLiteral("cancelled")); // the waiting command got its answer
        QCOMPARE(recordedState(dir, busy.run), QStringLiteral("cancelled"));
    }

    // A run still starting (its row waits for a busy worker) when the daemon stops: stop() waits for it too,
    // and the run ends recorded, cancelled before it trained.
    void stopWithAStartInFlight()
    {
        const QString dir = m_data.filePath(QStringLiteral("stopped-starting"));
        auto [host, busy, outcome] = startingHost(dir);
        QVERIFY(host);
        auto stopping = host->stop();
        busy->release();
        QCoro::waitFor(std::move(stopping));
        QVERIFY(!host->engine()->runner().isActive(kSlow));
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
        QCOMPARE(outcome->error, QString());
        host.reset();
        QCOMPARE(recordedState(dir, outcome->id), QStringLiteral("cancelled"));
    }

    // The console's way with a run still starting: the host destroyed while the row waits for a worker, which
    // is freed while the engine waits for its workers. The row written then ends "interrupted".
    void destructionWithAStartInFlight()
    {
        const QString dir = m_data.filePath(QStringLiteral("destroyed-starting"));
        auto [host, busy, outcome] = startingHost(dir);
        QVERIFY(host);
        std::thread freeing([busy] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            busy->release();
        });
        busy.reset();
        host.reset();
        freeing.join();
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000); // the request ends with the reason
        QVERIFY2(outcome->error.contains(QStringLiteral("stopped before the run")), qPrintable(outcome->error));
        WorkspaceHost next(dir);
        QCOMPARE(next.open(false), WorkspaceHost::Opening::Opened);
        QCOMPARE(next.interruptedRuns(), 0); // nothing left unfinished for the next start to clean up
        const auto runs = next.workspace()->store().runs(kSlow);
        QCOMPARE(int(runs.size()), 1);
        QCOMPARE(toString(runs.front().state), QStringLiteral("interrupted"));
    }

    // The console's way: the host destroyed while everything runs (its destructor keeps the order).
    void destructionAloneStopsEverything()
    {
        const QString dir = m_data.filePath(QStringLiteral("destroyed"));
        Busy busy;
        auto host = busyHost(dir, busy);
        QVERIFY(host);
        host.reset();
        QCOMPARE(recordedState(dir, busy.run), QStringLiteral("cancelled"));
        // The workspace is free again: a new host takes it.
        WorkspaceHost next(dir);
        QCOMPARE(next.open(false), WorkspaceHost::Opening::Opened);
        QCOMPARE(next.interruptedRuns(), 0); // nothing was left unfinished
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceHost)
#include "tst_workspace_host.moc"
