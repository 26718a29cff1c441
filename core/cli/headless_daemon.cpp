#include "headless_daemon.h"
#include "api_server.h"
#include "engine.h"
#include "cli_context.h"
#include "command_channel.h"
#include "error.h"
#include "instance_lock.h"
#include "next_signal.h"
#include "workspace_host.h"
#include "runner.h"
#include "stop_signals.h"
#include "workspace.h"
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
    WorkspaceHost host(options.workspaceDir);
    switch (host.open(/*createIfMissing=*/false)) {
    case WorkspaceHost::Opening::Opened:
        break;
    case WorkspaceHost::Opening::Failed:
        std::fprintf(stderr, "retrainer: %s\n", qPrintable(host.failure()));
        co_return Failure;
    case WorkspaceHost::Opening::HeldByAnother:
        std::fprintf(stderr, "retrainer: %s\n", qPrintable(host.instanceLock().refusalMessage()));
        co_return Failure;
    case WorkspaceHost::Opening::TrainingElsewhere:
        std::fprintf(stderr, "retrainer: a training started from the command line (pid %lld) is still running in %s; "
                             "start the daemon when it has finished\n", host.trainingHolder(), qPrintable(host.directory()));
        co_return Failure;
    }

    QFile log(host.directory() + QStringLiteral("/retrainer.log"));
    if (log.open(QIODevice::Append | QIODevice::Text))
        g_log = &log;
    qInstallMessageHandler(logMessage);
    qInfo("Retrainer %s runs headless for %s (pid %lld)", qPrintable(QCoreApplication::applicationVersion()),
          qPrintable(host.directory()), QCoreApplication::applicationPid());
    if (host.interruptedRuns() > 0)
        qWarning("%d run(s) left unfinished by an earlier stop were marked interrupted", host.interruptedRuns());

    StopSignals stop;
    // RETRAINER_TIME_SCALE=N (tests only): the scheduler's time runs N times faster than real time.
    const double timeScale = qEnvironmentVariableIsSet("RETRAINER_TIME_SCALE")
                                 ? qEnvironmentVariable("RETRAINER_TIME_SCALE").toDouble() : 0.0;
    std::unique_ptr<Clock> clock;
    if (timeScale > 1.0) {
        clock = std::make_unique<ScaledClock>(timeScale);
        qWarning("time runs %g times faster than real time (RETRAINER_TIME_SCALE): for tests only", timeScale);
    }
    Engine& engine = host.createEngine(std::move(clock));
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

    Workspace* ws = host.workspace();
    const auto handle = [ws, &engine](CommandRequest request) -> QCoro::Task<CommandResponse> {
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
    };
    QString error;
    if (!host.listenForCommands(handle, &error)) {
        qCritical("cannot listen for commands: %s", qPrintable(error));
        co_return Failure;
    }
    if (!options.api.isEmpty()) {
        try {
            const auto listen = parseListenAddress(options.api);
            const quint16 bound = host.startApi(listen.first, listen.second, options.apiAllowRemote, options.apiMaxBodyBytes);
            qInfo("HTTP API listening on http://%s:%u (events: ws://%s:%u/api/v1/events)",
                  qPrintable(listen.first.toString()), bound, qPrintable(listen.first.toString()), bound);
        } catch (const Error& e) {
            qCritical("%s", qPrintable(e.message()));
            co_return Failure;
        }
    }

    co_await host.startEngine();
    for (const auto& moment : automation.scheduler().upcoming())
        if (moment.when.isValid())
            qInfo("next for %s: %s at %s", qPrintable(moment.model), qPrintable(moment.description),
                  qPrintable(moment.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));

    if (!stop.requested())
        co_await nextSignal(&stop, &StopSignals::stopRequested);
    qInfo("stopping: a running training is cancelled and recorded");
    co_await host.stop();
    qInfo("stopped");
    qInstallMessageHandler(nullptr);
    g_log = nullptr;
    co_return Ok;
}

} // namespace retrainer::cli
