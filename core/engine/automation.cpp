#include "automation.h"
#include "model_lock.h"
#include "trigger_claims.h"
#include "dataset.h"
#include "error.h"
#include "metrics.h"
#include "runner.h"
#include "slow_run_rule.h"
#include "source.h"
#include "source_loader.h"
#include "workspace.h"
#include <QCoroFuture>
#include <QFile>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace retrainer {

using json = nlohmann::json;

namespace {

const QString kStateName = QStringLiteral("scheduler");
const QString kPauseName = QStringLiteral("automation");

// Rows in the source when the active version was trained: what "new since the last successful run" counts from.
qint64 baselineRows(Workspace& workspace, const QString& model)
{
    const auto active = workspace.registry().active(model);
    if (!active)
        return 0;
    const auto& m = active->metadata;
    if (m.contains("source_rows"))
        return m["source_rows"].get<qint64>();
    return m.value("train_size", qint64(0)) + m.value("holdout_size", qint64(0)) + m.value("rows_rejected", qint64(0));
}

qint64 countRows(Workspace& workspace, const ModelConfig& model)
{
    const SourceUri source = SourceUri::parse(model.source, workspace.directory());
    if (source.kind == SourceUri::Kind::Sqlite)
        return countSqliteRows(source.path, source.table, source.query); // polled every minute: let SQLite count
    if (source.kind == SourceUri::Kind::Postgres)
        return countPostgresRows(source.path, source.table, source.query); // the server counts
    if (source.kind == SourceUri::Kind::Store)
        return workspace.store().sampleCount(model.name);
    const RawTable table = loadSourceRows(model.source, workspace.directory(), workspace.store(), model.name);
    return qint64(table.rows.size() + table.rejected.size());
}

std::optional<TriggerKind> kindOf(const QString& trigger)
{
    return triggerKindFromString(trigger);
}

} // namespace

