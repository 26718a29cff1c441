#pragma once
// The threads that slow work (store queries, hashing, file reads, source counts) runs on, owned by one holder
// — the engine, and so the WorkspaceHost — instead of Qt's process-wide pool that nothing waits for. The
// destructor waits for every job still running: a job that uses the workspace never outlives it. Run work with
// onWorker(pool, work) (on_worker.h), or post() it when nobody waits for the result.
#include <QFuture>
#include <QThreadPool>
#include <functional>

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

    // Runs `work` on a worker; the future says when it has ended (what it produces travels on its own path, see
    // on_worker.h). post() is the same for work nobody waits for.
    // Both hand the work over in a way ThreadSanitizer sees: a worker picks a job up through Qt's thread pool, whose
    // locks live inside libQt6Core, which is not built for TSan, so everything the caller wrote into the job would
    // otherwise read as a race on the worker (packaging/tsan.sh).
    QFuture<void> run(std::function<void()> work);
    void post(std::function<void()> work);

private:
    QThreadPool m_threads;
};

} // namespace retrainer
