#include "automation.h"
#include "automation_actions.h"
#include "error.h"
#include "model_lock.h"
#include "on_worker.h"
#include "runner.h"
#include "trigger_claims.h"
#include "workspace.h"
#include <QPointer>

namespace retrainer {

using json = nlohmann::json;

namespace {

const QString kStateName = QStringLiteral("scheduler");
const QString kPauseName = QStringLiteral("automation");

// The store's name of the trigger `kind` claims, empty for a kind that claims nothing (a person's request, a
// performance check): a missed moment caught up is the same moment as the scheduled one.
QString claimedSchedule(TriggerKind kind)
{
    switch (kind) {
    case TriggerKind::Schedule:
    case TriggerKind::CatchUp:
        return toString(TriggerKind::Schedule);
    case TriggerKind::Conditional:
        return toString(TriggerKind::Conditional);
    default:
        return {};
    }
}

// On a shared store: true when this instance claimed the moment (or the `rows` new rows) `due` answers, false
// when another instance already started a run for it. A statement on the store: run on a worker.
bool claimed(Store& store, const DueRun& due, qint64 rows, qint64 minNew)
{
    TriggerClaims claims(store);
    try {
        if (due.kind == TriggerKind::Data)
            return claims.claimNewRows(due.model, rows, minNew);
        return claims.claimMoment(due.model, claimedSchedule(due.kind), due.scheduledFor);
    } catch (const Error& e) { // the model's training lock still keeps two runs from overlapping
        qWarning("%s; starting the run anyway", qPrintable(e.message()));
        return true;
    }
}

} // namespace

Automation::Automation(Workspace& workspace, Runner& runner, AutomationActions& actions, const Clock& clock,
                       WorkerPool& workers, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_actions(actions), m_scheduler(clock), m_alerts(workspace.store()),
      m_rows(workspace, clock, workers), m_expiry(workspace, clock, m_alerts),
      m_performance(workspace, workers, actions, m_alerts), m_drift(workspace, clock, workers, m_alerts),
      m_runAlerts(workspace.store(), m_alerts), m_workers(workers)
{
    connect(&m_alerts, &AlertRaiser::alertRaised, this, &Automation::alertRaised);
    connect(&m_scheduler, &Scheduler::due, this, [this](const DueRun& due) { onDue(due); });
    connect(&m_scheduler, &Scheduler::stateChanged, this, &Automation::saveState);
    connect(&m_scheduler, &Scheduler::performanceCheckDue, this, &Automation::onPerformanceCheckDue);
    connect(&m_scheduler, &Scheduler::alertRaised, this, [this](const Alert& alert) {
        raise(alert.model, alert.severity,
              alert.text.contains(QLatin1String("missed")) ? QStringLiteral("missed-runs") : QStringLiteral("performance"),
              alert.text);
    });
    connect(&runner, &Runner::runRecorded, this, &Automation::onRunRecorded);
    connect(&runner, &Runner::runCoalesced, this, [this](qint64 id, const QString&, const QString& trigger) {
        m_runKinds[id].push_back(triggerKindFromString(trigger).value_or(TriggerKind::Manual));
    });
    connect(&runner, &Runner::runTimedOut, this, [this](qint64 id, const QString& model, qint64 limit) {
        m_runAlerts.runTimedOut(id, model, limit);
    });
    connect(&m_rows, &NewRowWatch::changed, this, [this](const QString& model) { refreshModel(model); });
    connect(&m_rows, &NewRowWatch::sourceUnreadable, this, [this](const QString& model, const QString& error) {
        raise(model, QStringLiteral("warning"), QStringLiteral("source-unreadable"),
              QStringLiteral("the source of '%1' cannot be read: %2").arg(model, error));
    });
}

Automation::~Automation() { saveState(); }

QCoro::Task<> Automation::start()
{
    const std::vector<ModelConfig> models = m_workspace.models();
    QPointer<Automation> guard(this);
    const std::vector<NewRowWatch::Count> counts = co_await m_rows.count(models);
    if (!guard)
        co_return;
    std::vector<ModelFacts> facts;
    for (size_t i = 0; i < models.size(); ++i)
        facts.push_back(factsFor(models[i], counts[i]));
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
    m_rows.start();
    m_expiry.start();
}

ModelFacts Automation::factsFor(const ModelConfig& model, const NewRowWatch::Count& count)
{
    ModelFacts facts;
    facts.model = model.name;
    facts.triggers = model.triggers;
    m_rows.fillFacts(facts, model, count);
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
    const ModelConfig model = *config;
    QPointer<Automation> guard(this); // the automation may be gone when the count comes back
    std::vector<ModelConfig> one{model}; // named: GCC 12 rejects a braced list as a coroutine's argument here
    const std::vector<NewRowWatch::Count> counts = co_await m_rows.count(std::move(one));
    if (!guard)
        co_return;
    if (m_started)
        m_scheduler.updateModel(factsFor(model, counts.front()));
    Q_EMIT modelRefreshed(name);
}

QCoro::Task<> Automation::setPaused(QString model, bool paused)
{
    std::shared_ptr<PauseWrites> writes = m_pauseWrites;
    Workspace* ws = &m_workspace;
    QPointer<Automation> guard(this);
    if (model.isEmpty()) {
        m_scheduler.setPausedAll(paused); // at once; the saved setting follows on a worker
        {
            QMutexLocker lock(&writes->mutex);
            writes->all = paused;
        }
        // Each write saves the latest wish, so two quick clicks never leave the first one saved.
        auto saving = [ws, writes] {
            QMutexLocker lock(&writes->mutex);
            StateDocuments(ws->store()).save(kPauseName, {{"paused_all", *writes->all}});
            return true;
        };
        co_await onWorker(m_workers, std::move(saving));
        co_return;
    }
    m_workspace.requireModel(model); // throws Error for an unknown model
    {
        QMutexLocker lock(&writes->mutex);
        writes->models.insert(model, paused);
    }
    auto saving = [ws, writes, model] { // workspace.json, or the shared store that tells the other instances
        QMutexLocker lock(&writes->mutex);
        ModelConfig config = ws->requireModel(model);
        config.triggers.paused = writes->models.value(model);
        ws->updateModel(config);
        return true;
    };
    co_await onWorker(m_workers, std::move(saving));
    if (guard && m_started)
        co_await refreshModel(model);
}

QCoro::Task<> Automation::onDue(DueRun due)
{
    const auto model = m_workspace.model(due.model);
    if (!model)
        co_return;
    RunRequest request;
    request.model = due.model;
    request.trigger = toString(due.kind);
    request.reason = due.reason;
    request.timeLimitSecs = model->triggers.maxTrainingSecs;
    // A scheduled full retrain on unchanged data is skipped (when configured); other triggers mean new data.
    request.force = !model->triggers.skipUnchangedData;
    QPointer<Automation> guard(this);
    bool ours = true;
    if (due.kind == TriggerKind::Data || !claimedSchedule(due.kind).isEmpty()) {
        Store* store = &m_workspace.store();
        auto claiming = [store, due, rows = m_rows.lastRows(due.model), minNew = model->triggers.data.minNew] {
            return claimed(*store, due, rows, minNew);
        };
        ours = co_await onWorker(m_workers, std::move(claiming));
        if (!guard)
            co_return;
    }
    if (!ours) {
        qInfo("the %s trigger of '%s' was answered by another instance sharing the store: not started here",
              qPrintable(toString(due.kind)), qPrintable(due.model));
        m_scheduler.runFinished(due.model, due.kind, true);
        co_return;
    }
    QString failed;
    bool elsewhere = false;
    try {
        const qint64 id = co_await m_actions.startAutomaticRun(request);
        if (guard)
            m_runKinds[id].push_back(due.kind);
    } catch (const TrainedElsewhere& e) {
        // Every instance sharing the store sees the same moment come due; the one that trains is enough.
        qInfo("%s", qPrintable(e.message()));
        elsewhere = true;
    } catch (const Error& e) {
        failed = e.message().isEmpty() ? QStringLiteral("failed") : e.message();
    }
    if (!guard)
        co_return;
    if (elsewhere) {
        m_scheduler.runFinished(due.model, due.kind, true);
    } else if (!failed.isEmpty()) {
        raise(due.model, QStringLiteral("critical"), QStringLiteral("run-failed"),
              QStringLiteral("a %1 run of '%2' could not start: %3").arg(request.trigger, due.model, failed));
        m_scheduler.runFinished(due.model, due.kind, false);
    }
}

void Automation::onRunRecorded(const RunRecord& run)
{
    if (!m_started)
        return; // an engine opened for one command (not started) leaves alerts and counting to the daemon
    auto kinds = m_runKinds.take(run.id);
    if (kinds.empty()) // started by a person (CLI, GUI) through the same runner
        kinds.push_back(TriggerKind::Manual);
    const bool succeeded = run.state == RunState::Promoted || run.state == RunState::AwaitingApproval;
    for (TriggerKind kind : kinds)
        m_scheduler.runFinished(run.model, kind, succeeded);
    m_runAlerts.runRecorded(run);
    refreshModel(run.model);
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

QCoro::Task<> Automation::checkPerformance(QString model)
{
    QPointer<Automation> guard(this);
    const std::optional<double> score = co_await m_performance.check(model);
    if (!guard || !score)
        co_return;
    m_liveScores[model] = *score;
    m_scheduler.performanceChecked(model, *score);
}

void Automation::saveState()
{
    if (!m_started)
        return;
    std::shared_ptr<StateWrites> writes = m_stateWrites;
    {
        QMutexLocker lock(&writes->mutex);
        writes->latest = m_scheduler.saveState();
    }
    Store* store = &m_workspace.store(); // the workspace outlives the engine and its workers
    m_workers.post([writes, store] {
        QMutexLocker lock(&writes->mutex); // a write holds it: the one after saves the state taken last
        if (!writes->latest)
            return; // an earlier job saved it already
        try {
            StateDocuments(*store).save(kStateName, *writes->latest);
        } catch (const Error& e) {
            qWarning("the scheduler's state could not be saved: %s", qPrintable(e.message()));
        }
        writes->latest.reset();
    });
}

} // namespace retrainer
