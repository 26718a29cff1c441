#pragma once
// What every command gets: the workspace folder, output mode and its own arguments.
#include "cli.h"
#include "workspace.h"
#include <QCommandLineParser>
#include <QCoroTask>
#include <QStringList>
#include <memory>

namespace retrainer::cli {

struct Context
{
    QString workspaceDir;   // resolved
    bool json = false;
    QStringList arguments;  // the command's words and options, without the global ones

    std::unique_ptr<Workspace> openWorkspace() const; // throws Error
};

// Parses `context.arguments` (after skipping `skip` command words) with `parser`; on a usage error prints
// it and returns false. Positional arguments outside [minPositional, maxPositional] are usage errors.
bool parseArguments(QCommandLineParser& parser, const Context& context, int skip, int minPositional,
                    int maxPositional, const QString& synopsis);

QCoro::Task<int> initCommand(Context& context);
QCoro::Task<int> modelCommand(Context& context);
QCoro::Task<int> importCommand(Context& context);
QCoro::Task<int> trainCommand(Context& context);
QCoro::Task<int> statusCommand(Context& context);
QCoro::Task<int> historyCommand(Context& context);
QCoro::Task<int> versionsCommand(Context& context);
QCoro::Task<int> rollbackCommand(Context& context);

} // namespace retrainer::cli
