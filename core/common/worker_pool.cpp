#include "worker_pool.h"
#include <QPromise>
#include <QRunnable>
#include <QThread>

#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void* address);
extern "C" void __tsan_release(void* address);
#endif

namespace retrainer {

namespace {

// What the caller wrote before the hand-off happens before what the worker reads after it.
void handedOver([[maybe_unused]] void* job)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(job);
#endif
}

void takenOver([[maybe_unused]] void* job)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(job);
#endif
}

class Job final : public QRunnable
{
public:
    explicit Job(std::function<void()> work) : m_work(std::move(work)) {}
    QFuture<void> future() { return m_promise.future(); }
    void run() override
    {
        takenOver(this);
        m_promise.start();
        m_work(); // onWorker's work catches what it throws; post()'s is written not to throw
        m_promise.finish();
    }

private:
    std::function<void()> m_work;
    QPromise<void> m_promise;
};

} // namespace

WorkerPool::WorkerPool(int maxThreads)
{
    m_threads.setMaxThreadCount(maxThreads > 0 ? maxThreads : std::max(2, QThread::idealThreadCount()));
}

WorkerPool::~WorkerPool()
{
    m_threads.waitForDone();
}

QFuture<void> WorkerPool::run(std::function<void()> work)
{
    auto* job = new Job(std::move(work)); // the pool deletes it once it has run
    QFuture<void> done = job->future();
    handedOver(job);
    m_threads.start(job);
    return done;
}

void WorkerPool::post(std::function<void()> work)
{
    (void)run(std::move(work));
}

} // namespace retrainer
