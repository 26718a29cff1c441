#pragma once
// Progress reporting and cooperative cancellation shared by every long operation.
#include "error.h"
#include <QString>
#include <atomic>
#include <functional>

namespace retrainer {

// Called from the worker thread; fraction is 0..1 within the named phase.
using ProgressFn = std::function<void(const QString& phase, double fraction)>;

class CancelToken
{
public:
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }
    // A cancel point: throws Cancelled when cancellation was requested.
    void check() const
    {
        if (isCancelled())
            throw Cancelled();
    }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace retrainer
