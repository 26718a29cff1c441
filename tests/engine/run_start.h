#pragma once
// Waiting in a test for a run's start, which writes the run's row on the engine's workers (Runner::start).
#include "error.h"
#include <QCoroTask>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <utility>

namespace retrainer::test {

namespace detail {
inline QCoro::Task<std::pair<qint64, QString>> idOrMessage(QCoro::Task<qint64> task)
{
    try {
        const qint64 id = co_await task;
        co_return std::pair<qint64, QString>(id, QString());
    } catch (const Error& e) {
        co_return std::pair<qint64, QString>(0, e.message());
    }
}
} // namespace detail

// Waits for a run's start (Engine::train, Runner::start: the row is written on a worker) and returns the run's
// id; 0, with the test failed, when the start was refused. (QCoro 0.8's waitFor never returns when the awaited
// task throws.)
inline qint64 startedRun(QCoro::Task<qint64> task)
{
    const std::pair<qint64, QString> outcome = QCoro::waitFor(detail::idOrMessage(std::move(task)));
    if (!outcome.second.isEmpty())
        QTest::qFail(qPrintable(QStringLiteral("the run did not start: ") + outcome.second), __FILE__, __LINE__);
    return outcome.first;
}

// Starts `task` and keeps what it ends with: the run's id, or the message of the Error it threw.
struct Outcome
{
    qint64 id = 0;
    QString error;
    bool done = false;
};
inline QCoro::Task<> keep(QCoro::Task<qint64> task, std::shared_ptr<Outcome> outcome)
{
    try {
        outcome->id = co_await task;
    } catch (const Error& e) {
        outcome->error = e.message();
    }
    outcome->done = true;
}

// Keeps every thread of `pool` busy until release() (at the latest on destruction): work queued meanwhile
// waits, as it does on a machine whose workers are all taken.
class BusyPool
{
public:
    explicit BusyPool(QThreadPool* pool) : m_threads(pool->maxThreadCount())
    {
        QSemaphore started;
        for (int i = 0; i < m_threads; ++i)
            pool->start([this, &started] {
                started.release();
                m_free.acquire();
                m_left.release();
            });
        started.acquire(m_threads);
    }
    ~BusyPool() // once every thread let go of it
    {
        release();
        m_left.acquire(m_threads);
    }
    BusyPool(const BusyPool&) = delete;
    BusyPool& operator=(const BusyPool&) = delete;
    // Safe from any thread, once.
    void release()
    {
        if (!m_released.exchange(true))
            m_free.release(m_threads);
    }

private:
    int m_threads;
    QSemaphore m_free;
    QSemaphore m_left;
    std::atomic<bool> m_released = false;
};

} // namespace retrainer::test
