#pragma once
// What keeps a workspace running in one process — the console and the headless daemon alike: the
// instance lock, the workspace, the training lock, the clock, the engine, the command server that answers
// forwarded CLI commands and the local HTTP API. One place decides the order things start and stop in:
//
//   start:  open()          instance lock → workspace (created or opened) → training lock → unfinished runs
//                           marked interrupted
//           createEngine()  the engine over the workspace (callers connect their signals to it now)
//           serveCommands() the command socket
//           co_await startEngine()  automation armed, predictors loaded
//           startApi()      the HTTP API last, once the engine serves
//   stop:   stopServing()   the API (waits for its requests on workers) and the command socket close first —
//                           they hold the engine; then co_await stop(): running trainings cancelled and their
//                           records awaited (forwarded commands waiting for them get their answer); then the
//                           destructor: the command server, the engine (it cancels and waits itself when
//                           stop() was not awaited), the shared pool's work, the workspace, the training lock
//                           and the instance lock go, in that order.
// Shells keep their own pieces (windows, tray, log file) outside and drop them between stopServing() and
// the host's destruction.
#include "command_channel.h"
#include <QCoroTask>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <memory>

namespace retrainer {

class ApiServer;
class Clock;
class Engine;
class InstanceLock;
class Workspace;

class WorkspaceHost : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceHost(QString workspaceDir, QObject* parent = nullptr);
    ~WorkspaceHost() override; // stops everything still running, in the order above

    WorkspaceHost(const WorkspaceHost&) = delete;
    WorkspaceHost& operator=(const WorkspaceHost&) = delete;

    enum class Opening {
        Opened,           // the workspace is ours
        HeldByAnother,    // another console or daemon owns it (instanceLock() names it)
        TrainingElsewhere, // a training started from the command line still runs (trainingHolder())
        Failed,           // the workspace could not be opened or created (failure() says why)
    };
    // createIfMissing: a console creates an empty workspace on first start; a daemon refuses.
    Opening open(bool createIfMissing, int trainingLockWaitMs = 5000);
    QString failure() const { return m_failure; }
    qint64 trainingHolder() const { return m_trainingHolder; }
    // How many runs an earlier stop left unfinished (marked interrupted by open()).
    int interruptedRuns() const { return m_interrupted; }

    // The engine over the opened workspace; a system clock unless one is given.
    Engine& createEngine(std::unique_ptr<Clock> clock = {});
    bool listenForCommands(CommandServer::Handler handler, QString* error = nullptr);
    QCoro::Task<> startEngine();
    // Serves the HTTP API; throws Error when the address is refused or cannot be bound. Returns the port.
    quint16 startApi(const QHostAddress& address, quint16 port, bool allowRemote = false,
                     qint64 maxBodyBytes = 1 << 20);

    // Destroys the API server and closes the command socket (idempotent): nothing new reaches the engine.
    void stopServing();
    // stopServing(), then cancels the running trainings and waits, without blocking the event loop, until
    // each is recorded. The destructor does the rest.
    QCoro::Task<> stop();

    QString directory() const { return m_dir; }
    InstanceLock& instanceLock() { return *m_instance; }
    Workspace* workspace() const { return m_workspace.get(); }
    Engine* engine() const { return m_engine.get(); }
    ApiServer* api() const { return m_api.get(); }

private:
    QString m_dir;
    QString m_failure;
    qint64 m_trainingHolder = 0;
    int m_interrupted = 0;
    // Declared in the order they start: destroyed in reverse.
    std::unique_ptr<InstanceLock> m_instance;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<CommandServer> m_commands;
    std::unique_ptr<ApiServer> m_api;
};

} // namespace retrainer
