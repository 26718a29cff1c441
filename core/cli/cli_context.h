#pragma once
// What every command gets: the workspace, how to print, its own arguments, and — inside the daemon or
// the GUI — the running engine that the command must act through. Standalone, a command that changes
// something opens an engine of its own (not started) so the change is checked and audited the same way.
#include "cli.h"
#include "cli_output.h"
#include "clock.h"
#include "worker_pool.h"
#include "workspace.h"
#include <QCommandLineParser>
#include <QCoroTask>
#include <QStringList>
#include <memory>

namespace retrainer {
class Engine;
} // namespace retrainer

namespace retrainer::cli {

struct Context
{
    QString workspaceDir;   // resolved
    bool json = false;
    QStringList arguments;  // the command's words and options, without the global ones
    QString user;           // who asked (the OS user, also for forwarded commands)
    Output out;

    // Set when the command runs inside the process that owns the scheduler.
    Workspace* workspace = nullptr;
    Engine* engine = nullptr;

    Context();
    ~Context();
    Context(Context&&) = delete;

    // The shared workspace, or one opened for this command. Throws Error.
    Workspace& openWorkspace();
    // The running engine, or one of this command's own over openWorkspace() (its automation not started).
    Engine& openEngine();
    // Where the command's slow work runs: the running engine's workers, or a pool of the command's own that
    // its end waits for.
    WorkerPool& workers();

private:
    std::unique_ptr<Workspace> m_owned;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Engine> m_ownedEngine; // declared after m_owned: destroyed before the workspace
    std::unique_ptr<WorkerPool> m_ownWorkers; // last: waited for before the engine and workspace go
};

// Parses `context.arguments` (after skipping `skip` command words) with `parser`; on a usage error prints
// it and returns false. Positional arguments outside [minPositional, maxPositional] are usage errors.
bool parseArguments(QCommandLineParser& parser, Context& context, int skip, int minPositional,
                    int maxPositional, const QString& synopsis);

// `text` as a number >= 1; otherwise prints `complaint` and returns nullopt (a usage error).
std::optional<int> positiveNumber(Context& context, const QString& text, const QString& complaint);

// Runs one command with this context (its output goes to context.out).
QCoro::Task<int> execute(Context& context, QStringList arguments);
QString currentUser();

QCoro::Task<int> initCommand(Context& context);
QCoro::Task<int> storeCommand(Context& context); // store migrate --to URL
// init --demo: replays the demo models' past (demo_past.h) with progress on stderr; Ctrl+C stops it.
QCoro::Task<int> prepareDemoPast(Context& context, Workspace& workspace, QStringList models);
QCoro::Task<int> modelCommand(Context& context);
QCoro::Task<int> importCommand(Context& context);
QCoro::Task<int> trainCommand(Context& context);
QCoro::Task<int> statusCommand(Context& context);
QCoro::Task<int> historyCommand(Context& context);
QCoro::Task<int> versionsCommand(Context& context);
QCoro::Task<int> rollbackCommand(Context& context);
QCoro::Task<int> scheduleCommand(Context& context);
QCoro::Task<int> triggerCommand(Context& context);
QCoro::Task<int> nextCommand(Context& context);
QCoro::Task<int> pauseCommand(Context& context);
QCoro::Task<int> resumeCommand(Context& context);
QCoro::Task<int> cancelCommand(Context& context);
QCoro::Task<int> alertsCommand(Context& context);
QCoro::Task<int> alertChannelCommand(Context& context);    // alerts channel add|list|remove|test
QCoro::Task<int> alertDeliveriesCommand(Context& context); // alerts deliveries [ID]
QCoro::Task<int> simulateCommand(Context& context);
QCoro::Task<int> approveCommand(Context& context);
QCoro::Task<int> rejectCommand(Context& context);
QCoro::Task<int> predictCommand(Context& context);
QCoro::Task<int> auditCommand(Context& context);
QCoro::Task<int> tokenCommand(Context& context);
QCoro::Task<int> qualityCommand(Context& context);
QCoro::Task<int> backtestCommand(Context& context); // what retraining would have done (a dry run)

} // namespace retrainer::cli
