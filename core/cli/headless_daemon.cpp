#include "headless_daemon.h"
#include "api_server.h"
#include "engine.h"
#include "cli_context.h"
#include "command_channel.h"
#include "error.h"
#include "instance_lock.h"
#include "runner.h"
#include "stop_signals.h"
#include "workspace.h"
#include <QThreadPool>
#include <QCoroSignal>
#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <cstdio>

namespace retrainer::cli {
namespace {

QFile* g_log = nullptr;
QMutex g_logMutex;

void logMessage(QtMsgType type, const QMessageLogContext&, const QString& text)
{
    static const char* levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QString line = QStringLiteral("%1 %2 %3\n")
                             .arg(QDateTime::currentDateTime().toString(Qt::ISODate),
                                  QString::fromLatin1(levels[std::min<int>(type, 4)]), text);
    const QByteArray bytes = line.toUtf8();
    QMutexLocker lock(&g_logMutex);
    std::fputs(bytes.constData(), stderr);
    std::fflush(stderr);
    if (g_log) {
        g_log->write(bytes);
        g_log->flush();
    }
}

} // namespace

QCoro::Task<int> runHeadlessDaemon(DaemonOptions options)
{
    std::unique_ptr<Workspace> workspace;
    try {
        workspace = Workspace::open(options.workspaceDir);
    } catch (const Error& e) {
        std::fprintf(stderr, "retrainer: %s\n", qPrintable(e.message()));
        co_return Failure;
    }
    InstanceLock instance(workspace->directory());
    if (!instance.tryAcquire()) {
        std::fprintf(stderr, "retrainer: %s\n", qPrintable(instance.refusalMessage()));
        co_return Failure;
    }
    qint64 holder = 0;
    if (!workspace->acquireTrainingLock(&holder, 5000)) {
        std::fprintf(stderr, "retrainer: a training started from the command line (pid %lld) is still running in %s; "
                             "start the daemon when it has finished\n", holder, qPrintable(workspace->directory()));
        co_return Failure;
    }

    QFile log(workspace->directory() + QStringLiteral("/retrainer.log"));
    if (log.open(QIODevice::Append | QIODevice::Text))
        g_log = &log;
    qInstallMessageHandler(logMessage);
    const int interrupted = workspace->store().markUnfinishedRunsInterrupted();
    qInfo("Retrainer %s runs headless for %s (pid %lld)", qPrintable(QCoreApplication::applicationVersion()),
          qPrintable(workspace->directory()), QCoreApplication::applicationPid());
    if (interrupted > 0)
        qWarning("%d run(s) left unfinished by an earlier stop were marked interrupted", interrupted);

    StopSignals stop;
    // RETRAINER_TIME_SCALE=N (tests only): the scheduler's time runs N times faster than real time.
    const double timeScale = qEnvironmentVariableIsSet("RETRAINER_TIME_SCALE")
                                 ? qEnvironmentVariable("RETRAINER_TIME_SCALE").toDouble() : 0.0;
    std::unique_ptr<Clock> clock;
    if (timeScale > 1.0) {
        clock = std::make_unique<ScaledClock>(timeScale);
        qWarning("time runs %g times faster than real time (RETRAINER_TIME_SCALE): for tests only", timeScale);
    } else {
        clock = std::make_unique<SystemClock>();
    }
    Engine engine(*workspace, *clock);
    Runner& runner = engine.runner();
    Automation& automation = engine.automation();
    automation.setSourcePollInterval(std::chrono::seconds(std::max(1, options.sourcePollSecs)));
    QObject::connect(&runner, &Runner::runQueued, &runner, [](qint64 id, const QString& model) {
        qInfo("run %lld of %s queued", id, qPrintable(model));
    });
    QObject::connect(&runner, &Runner::runStateChanged, &runner, [](qint64 id, const QString& model, const QString& state) {
        qInfo("run %lld of %s: %s", id, qPrintable(model), qPrintable(state));
    });
    QObject::connect(&runner, &Runner::runCoalesced, &runner, [](qint64 id, const QString& model, const QString& trigger) {
        qInfo("a %s trigger for %s joined run %lld", qPrintable(trigger), qPrintable(model), id);
    });

    Workspace* ws = workspace.get();
    CommandServer server([ws, &engine](CommandRequest request) -> QCoro::Task<CommandResponse> {
        Context context;
        context.out = Output(Output::Mode::Captured);
        context.workspace = ws;
        context.workspaceDir = ws->directory();
        context.engine = &engine;
        context.user = request.user;
        qInfo("command from %s: %s", qPrintable(request.user), qPrintable(request.arguments.join(QLatin1Char(' '))));
        const int code = co_await execute(context, request.arguments);
        CommandResponse response;
        response.exitCode = code;
        response.out = context.out.capturedOut();
        response.err = context.out.capturedErr();
        co_return response;
    });
    QString error;
    if (!server.listen(InstanceLock::socketName(workspace->directory()), &error)) {
        qCritical("cannot listen for commands: %s", qPrintable(error));
        co_return Failure;
    }
    std::unique_ptr<ApiServer> api;
    if (!options.api.isEmpty()) {
        try {
            const auto [address, port] = parseListenAddress(options.api);
            api = std::make_unique<ApiServer>(engine);
            api->setMaxBodyBytes(options.apiMaxBodyBytes);
            const quint16 bound = api->listen(address, port, options.apiAllowRemote);
            qInfo("HTTP API listening on http://%s:%u (events: ws://%s:%u/api/v1/events)",
                  qPrintable(address.toString()), bound, qPrintable(address.toString()), bound);
        } catch (const Error& e) {
            qCritical("%s", qPrintable(e.message()));
            server.close();
            co_return Failure;
        }
    }

    co_await engine.start();
    for (const auto& moment : automation.scheduler().upcoming())
        if (moment.when.isValid())
            qInfo("next for %s: %s at %s", qPrintable(moment.model), qPrintable(moment.description),
                  qPrintable(moment.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));

    if (!stop.requested())
        co_await qCoro(&stop, &StopSignals::stopRequested);
    qInfo("stopping: a running training is cancelled and recorded");
    api.reset();
    server.close();
    runner.cancelAll();
    while (runner.activeCount() > 0)
        co_await qCoro(&runner, &Runner::runFinished);
    // A performance or drift check, a count or a report still running on the global pool uses the workspace
    // and the engine destroyed below: wait for it (the daemon crashed after "stopped" in the soak test).
    QThreadPool::globalInstance()->waitForDone();
    qInfo("stopped");
    qInstallMessageHandler(nullptr);
    g_log = nullptr;
    co_return Ok;
}

} // namespace retrainer::cli
