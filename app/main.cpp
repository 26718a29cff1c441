// retrainer: the headless daemon or the command line, chosen by the arguments.
#include "cli.h"
#include "headless_daemon.h"
#include "workspace.h"
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

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

} // namespace

int main(int argc, char* argv[])
{
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
