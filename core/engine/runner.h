#pragma once
// Executes training runs on worker threads (a pool limited to the workspace's concurrent-training
// setting) and reports them by signals, which receivers on other threads get queued. The caller never
// blocks: start() is a coroutine whose store work (the lock check, the run row, a joined trigger's event)
// runs on the owner's workers; waitFor() is a coroutine too.
#include "training_pipeline.h"
#include "worker_pool.h"
#include <QCoroTask>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <memory>

namespace retrainer {

class Workspace;

class Runner : public QObject
{
    Q_OBJECT
public:
    // The store work of a start runs on `workers`, which must outlive the runner (the engine's pool).
    Runner(Workspace& workspace, WorkerPool& workers, QObject* parent = nullptr);
    // Cancels what is running and waits for it to be recorded. A run whose row was written but that had not
    // begun is recorded "interrupted"; a start whose row was not yet written writes none.
    ~Runner() override;

    // Records a queued run (on a worker) and starts it when a training thread is free; completes with its id.
    // From the call on, the model counts as active (isActive, activeRun): a request for a model that has a
    // run starting, queued or running joins that run (a TRIGGER_COALESCED event records it) and completes
    // with its id; nothing new is queued. Throws Error for an unknown model or when the runner went before the
    // row was written, and TrainedElsewhere when another instance sharing the PostgreSQL store trains the
    // model now (nothing is recorded then; the message names that instance).
    QCoro::Task<qint64> start(RunRequest request);
    // Asks the model's current run to stop at its next cancel point (a run still starting stops as soon as
    // it begins). False when nothing runs for it.
    bool cancel(const QString& model);
    void cancelAll();
    // Lets up to `runs` runs train at once (at least 1, at most one per core); `train --all` uses it so
    // that one model's serial phases (load, evaluate, register) overlap another's training.
    void setParallelRuns(int runs);
    // True from the moment a start is asked until the run is recorded in a terminal state.
    bool isActive(const QString& model) const;
    // The model's active run: its id, or 0 while its row is still being written; nullopt when none.
    std::optional<qint64> activeRun(const QString& model) const;
    // The id of the model's active run once its row is written (waits for a start in flight); nullopt when
    // nothing is active or the start was refused.
    QCoro::Task<std::optional<qint64>> queuedRun(QString model);
    int activeCount() const { return int(m_active.size()); }

    // Completes with the run's final record once it reached a terminal state.
    QCoro::Task<RunRecord> waitFor(qint64 runId);

Q_SIGNALS:
    // `trigger` is the one the run was recorded with ("manual" when the request named none).
    void runQueued(qint64 runId, const QString& model, const QString& trigger);
    void runStateChanged(qint64 runId, const QString& model, const QString& state);
    void runProgress(qint64 runId, const QString& model, const QString& phase, double fraction);
    // The run's terminal record as its one writer (the pipeline) stored it, emitted just before runFinished:
    // receivers act on it without reading the run back from the store.
    void runRecorded(const retrainer::RunRecord& run);
    void runFinished(qint64 runId, const QString& model, const QString& state);
    // A request joined run `runId` that was already queued or running for the model.
    void runCoalesced(qint64 runId, const QString& model, const QString& trigger);
    // The run passed its time limit and was cancelled (runFinished follows with state "cancelled").
    void runTimedOut(qint64 runId, const QString& model, qint64 limitSecs);
    // A start of `model` settled: its run began (`runId`) or it was refused (`runId` 0).
    void startSettled(const QString& model, qint64 runId);
    // A model stopped counting as active (its run recorded, or its start refused).
    void activeChanged();

private:
    struct ActiveRun
    {
        qint64 id = 0; // 0 while the run's row is being written
        std::shared_ptr<CancelToken> cancel;
        qint64 timeLimitSecs = 0;
        bool timedOut = false;
    };
    // Shared with the workers that write run rows: once the runner stops, none writes another, and the rows
    // written for runs that have not begun are known.
    struct Starts
    {
        QMutex mutex;
        bool stopped = false;
        QSet<qint64> unbegun;
    };
    QCoro::Task<qint64> join(RunRequest request);
    // Queues the recorded run `id` on the training threads.
    void begin(qint64 id, const ModelConfig& model, const RunRequest& request, std::shared_ptr<CancelToken> token);
    void armTimeLimit(qint64 id, const QString& model, qint64 secs);
    void markTimedOut(qint64 runId, const QString& model, qint64 limitSecs);
    void recordInterrupted(const QSet<qint64>& ids);

    Workspace& m_workspace;
    WorkerPool& m_workers;
    TrainingPipeline m_pipeline;
    QThreadPool m_pool;
    QHash<QString, ActiveRun> m_active; // by model
    std::shared_ptr<Starts> m_starts = std::make_shared<Starts>();
};

} // namespace retrainer
