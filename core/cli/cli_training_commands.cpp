// train, status, history.
#include "cli_context.h"
#include "cli_output.h"
#include "engine.h"
#include "model_status.h"
#include "error.h"
#include "metric_words.h"
#include "metrics.h"
#include "runner.h"
#include "stop_signals.h"
#include <QCoreApplication>
#include <QScopeGuard>
#include <QThread>
#include <cstdio>
#include <unistd.h>

namespace retrainer::cli {

using json = nlohmann::json;

namespace {

QString outcomeLine(const RunRecord& run, const ModelConfig& model)
{
    const QString metric = model.effectivePrimaryMetric();
    QString line = QStringLiteral("%1: run %2 %3").arg(run.model).arg(run.id).arg(toString(run.state));
    if (run.version)
        line += QStringLiteral(" as version %1").arg(*run.version);
    if (!run.metrics.empty())
        line += QStringLiteral(" (%1 %2 on %3 holdout rows)")
                    .arg(metric, formatMetric(run.metrics, metric))
                    .arg(run.metrics.value("count", 0));
    line += QStringLiteral("; %1 rows used, %2 rejected").arg(run.rowsUsed).arg(run.rowsRejected);
    if (!run.error.isEmpty())
        line += QStringLiteral("\n  %1").arg(run.error);
    else if (run.gate.contains("summary"))
        line += QStringLiteral("\n  %1").arg(QString::fromStdString(run.gate["summary"].get<std::string>()));
    return line;
}

void printRejected(Context& context, const RunRecord& run)
{
    if (run.rowsRejected == 0)
        return;
    context.out.line(QStringLiteral("  rejected rows (first %1 of %2):").arg(run.rejectedReasons.size()).arg(run.rowsRejected));
    for (const auto& r : run.rejectedReasons)
        context.out.line(QStringLiteral("    %1: %2").arg(QString::fromStdString(r.value("where", std::string())),
                                                    QString::fromStdString(r.value("reason", std::string()))));
}

} // namespace

QCoro::Task<int> trainCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("all"), QStringLiteral("Train every model.")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Train even when the data is unchanged.")});
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Train and evaluate; promote nothing.")});
    const QString synopsis = QStringLiteral("train NAME|--all [--force] [--dry-run]");
    if (!parseArguments(parser, context, 0, 0, 1, synopsis))
        co_return Usage;
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all == !parser.positionalArguments().isEmpty()) {
        context.out.error(QStringLiteral("name one model or give --all\nusage: retrainer ") + synopsis);
        co_return Usage;
    }
    Workspace& workspace = context.openWorkspace();
    std::vector<ModelConfig> models;
    if (all)
        models = workspace.models();
    else
        models.push_back(workspace.requireModel(parser.positionalArguments().first()));

    // Inside the daemon or the GUI the command uses the running engine; otherwise this process trains.
    std::unique_ptr<StopSignals> stop;
    if (!context.engine) {
        qint64 holder = 0;
        if (!workspace.acquireTrainingLock(&holder, 5000))
            throw Error(QStringLiteral("another Retrainer process (pid %1) is training in %2; try again when it has finished")
                            .arg(holder).arg(workspace.directory()));
        workspace.store().markUnfinishedRunsInterrupted(); // we hold the lock: nothing else is training
        stop = std::make_unique<StopSignals>();
        Runner* runner = &context.openEngine().runner();
        QObject::connect(stop.get(), &StopSignals::stopRequested, runner, [&context, runner] {
            context.out.error(QStringLiteral("stopping: cancelling the run (the active version stays in service)"));
            runner->cancelAll();
        });
    }
    Engine& engine = context.openEngine();
    Runner& runner = engine.runner();
    const bool tty = context.out.isTerminal() && isatty(fileno(stderr)) && !context.json;
    const QMetaObject::Connection progress = QObject::connect(
        &runner, &Runner::runProgress, &runner,
        [&context, tty, last = QString()](qint64, const QString& model, const QString& phase, double f) mutable {
            if (tty)
                context.out.progress(QStringLiteral("\r\033[K%1: %2 %3%").arg(model, phase).arg(int(f * 100), 3));
            else if (phase != last)
                context.out.progress(QStringLiteral("%1: %2\n").arg(model, phase));
            last = phase;
        });
    auto disconnect = qScopeGuard([progress] { QObject::disconnect(progress); });

    // Every run is queued first; when this process trains, --all lets one run per core train at once (inside a
    // running engine its own setting holds). Outcomes are printed in the models' order as each completes.
    if (all && stop)
        runner.setParallelRuns(QThread::idealThreadCount());
    std::vector<qint64> ids;
    for (const auto& model : models) {
        RunRequest request;
        request.model = model.name;
        request.force = parser.isSet(QStringLiteral("force"));
        request.dryRun = parser.isSet(QStringLiteral("dry-run"));
        auto starting = engine.train(std::move(request), context.user);
        ids.push_back(co_await starting);
    }
    int exit = Ok;
    json results = json::array();
    for (size_t i = 0; i < models.size(); ++i) {
        const RunRecord run = co_await runner.waitFor(ids[i]);
        if (tty)
            context.out.progress(QStringLiteral("\r\033[K"));
        if (run.state == RunState::Failed || run.state == RunState::Cancelled || run.state == RunState::Interrupted)
            exit = Failure;
        if (context.json) {
            results.push_back(run.toJson());
        } else {
            context.out.line(outcomeLine(run, models[i]));
            printRejected(context, run);
        }
    }
    if (context.json)
        context.out.json(all ? results : results.at(0));
    co_return exit;
}

