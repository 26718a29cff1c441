#pragma once
// The threads that slow work (store queries, hashing, file reads, source counts) runs on, owned by one holder
// — the engine, and so the WorkspaceHost — instead of Qt's process-wide pool that nothing waits for. The
// destructor waits for every job still running: a job that uses the workspace never outlives it. Run work with
// onWorker(pool, work) (on_worker.h).
#include <QThreadPool>

namespace retrainer {

class WorkerPool
{
public:
    // maxThreads 0: one per core.
    explicit WorkerPool(int maxThreads = 0);
    ~WorkerPool(); // waits for the jobs still running

    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    QThreadPool* threads() { return &m_threads; }
    // Blocks until every job has ended (the owner calls it before it destroys what the jobs use).
    void waitForDone() { m_threads.waitForDone(); }

private:
    QThreadPool m_threads;
};

} // namespace retrainer
