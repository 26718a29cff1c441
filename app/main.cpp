// retrainer: the console (GUI), the headless daemon or the command line, chosen by the arguments.
#include "command_line.h"
#include "console_app.h"
#include "workspace.h"
#include <cstdio>
#include <optional>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// `retrainer [--workspace DIR] [--minimised]`: the console when there is a display, else the daemon.
std::optional<int> runConsoleIfAsked(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    retrainer::ConsoleOptions options;
    options.workspaceDir = retrainer::app::takeOption(arguments, QStringLiteral("--workspace"));
    options.minimised = arguments.removeAll(QStringLiteral("--minimised")) > 0;
    options.screenshotsDir = retrainer::app::takeOption(arguments, QStringLiteral("--screenshots"));
    if (!arguments.isEmpty())
        return std::nullopt;
    options.workspaceDir = retrainer::Workspace::resolveDirectory(options.workspaceDir);
    if (hasDisplay())
        return retrainer::runConsole(argc, argv, options);
    std::fprintf(stderr, "retrainer: no display: starting the headless daemon\n");
    retrainer::cli::DaemonOptions daemon;
    daemon.workspaceDir = options.workspaceDir;
    return retrainer::app::runDaemon(argc, argv, daemon);
}

} // namespace

int main(int argc, char* argv[])
{
    if (const auto code = runConsoleIfAsked(argc, argv))
        return *code;
    return retrainer::app::runCommandLine(argc, argv, false);
}
