#include "workspace_host.h"
#include "api_server.h"
#include "clock.h"
#include "engine.h"
#include "error.h"
#include "instance_lock.h"
#include "next_signal.h"
#include "runner.h"
#include "workspace.h"
#include <QCoroSignal>
#include <QCoroTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>

namespace retrainer {

WorkspaceHost::WorkspaceHost(QString workspaceDir, QObject* parent)
    : QObject(parent), m_dir(std::move(workspaceDir)), m_instance(std::make_unique<InstanceLock>(m_dir))
{
}

WorkspaceHost::~WorkspaceHost()
{
    stopServing();
    m_commands.reset(); // drops the connections of forwarded commands still waiting
    m_engine.reset(); // cancels a running training and waits until it is recorded
    // Every job of ours ran on the engine's pool, waited for above; Qt's global pool is waited for in case a
    // library queued work there.
    QThreadPool::globalInstance()->waitForDone();
    m_clock.reset();
    m_workspace.reset(); // releases the training lock
    m_instance->release();
}

WorkspaceHost::Opening WorkspaceHost::open(bool createIfMissing, int trainingLockWaitMs)
{
    Q_ASSERT(!m_workspace);
    const bool exists = Workspace::exists(m_dir);
    if (exists && !m_instance->tryAcquire())
        return Opening::HeldByAnother;
    std::unique_ptr<Workspace> workspace;
    try {
        workspace = exists || !createIfMissing ? Workspace::open(m_dir) : Workspace::create(m_dir);
    } catch (const Error& e) {
        m_failure = e.message();
        return Opening::Failed;
    }
    if (!m_instance->tryAcquire())
        return Opening::HeldByAnother;
    if (!workspace->acquireTrainingLock(&m_trainingHolder, trainingLockWaitMs))
        return Opening::TrainingElsewhere;
    m_interrupted = workspace->store().markUnfinishedRunsInterrupted();
    m_workspace = std::move(workspace);
    return Opening::Opened;
}

Engine& WorkspaceHost::createEngine(std::unique_ptr<Clock> clock)
{
    Q_ASSERT(m_workspace && !m_engine);
    m_clock = clock ? std::move(clock) : std::make_unique<SystemClock>();
    m_engine = std::make_unique<Engine>(*m_workspace, *m_clock);
    return *m_engine;
}

bool WorkspaceHost::listenForCommands(CommandServer::Handler handler, QString* error)
{
    Q_ASSERT(m_engine && !m_commands);
    m_commands = std::make_unique<CommandServer>(std::move(handler));
    return m_commands->listen(InstanceLock::socketName(m_dir), error);
}

QCoro::Task<> WorkspaceHost::startEngine()
{
    Q_ASSERT(m_engine);
    co_await m_engine->start();
}

quint16 WorkspaceHost::startApi(const QHostAddress& address, quint16 port, bool allowRemote, qint64 maxBodyBytes)
{
    Q_ASSERT(m_engine && !m_api);
    auto api = std::make_unique<ApiServer>(*m_engine);
    api->setMaxBodyBytes(maxBodyBytes);
    const quint16 bound = api->listen(address, port, allowRemote); // throws Error: nothing kept
    m_api = std::move(api);
    return bound;
}

void WorkspaceHost::stopServing()
{
    m_api.reset(); // waits for its requests running on its pool
    if (m_commands)
        m_commands->close(); // forwarded commands already running still get their answer
}

QCoro::Task<> WorkspaceHost::stop()
{
    stopServing();
    if (!m_engine)
        co_return;
    QPointer<WorkspaceHost> self(this);
    Runner* runner = &m_engine->runner();
    runner->cancelAll();
    // A start still writing its row counts too: it begins cancelled (and ends recorded) or is refused.
    while (self && self->m_engine && runner->activeCount() > 0)
        co_await nextSignal(runner, &Runner::activeChanged);
    // Forwarded commands that waited for those runs now write their answers: give them up to 5 s to reach
    // their clients before the destructor drops the connections.
    QElapsedTimer waited;
    waited.start();
    while (self && self->m_commands && self->m_commands->openConnections() > 0 && waited.elapsed() < 5000)
        co_await QCoro::sleepFor(std::chrono::milliseconds(20));
}

} // namespace retrainer
