#pragma once
// Progress reporting and cooperative cancellation shared by every long operation.
#include "error.h"
#include <QMutex>
#include <QString>
#include <atomic>
#include <functional>

namespace retrainer {

// Called from the worker thread; fraction is 0..1 within the named phase.
using ProgressFn = std::function<void(const QString& phase, double fraction)>;

class CancelToken
{
public:
    // `reason`, when given, is what the run's record says (e.g. a time-out); the first reason given stays.
    void cancel(const QString& reason = {})
    {
        {
            QMutexLocker lock(&m_mutex);
            if (m_reason.isEmpty() && !m_cancelled.load(std::memory_order_relaxed))
                m_reason = reason;
        }
        m_cancelled.store(true, std::memory_order_release);
    }
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_acquire); }
    QString reason() const
    {
        QMutexLocker lock(&m_mutex);
        return m_reason;
    }
    // A cancel point: throws Cancelled when cancellation was requested.
    void check() const
    {
        if (isCancelled())
            throw Cancelled();
    }

private:
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    QString m_reason;
};

} // namespace retrainer
