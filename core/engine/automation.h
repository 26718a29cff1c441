#pragma once
// What makes Retrainer automatic: the scheduler's decisions turned into runs, and everything the scheduler
// needs to know kept current — new rows noticed (file watcher for CSV sources, a periodic count for SQLite,
// at once for rows imported into the store), live performance checks, run outcomes, alerts and the
// scheduler's memory across restarts. Owned by the process that owns the workspace (daemon or GUI).
#include "alert_log.h"
#include "clock.h"
#include "live_performance.h"
#include "run_record.h"
#include "scheduler.h"
#include "worker_pool.h"
#include <QCoroTask>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <map>
#include <memory>

namespace retrainer {

class Runner;
class Workspace;
struct ModelConfig;

class Automation : public QObject
{
    Q_OBJECT
public:
    // Slow work (counts, scores, drift, a rollback's file checks) runs on `workers`, which the owner (the
    // engine) waits for before it destroys this; without one the automation keeps a pool of its own.
    Automation(Workspace& workspace, Runner& runner, const Clock& clock, WorkerPool* workers = nullptr,
               QObject* parent = nullptr);
    ~Automation() override;

    // Counts every model's rows (on a worker thread), restores the saved state, catches up missed moments
    // and arms the scheduler. Completes when the scheduler runs.
    QCoro::Task<> start();

    Scheduler& scheduler() { return m_scheduler; }
    AlertLog& alerts() { return m_alerts; }

    // Re-reads a model's configuration and counts its rows again (after an import or a settings change).
    QCoro::Task<> refreshModel(QString model);
    // Pause or resume one model (saved in workspace.json) or, with an empty name, everything.
    void setPaused(const QString& model, bool paused);
    bool pausedAll() const { return m_scheduler.pausedAll(); }
    // How often SQLite sources are counted for new rows.
    void setSourcePollInterval(std::chrono::milliseconds interval);
    // The performance check (normally when the scheduler says it is due): scores the active version on the
    // live window, and — the watch after promotion — the version it replaced on the same rows; when the
    // new one is worse by more than the gate's rollback margin (and auto_rollback is on) it rolls back to
    // the earlier version, raises an "auto-rollback" alert and emits rolledBack.
    QCoro::Task<> checkPerformance(QString model);
    // Marks approval requests past their expiry (by the clock) "expired". Done at start and hourly.
    // Returns how many expired.
    int expireApprovals();
    // Records an alert and emits alertRaised (used by the rules here and by the engine, e.g. a failing
    // alert channel). A store that cannot record it is logged, not thrown.
    void raise(const QString& model, const QString& severity, const QString& kind, const QString& text);
    // Compares the model's newest rows with the active version's training data (on a worker thread) and
    // raises a "drift" alert once per version and feature whose PSI passes 0.2. Runs with the hourly
    // performance check.
    QCoro::Task<> checkDrift(QString model);

Q_SIGNALS:
    void alertRaised(const retrainer::AlertRecord& alert);
    void modelRefreshed(const QString& model);
    // The performance check found the version promoted last scoring below the one it replaced by more than
    // the gate's rollback margin and put the earlier one back (already done, checksum verified).
    void rolledBack(const QString& model, int from, int to, const QString& reason);

private:
    struct Counts
    {
        qint64 rows = -1;     // rows in the source now (accepted and rejected); -1: unreadable
        QString error;
    };
    ModelFacts factsFor(const ModelConfig& model, const Counts& counts);
    void applyCounts(const ModelConfig& model, const Counts& counts);
    void onDue(const DueRun& due);
    // On a shared store: true when this instance claimed the moment (or the new rows) `due` answers, false
    // when another instance already started a run for it.
    bool claimed(const DueRun& due, const ModelConfig& model);
    void onRunRecorded(const RunRecord& run);
    void onPerformanceCheckDue(const QString& model);
    // The performance and drift checks of one model, one after the other; a check that comes due while the
    // previous one of the same model still runs is skipped, so slow checks never pile up.
    QCoro::Task<> runChecks(QString model);
    void watchSources();
    void saveState();

    Workspace& m_workspace;
    Runner& m_runner;
    const Clock& m_clock;
    Scheduler m_scheduler;
    AlertLog m_alerts;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QTimer m_expiry;
    bool m_started = false;
    std::map<QString, qint64> m_lastRows;                       // by model
    std::map<QString, std::vector<QDateTime>> m_arrivals;       // when new rows were noticed, by model
    std::map<QString, std::optional<double>> m_liveScores;
    QHash<qint64, std::vector<TriggerKind>> m_runKinds;         // the triggers each run answers
    QHash<QString, QString> m_unreadable;                       // model -> last source error alerted
    QSet<QString> m_checking;                                   // models whose checks are running
    WorkerPool* m_workers = nullptr;
    std::unique_ptr<WorkerPool> m_ownWorkers; // last: destroyed (and waited for) first
};

} // namespace retrainer
