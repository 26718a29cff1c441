#include "worker_pool.h"
#include <QThread>

namespace retrainer {

WorkerPool::WorkerPool(int maxThreads)
{
    m_threads.setMaxThreadCount(maxThreads > 0 ? maxThreads : std::max(2, QThread::idealThreadCount()));
}

WorkerPool::~WorkerPool()
{
    m_threads.waitForDone();
}

} // namespace retrainer
