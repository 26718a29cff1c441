// retrainer: the console (GUI), the headless daemon or the command line, chosen by the arguments.
#include "cli.h"
#include "console_app.h"
#include "headless_daemon.h"
#include "workspace.h"
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <optional>

namespace {

QCoro::Task<> runCommand(QStringList arguments)
{
    const int code = co_await retrainer::cli::run(std::move(arguments));
    QCoreApplication::exit(code);
}

QCoro::Task<> runDaemon(retrainer::cli::DaemonOptions options)
{
    const int code = co_await retrainer::cli::runHeadlessDaemon(std::move(options));
    QCoreApplication::exit(code);
}

// Takes "--name VALUE" or "--name=VALUE" out of the arguments.
QString takeOption(QStringList& arguments, const QString& name)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == name && i + 1 < arguments.size()) {
            const QString value = arguments[i + 1];
            arguments.remove(i, 2);
            return value;
        }
        if (arguments[i].startsWith(name + QLatin1Char('='))) {
            const QString value = arguments[i].mid(name.size() + 1);
            arguments.remove(i);
            return value;
        }
    }
    return {};
}

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
    options.workspaceDir = takeOption(arguments, QStringLiteral("--workspace"));
    options.minimised = arguments.removeAll(QStringLiteral("--minimised")) > 0;
    options.screenshotsDir = takeOption(arguments, QStringLiteral("--screenshots"));
    if (!arguments.isEmpty())
        return std::nullopt;
    options.workspaceDir = retrainer::Workspace::resolveDirectory(options.workspaceDir);
    if (hasDisplay())
        return retrainer::runConsole(argc, argv, options);
    std::fprintf(stderr, "retrainer: no display: starting the headless daemon\n");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retrainer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETRAINER_VERSION));
    retrainer::cli::DaemonOptions daemon;
    daemon.workspaceDir = options.workspaceDir;
    QTimer::singleShot(0, &app, [daemon] { runDaemon(daemon); });
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (const auto code = runConsoleIfAsked(argc, argv))
        return *code;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retrainer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETRAINER_VERSION));
    QStringList arguments = app.arguments().mid(1);
    if (arguments.contains(QStringLiteral("--version"))) {
        std::printf("retrainer %s\n", RETRAINER_VERSION);
        return 0;
    }
    if (arguments.removeAll(QStringLiteral("--headless")) > 0) {
        retrainer::cli::DaemonOptions options;
        options.workspaceDir = retrainer::Workspace::resolveDirectory(takeOption(arguments, QStringLiteral("--workspace")));
        const QString poll = takeOption(arguments, QStringLiteral("--source-poll"));
        if (!poll.isEmpty())
            options.sourcePollSecs = poll.toInt();
        options.api = takeOption(arguments, QStringLiteral("--api"));
        options.apiAllowRemote = arguments.removeAll(QStringLiteral("--api-allow-remote")) > 0;
        const QString maxBody = takeOption(arguments, QStringLiteral("--api-max-body"));
        if (!maxBody.isEmpty())
            options.apiMaxBodyBytes = maxBody.toLongLong();
        if (!arguments.isEmpty() || (options.apiAllowRemote && options.api.isEmpty()) || options.apiMaxBodyBytes < 1) {
            std::fprintf(stderr, "retrainer: --headless takes --workspace DIR, --source-poll SECONDS, --api HOST:PORT, "
                                 "--api-allow-remote and --api-max-body BYTES (with --api), not %s\n",
                         qPrintable(arguments.join(QLatin1Char(' '))));
            return 2;
        }
        QTimer::singleShot(0, &app, [options] { runDaemon(options); });
        return app.exec();
    }
    QTimer::singleShot(0, &app, [arguments] { runCommand(arguments); });
    return app.exec();
}
