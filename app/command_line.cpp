#include "command_line.h"
#include "cli.h"
#include "workspace.h"
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

namespace retrainer::app {

namespace {

QCoro::Task<> runCommand(QStringList arguments)
{
    const int code = co_await cli::run(std::move(arguments));
    QCoreApplication::exit(code);
}

QCoro::Task<> runDaemonTask(cli::DaemonOptions options)
{
    const int code = co_await cli::runHeadlessDaemon(std::move(options));
    QCoreApplication::exit(code);
}

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("retrainer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETRAINER_VERSION));
}

// --headless's options; std::nullopt (after saying why on stderr) when they are wrong.
std::optional<cli::DaemonOptions> daemonOptions(QStringList arguments)
{
    cli::DaemonOptions options;
    options.workspaceDir = Workspace::resolveDirectory(takeOption(arguments, QStringLiteral("--workspace")));
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
        return std::nullopt;
    }
    return options;
}

} // namespace

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

int runDaemon(int argc, char* argv[], const cli::DaemonOptions& options)
{
    QCoreApplication app(argc, argv);
    nameApplication();
    QTimer::singleShot(0, &app, [options] { runDaemonTask(options); });
    return app.exec();
}

int runCommandLine(int argc, char* argv[], bool daemonWithoutCommand)
{
    QCoreApplication app(argc, argv);
    nameApplication();
    QStringList arguments = app.arguments().mid(1);
    if (arguments.contains(QStringLiteral("--version"))) {
        std::printf("retrainer %s\n", RETRAINER_VERSION);
        return 0;
    }
    QStringList withoutWorkspace = arguments;
    takeOption(withoutWorkspace, QStringLiteral("--workspace"));
    if (arguments.removeAll(QStringLiteral("--headless")) > 0 || (daemonWithoutCommand && withoutWorkspace.isEmpty())) {
        const auto options = daemonOptions(arguments);
        if (!options)
            return 2;
        QTimer::singleShot(0, &app, [options] { runDaemonTask(*options); });
        return app.exec();
    }
    QTimer::singleShot(0, &app, [arguments] { runCommand(arguments); });
    return app.exec();
}

} // namespace retrainer::app