QCoro::Task<int> statusCommand(Context& context)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, context, 0, 0, 1, QStringLiteral("status [NAME] [--json]")))
        co_return Usage;
    Workspace& workspace = context.openWorkspace();
    workspace.recoverInterruptedRuns();
    std::vector<ModelConfig> models;
    if (parser.positionalArguments().isEmpty())
        models = workspace.models();
    else
        models.push_back(workspace.requireModel(parser.positionalArguments().first()));

    json out = json::array();
    std::vector<QStringList> rows;
    int awaiting = 0;
    for (const auto& m : models) {
        const ModelSnapshot snapshot = loadModelSnapshot(workspace, m);
        const auto& active = snapshot.active;
        const auto& last = snapshot.lastRun;
        const ModelHealth health = conditionOf(snapshot); // whether it trains now: LAST RUN

        const QString metric = m.effectivePrimaryMetric();
        const json metrics = active ? active->metadata.value("metrics", json::object()) : json::object();
        const auto pending = workspace.registry().pendingApprovals(m.name);
        const qint64 diskUse = workspace.registry().diskUse(m.name);
        awaiting += int(pending.size());
        json pendingVersions = json::array();
        for (const auto& v : pending)
            pendingVersions.push_back(v.version);
        json entry = {{"model", m.name.toStdString()}, {"group", m.group.toStdString()}, {"task", toString(m.task).toStdString()},
                      {"primary_metric", metric.toStdString()},
                      {"active_version", active ? json(active->version) : json(nullptr)},
                      {"health", healthKey(health).toStdString()},
                      {"awaiting_approval", pendingVersions}, {"disk_use", diskUse},
                      {"metrics", metrics}, {"last_run", last ? last->toJson() : json(nullptr)}};
        out.push_back(entry);
        rows.push_back({m.name, m.group, healthWords(health), active ? QString::number(active->version) : QStringLiteral("—"),
                        QStringLiteral("%1 %2").arg(metric, formatMetric(metrics, metric)),
                        last ? toString(last->state) : QStringLiteral("never"),
                        last ? localTime(last->finishedAt.isValid() ? last->finishedAt : last->queuedAt) : QStringLiteral("—"),
                        byteSize(diskUse)});
    }
    if (context.json) {
        context.out.json(parser.positionalArguments().isEmpty() ? out : out.at(0));
        co_return Ok;
    }
    context.out.line(QStringLiteral("Workspace %1").arg(workspace.directory()));
    context.out.table({QStringLiteral("MODEL"), QStringLiteral("GROUP"), QStringLiteral("HEALTH"), QStringLiteral("ACTIVE"), QStringLiteral("METRIC"),
                QStringLiteral("LAST RUN"), QStringLiteral("WHEN"), QStringLiteral("DISK USE")},
               rows);
    QStringList explained; // what each metric in the table means, once
    for (const auto& m : models)
        if (const QString metric = m.effectivePrimaryMetric(); !explained.contains(metric)) {
            explained << metric;
            context.out.line(QStringLiteral("  %1 = %2: %3").arg(metric, MetricWords::title(metric), MetricWords::meaning(metric)));
        }
    if (awaiting > 0)
        context.out.line(QStringLiteral("%1 candidate%2 awaiting approval (see `retrainer versions NAME`, then `retrainer approve` "
                                        "or `retrainer reject`)").arg(awaiting).arg(awaiting == 1 ? QString() : QStringLiteral("s")));
    co_return Ok;
}

QCoro::Task<int> historyCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("limit"), QStringLiteral("Show at most N runs."), QStringLiteral("N"), QStringLiteral("50")});
    if (!parseArguments(parser, context, 0, 1, 1, QStringLiteral("history NAME [--limit N] [--json]")))
        co_return Usage;
    const auto limit = positiveNumber(context, parser.value(QStringLiteral("limit")), QStringLiteral("--limit must be a positive number"));
    if (!limit)
        co_return Usage;
    Workspace& workspace = context.openWorkspace();
    workspace.recoverInterruptedRuns();
    const ModelConfig model = workspace.requireModel(parser.positionalArguments().first());
    const auto runs = workspace.store().runs(model.name, *limit);
    if (context.json) {
        json out = json::array();
        for (const auto& r : runs)
            out.push_back(r.toJson());
        context.out.json(out);
        co_return Ok;
    }
    const QString metric = model.effectivePrimaryMetric();
    std::vector<QStringList> rows;
    for (const auto& r : runs) {
        const double seconds = r.startedAt.isValid() && r.finishedAt.isValid() ? r.startedAt.msecsTo(r.finishedAt) / 1000.0 : 0;
        rows.push_back({QString::number(r.id), localTime(r.queuedAt), r.trigger + (r.dryRun ? QStringLiteral(" (dry run)") : QString()),
                        toString(r.state), r.version ? QString::number(*r.version) : QStringLiteral("—"),
                        formatMetric(r.metrics, metric), QString::number(r.rowsUsed), QString::number(r.rowsRejected),
                        QStringLiteral("%1 s").arg(seconds, 0, 'f', 1), r.error.left(60)});
    }
    context.out.table({QStringLiteral("RUN"), QStringLiteral("QUEUED"), QStringLiteral("TRIGGER"), QStringLiteral("STATE"),
                QStringLiteral("VERSION"), metric.toUpper(), QStringLiteral("ROWS"), QStringLiteral("REJECTED"),
                QStringLiteral("TIME"), QStringLiteral("NOTE")},
               rows);
    co_return Ok;
}

} // namespace retrainer::cli
