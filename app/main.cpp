// retrainer: the console, the headless daemon and the command line, chosen by the arguments.
#include "cli.h"
#include <QCoreApplication>
#include <QTimer>

namespace {

QCoro::Task<> runCommand(QStringList arguments)
{
    const int code = co_await retrainer::cli::run(std::move(arguments));
    QCoreApplication::exit(code);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retrainer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETRAINER_VERSION));
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.contains(QStringLiteral("--version"))) {
        std::printf("retrainer %s\n", RETRAINER_VERSION);
        return 0;
    }
    QTimer::singleShot(0, &app, [arguments] { runCommand(arguments); });
    return app.exec();
}