Automation::Automation(Workspace& workspace, Runner& runner, const Clock& clock, WorkerPool* workers, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_runner(runner), m_clock(clock), m_scheduler(clock), m_alerts(workspace.store()),
      m_workers(workers)
{
    if (!m_workers) {
        m_ownWorkers = std::make_unique<WorkerPool>();
        m_workers = m_ownWorkers.get();
    }
    m_poll.setInterval(std::chrono::seconds(60));
    m_expiry.setInterval(std::chrono::hours(1));
    connect(&m_expiry, &QTimer::timeout, this, &Automation::expireApprovals);
    connect(&m_scheduler, &Scheduler::due, this, &Automation::onDue);
    connect(&m_scheduler, &Scheduler::stateChanged, this, &Automation::saveState);
    connect(&m_scheduler, &Scheduler::performanceCheckDue, this, &Automation::onPerformanceCheckDue);
    connect(&m_scheduler, &Scheduler::alertRaised, this, [this](const Alert& alert) {
        raise(alert.model, alert.severity,
              alert.text.contains(QLatin1String("missed")) ? QStringLiteral("missed-runs") : QStringLiteral("performance"),
              alert.text);
    });
    connect(&m_runner, &Runner::runRecorded, this, &Automation::onRunRecorded);
    connect(&m_runner, &Runner::runCoalesced, this, [this](qint64 id, const QString&, const QString& trigger) {
        m_runKinds[id].push_back(kindOf(trigger).value_or(TriggerKind::Manual));
    });
    connect(&m_runner, &Runner::runTimedOut, this, [this](qint64 id, const QString& model, qint64 limit) {
        raise(model, QStringLiteral("critical"), QStringLiteral("timed-out"),
              QStringLiteral("run %1 was stopped after the maximum training time (%2); the active version stays in service")
                  .arg(id).arg(formatDuration(limit)));
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString& path) {
        for (const auto& m : m_workspace.models())
            if ((m.source.startsWith(QLatin1String("csv:")) || m.source.startsWith(QLatin1String("jsonl:")))
                && SourceUri::parse(m.source, m_workspace.directory()).path == path)
                refreshModel(m.name);
        if (QFile::exists(path) && !m_watcher.files().contains(path))
            m_watcher.addPath(path); // editors and exporters replace the file: watch the new one
    });
    connect(&m_poll, &QTimer::timeout, this, [this] {
        for (const auto& m : m_workspace.models())
            if (m.source.startsWith(QLatin1String("sqlite:")))
                refreshModel(m.name);
    });
}

Automation::~Automation() { saveState(); }

void Automation::setSourcePollInterval(std::chrono::milliseconds interval) { m_poll.setInterval(interval); }

QCoro::Task<> Automation::start()
{
    const std::vector<ModelConfig> models = m_workspace.models();
    Workspace* ws = &m_workspace;
    // Named futures: GCC 12 destroys a lambda temporary inside a co_await expression twice.
    auto counting = QtConcurrent::run(m_workers->threads(), [ws, models] {
        std::vector<Counts> out;
        for (const auto& m : models) {
            Counts c;
            try {
                c.rows = countRows(*ws, m);
            } catch (const Error& e) {
                c.error = e.message();
            }
            out.push_back(c);
        }
        return out;
    });
    QPointer<Automation> guard(this);
    const auto counts = co_await counting;
    if (!guard)
        co_return;
    std::vector<ModelFacts> facts;
    for (size_t i = 0; i < models.size(); ++i) {
        applyCounts(models[i], counts[i]);
        facts.push_back(factsFor(models[i], counts[i]));
    }
    m_scheduler.setModels(std::move(facts));
    try {
        const json saved = StateDocuments(m_workspace.store()).load(kStateName);
        if (!saved.is_null())
            m_scheduler.restoreState(saved);
        const json pause = StateDocuments(m_workspace.store()).load(kPauseName);
        if (pause.is_object())
            m_scheduler.setPausedAll(pause.value("paused_all", false));
    } catch (const Error& e) {
        qWarning("the scheduler's saved state could not be read (%s); starting afresh", qPrintable(e.message()));
    }
    m_scheduler.startUp();
    m_started = true;
    watchSources();
    m_poll.start();
    expireApprovals();
    m_expiry.start();
}

int Automation::expireApprovals()
{
    try {
        const auto expired = m_workspace.registry().expireApprovals(m_clock.now());
        for (const auto& v : expired)
            raise(v.model, QStringLiteral("warning"), QStringLiteral("approval-expired"),
                  QStringLiteral("version %1 of '%2' waited for approval until %3 and expired; the active version stays "
                                 "in service").arg(v.version).arg(v.model, QString::fromStdString(v.approval.value("expires", std::string()))));
        return int(expired.size());
    } catch (const Error& e) {
        qWarning("approval requests could not be checked for expiry: %s", qPrintable(e.message()));
        return 0;
    }
}

void Automation::watchSources()
{
    for (const auto& m : m_workspace.models()) {
        if (!m.source.startsWith(QLatin1String("csv:")) && !m.source.startsWith(QLatin1String("jsonl:")))
            continue; // files are watched; SQLite is polled, the store is told
        const QString path = SourceUri::parse(m.source, m_workspace.directory()).path;
        if (QFile::exists(path) && !m_watcher.files().contains(path))
            m_watcher.addPath(path);
    }
}

void Automation::applyCounts(const ModelConfig& model, const Counts& counts)
{
    if (counts.rows < 0) {
        if (m_unreadable.value(model.name) != counts.error) {
            m_unreadable.insert(model.name, counts.error);
            raise(model.name, QStringLiteral("warning"), QStringLiteral("source-unreadable"),
                  QStringLiteral("the source of '%1' cannot be read: %2").arg(model.name, counts.error));
        }
        return;
    }
    m_unreadable.remove(model.name);
    auto last = m_lastRows.find(model.name);
    if (last != m_lastRows.end() && counts.rows > last->second) {
        auto& arrivals = m_arrivals[model.name];
        arrivals.insert(arrivals.end(), size_t(counts.rows - last->second), m_clock.now());
        const QDateTime keepFrom = m_clock.now().addSecs(-model.triggers.data.windowSecs);
        std::erase_if(arrivals, [&](const QDateTime& t) { return t < keepFrom; });
    }
    m_lastRows[model.name] = counts.rows;
}

ModelFacts Automation::factsFor(const ModelConfig& model, const Counts& counts)
{
    ModelFacts facts;
    facts.model = model.name;
    facts.triggers = model.triggers;
    if (counts.rows >= 0)
        facts.samplesSinceLastSuccess = std::max<qint64>(0, counts.rows - baselineRows(m_workspace, model.name));
    facts.recentSampleTimes = m_arrivals[model.name];
    facts.liveScore = m_liveScores[model.name];
    return facts;
}

QCoro::Task<> Automation::refreshModel(QString name)
{
    const auto config = m_workspace.model(name);
    if (!config) {
        m_scheduler.removeModel(name);
        co_return;
    }
    Workspace* ws = &m_workspace;
    const ModelConfig model = *config;
    auto counting = QtConcurrent::run(m_workers->threads(), [ws, model] {
        Counts c;
        try {
            c.rows = countRows(*ws, model);
        } catch (const Error& e) {
            c.error = e.message();
        }
        return c;
    });
    QPointer<Automation> guard(this); // the automation may be gone when the count comes back
    const Counts counts = co_await counting;
    if (!guard)
        co_return;
    applyCounts(model, counts);
    if (m_started)
        m_scheduler.updateModel(factsFor(model, counts));
    Q_EMIT modelRefreshed(name);
}

void Automation::setPaused(const QString& model, bool paused)
{
    if (model.isEmpty()) {
        m_scheduler.setPausedAll(paused);
        StateDocuments(m_workspace.store()).save(kPauseName, {{"paused_all", paused}});
        return;
    }
    ModelConfig config = m_workspace.requireModel(model);
    config.triggers.paused = paused;
    m_workspace.updateModel(config);
    if (m_started)
        refreshModel(model);
}

void Automation::onDue(const DueRun& due)
{
    const auto model = m_workspace.model(due.model);
    if (!model)
        return;
    RunRequest request;
    request.model = due.model;
    request.trigger = toString(due.kind);
    request.reason = due.reason;
    request.timeLimitSecs = model->triggers.maxTrainingSecs;
    // A scheduled full retrain on unchanged data is skipped (when configured); other triggers mean new data.
    request.force = !model->triggers.skipUnchangedData;
    if (!claimed(due, *model)) {
        qInfo("the %s trigger of '%s' was answered by another instance sharing the store: not started here",
              qPrintable(toString(due.kind)), qPrintable(due.model));
        m_scheduler.runFinished(due.model, due.kind, true);
        return;
    }
    try {
        const qint64 id = m_runner.start(request);
        m_runKinds[id].push_back(due.kind);
    } catch (const TrainedElsewhere& e) {
        // Every instance sharing the store sees the same moment come due; the one that trains is enough.
        qInfo("%s", qPrintable(e.message()));
        m_scheduler.runFinished(due.model, due.kind, true);
    } catch (const Error& e) {
        raise(due.model, QStringLiteral("critical"), QStringLiteral("run-failed"),
              QStringLiteral("a %1 run of '%2' could not start: %3").arg(request.trigger, due.model, e.message()));
        m_scheduler.runFinished(due.model, due.kind, false);
    }
}

bool Automation::claimed(const DueRun& due, const ModelConfig& model)
{
    TriggerClaims claims(m_workspace.store());
    try {
        switch (due.kind) {
        case TriggerKind::Data: {
            const auto rows = m_lastRows.find(due.model);
            return claims.claimNewRows(due.model, rows == m_lastRows.end() ? 0 : rows->second, model.triggers.data.minNew);
        }
        case TriggerKind::Schedule:
        case TriggerKind::CatchUp: // a missed moment caught up is the same moment
            return claims.claimMoment(due.model, toString(TriggerKind::Schedule), due.scheduledFor);
        case TriggerKind::Conditional:
            return claims.claimMoment(due.model, toString(TriggerKind::Conditional), due.scheduledFor);
        default:
            return true;
        }
    } catch (const Error& e) { // the model's training lock still keeps two runs from overlapping
        qWarning("%s; starting the run anyway", qPrintable(e.message()));
        return true;
    }
}

void Automation::onRunRecorded(const RunRecord& run)
{
    const qint64 runId = run.id;
    const QString model = run.model;
    if (!m_started)
        return; // an engine opened for one command (not started) leaves alerts and counting to the daemon
    auto kinds = m_runKinds.take(runId);
    if (kinds.empty()) // started by a person (CLI, GUI) through the same runner
        kinds.push_back(TriggerKind::Manual);
    const bool succeeded = run.state == RunState::Promoted || run.state == RunState::AwaitingApproval;
    for (TriggerKind kind : kinds)
        m_scheduler.runFinished(model, kind, succeeded);

    if (run.state == RunState::Failed)
        raise(model, QStringLiteral("critical"), QStringLiteral("run-failed"),
              QStringLiteral("run %1 of '%2' failed: %3").arg(runId).arg(model, run.error));
    if (run.startedAt.isValid() && run.finishedAt.isValid()) {
        std::vector<qint64> durations; // the model's other finished runs, newest first
        for (const auto& r : m_workspace.store().runs(model, SlowRunRule::history + 1))
            if (r.id != runId && r.startedAt.isValid() && r.finishedAt.isValid() && r.state != RunState::Skipped)
                durations.push_back(r.startedAt.msecsTo(r.finishedAt));
        const qint64 took = run.startedAt.msecsTo(run.finishedAt);
        if (const auto usual = SlowRunRule::usualMs(durations); usual && SlowRunRule::isSlow(took, *usual))
            raise(model, QStringLiteral("warning"), QStringLiteral("slow-run"),
                  SlowRunRule::alertText(runId, model, took, *usual));
    }
    refreshModel(model);
}

void Automation::onPerformanceCheckDue(const QString& name)
{
    if (m_checking.contains(name)) {
        qInfo("the checks of '%s' are due again while the previous ones still run: skipped this time", qPrintable(name));
        return;
    }
    m_checking.insert(name);
    runChecks(name);
}

QCoro::Task<> Automation::runChecks(QString model)
{
    QPointer<Automation> guard(this);
    try {
        co_await checkPerformance(model);
        if (guard)
            co_await checkDrift(model);
    } catch (const std::exception& e) { // the checks report their own errors; anything else must not stop them for good
        qWarning("the checks of '%s' failed: %s", qPrintable(model), e.what());
    }
    if (guard)
        m_checking.remove(model);
}

QCoro::Task<> Automation::checkPerformance(QString name)
{
    const auto model = m_workspace.model(name);
    if (!model || !m_workspace.registry().active(name))
        co_return;
    Workspace* ws = &m_workspace;
    const ModelConfig config = *model;
    QPointer<Automation> guard(this);
    auto scoring = QtConcurrent::run(m_workers->threads(), [ws, config]() -> std::pair<LiveScores, QString> {
        try {
            const auto replaced = config.gate.autoRollback ? replacedByPromotion(*ws, config.name) : std::nullopt;
            return {scoreLiveWindow(*ws, config, config.triggers.performance.windowRows, replaced), QString()};
        } catch (const Error& e) {
            return {LiveScores(), e.message()};
        }
    });
    // A named result, not `auto [a, b] = co_await f;`: GCC miscompiles the hidden object of a structured
    // binding initialised by co_await (its destructor can run on memory never constructed).
    const auto outcome = co_await scoring;
    const auto& scores = outcome.first;
    const auto& error = outcome.second;
    if (!guard)
        co_return;
    if (!error.isEmpty()) {
        qWarning("performance check of '%s' failed: %s", qPrintable(config.name), qPrintable(error));
        co_return;
    }
    if (!scores.active)
        co_return;
    double score = *scores.active;
    const QString metric = config.effectivePrimaryMetric();
    const double worseBy = !scores.previous ? 0.0
                           : Metrics::higherIsBetter(metric) ? *scores.previous - *scores.active
                                                             : *scores.active - *scores.previous;
    if (scores.previous && worseBy > config.gate.rollbackMargin) {
        const int from = scores.activeVersion;
        const int to = *scores.previousVersion;
        const QString reason = QStringLiteral("version %1 scored %2 %3 on the newest %4 rows, version %5 scored %6: worse by "
                                              "more than the rollback margin %7")
                                   .arg(from).arg(metric).arg(*scores.active, 0, 'f', 4).arg(scores.rows).arg(to)
                                   .arg(*scores.previous, 0, 'f', 4).arg(config.gate.rollbackMargin);
        auto rollingBack = QtConcurrent::run(m_workers->threads(), [ws, name = config.name, to]() -> QString {
            try {
                (void)ws->registry().rollback(name, to);
                return {};
            } catch (const Error& e) {
                return e.message();
            }
        });
        const QString failed = co_await rollingBack;
        if (!guard)
            co_return;
        if (failed.isEmpty()) {
            raise(config.name, QStringLiteral("critical"), QStringLiteral("auto-rollback"),
                  QStringLiteral("'%1' was rolled back automatically to version %2: %3").arg(config.name).arg(to).arg(reason));
            Q_EMIT rolledBack(config.name, from, to, reason);
            score = *scores.previous;
        } else {
            raise(config.name, QStringLiteral("critical"), QStringLiteral("auto-rollback"),
                  QStringLiteral("'%1' should be rolled back (%2) but version %3 cannot be restored: %4")
                      .arg(config.name, reason).arg(to).arg(failed));
        }
    }
    m_liveScores[config.name] = score;
    m_workspace.store().addEvent(config.name, std::nullopt, QStringLiteral("PERFORMANCE_CHECKED"),
                                 {{"score", score}, {"threshold", config.triggers.performance.threshold},
                                  {"previous", scores.previous ? json(*scores.previous) : json(nullptr)}});
    m_scheduler.performanceChecked(config.name, score);
}

void Automation::raise(const QString& model, const QString& severity, const QString& kind, const QString& text)
{
    try {
        const qint64 id = m_alerts.raise(model, severity, kind, text);
        const auto records = m_alerts.alerts(model, false, 1);
        qWarning("alert %lld [%s] %s: %s", id, qPrintable(severity), qPrintable(model), qPrintable(text));
        if (!records.empty())
            Q_EMIT alertRaised(records.front());
    } catch (const Error& e) {
        qWarning("could not record an alert for '%s' (%s): %s", qPrintable(model), qPrintable(text), qPrintable(e.message()));
    }
}

void Automation::saveState()
{
    if (!m_started)
        return;
    try {
        StateDocuments(m_workspace.store()).save(kStateName, m_scheduler.saveState());
    } catch (const Error& e) {
        qWarning("the scheduler's state could not be saved: %s", qPrintable(e.message()));
    }
}

} // namespace retrainer
