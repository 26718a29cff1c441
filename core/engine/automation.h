#pragma once
// What makes Retrainer automatic: the scheduler's decisions turned into runs, and the parts that keep what the
// scheduler knows current — new rows noticed (new_row_watch.h), approval expiry (approval_expiry.h), the
// performance check with the watch after promotion (performance_watch.h), drift (drift_watch.h), the alert
// rules over runs (run_outcome_alerts.h) — plus the scheduler's memory across restarts. Runs and rollbacks go
// through the Engine (automation_actions.h): the automation decides, the Engine acts. Owned by the Engine.
#include "alert_raiser.h"
#include "approval_expiry.h"
#include "clock.h"
#include "drift_watch.h"
#include "new_row_watch.h"
#include "performance_watch.h"
#include "run_outcome_alerts.h"
#include "run_record.h"
#include "scheduler.h"
#include "worker_pool.h"
#include <QCoroTask>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <map>
#include <memory>
#include <optional>

namespace retrainer {

class AutomationActions;
class Runner;
class Workspace;

class Automation : public QObject
{
    Q_OBJECT
public:
    // Slow work (counts, scores, drift, claims) runs on `workers`, which the owner (the engine) waits for before
    // it destroys this. `runner` is only watched (what its runs became); runs start through `actions`.
    Automation(Workspace& workspace, Runner& runner, AutomationActions& actions, const Clock& clock,
               WorkerPool& workers, QObject* parent = nullptr);
    ~Automation() override;

    // Counts every model's rows (on a worker thread), restores the saved state, catches up missed moments
    // and arms the scheduler. Completes when the scheduler runs.
    QCoro::Task<> start();

    Scheduler& scheduler() { return m_scheduler; }
    AlertLog& alerts() { return m_alerts.log(); }

    // Re-reads a model's configuration and counts its rows again (after an import or a settings change).
    QCoro::Task<> refreshModel(QString model);
    // Pause or resume one model (saved in workspace.json or the shared store) or, with an empty name,
    // everything: the scheduler pauses everything at once, the setting is saved on a worker. Throws Error
    // for an unknown model or a setting that cannot be saved.
    QCoro::Task<> setPaused(QString model, bool paused);
    bool pausedAll() const { return m_scheduler.pausedAll(); }
    // How often SQLite sources are counted for new rows.
    void setSourcePollInterval(std::chrono::milliseconds interval) { m_rows.setPollInterval(interval); }
    // The performance check (normally when the scheduler says it is due), see performance_watch.h.
    QCoro::Task<> checkPerformance(QString model);
    // Marks approval requests past their expiry (by the clock) "expired". Done at start and hourly.
    // Returns how many expired.
    int expireApprovals() { return m_expiry.expireNow(); }
    // Records an alert and emits alertRaised (used by the rules here and by the engine, e.g. a failing
    // alert channel). A store that cannot record it is logged, not thrown.
    void raise(const QString& model, const QString& severity, const QString& kind, const QString& text)
    {
        m_alerts.raise(model, severity, kind, text);
    }
    // The drift check, see drift_watch.h.
    QCoro::Task<> checkDrift(QString model) { return m_drift.check(std::move(model)); }

Q_SIGNALS:
    void alertRaised(const retrainer::AlertRecord& alert);
    void modelRefreshed(const QString& model);

private:
    ModelFacts factsFor(const ModelConfig& model, const NewRowWatch::Count& count);
    // Claims the trigger on a shared store (on a worker) and asks the Engine for the run.
    QCoro::Task<> onDue(DueRun due);
    void onRunRecorded(const RunRecord& run);
    void onPerformanceCheckDue(const QString& model);
    // The performance and drift checks of one model, one after the other; a check that comes due while the
    // previous one of the same model still runs is skipped, so slow checks never pile up.
    QCoro::Task<> runChecks(QString model);
    // Takes the scheduler's state here and saves it on a worker (the engine's pool, waited for at shutdown).
    void saveState();

    Workspace& m_workspace;
    AutomationActions& m_actions;
    Scheduler m_scheduler;
    AlertRaiser m_alerts;
    NewRowWatch m_rows;
    ApprovalExpiry m_expiry;
    PerformanceWatch m_performance;
    DriftWatch m_drift;
    RunOutcomeAlerts m_runAlerts;
    WorkerPool& m_workers;
    // The pause settings still to be saved, shared with the workers that save them (latest wish wins).
    struct PauseWrites
    {
        QMutex mutex;
        std::optional<bool> all;
        QHash<QString, bool> models;
    };
    std::shared_ptr<PauseWrites> m_pauseWrites = std::make_shared<PauseWrites>();
    // The scheduler's state still to be saved (the latest taken), written by a worker.
    struct StateWrites
    {
        QMutex mutex;
        std::optional<nlohmann::json> latest;
    };
    std::shared_ptr<StateWrites> m_stateWrites = std::make_shared<StateWrites>();
    bool m_started = false;
    std::map<QString, std::optional<double>> m_liveScores;
    QHash<qint64, std::vector<TriggerKind>> m_runKinds; // the triggers each run answers
    QSet<QString> m_checking;                           // models whose checks are running
};

} // namespace retrainer
