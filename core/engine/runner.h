#pragma once
// Executes training runs on worker threads (a pool limited to the workspace's concurrent-training
// setting) and reports them by signals, which receivers on other threads get queued. The caller never
// blocks: start() returns the run id at once; waitFor() is a coroutine.
#include "training_pipeline.h"
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QCoroTask>
#include <memory>

namespace retrainer {

class Workspace;

class Runner : public QObject
{
    Q_OBJECT
public:
    explicit Runner(Workspace& workspace, QObject* parent = nullptr);
    ~Runner() override; // cancels what is running and waits for it to be recorded

    // Records a queued run and starts it when a worker is free. A request for a model that already has
    // a run queued or running joins that run: its id is returned and nothing new is queued.
    // Throws Error for an unknown model, and TrainedElsewhere when another instance sharing the PostgreSQL
    // store trains the model now (nothing is recorded then; the message names that instance).
    qint64 start(const RunRequest& request);
    // Asks the model's current run to stop at its next cancel point. False when nothing runs for it.
    bool cancel(const QString& model);
    void cancelAll();
    // Lets up to `runs` runs train at once (at least 1, at most one per core); `train --all` uses it so
    // that one model's serial phases (load, evaluate, register) overlap another's training.
    void setParallelRuns(int runs);
    bool isActive(const QString& model) const;
    std::optional<qint64> activeRun(const QString& model) const;
    int activeCount() const { return int(m_active.size()); }

    // Completes with the run's final record once it reached a terminal state.
    QCoro::Task<RunRecord> waitFor(qint64 runId);

Q_SIGNALS:
    void runQueued(qint64 runId, const QString& model);
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

private:
    struct ActiveRun
    {
        qint64 id = 0;
        std::shared_ptr<CancelToken> cancel;
        qint64 timeLimitSecs = 0;
        bool timedOut = false;
    };
    void markTimedOut(qint64 runId, const QString& model, qint64 limitSecs);

    Workspace& m_workspace;
    TrainingPipeline m_pipeline;
    QThreadPool m_pool;
    QHash<QString, ActiveRun> m_active; // by model
};

} // namespace retrainer
