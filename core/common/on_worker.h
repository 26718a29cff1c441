#pragma once
// Work run on a worker from a coroutine: `auto work = […] { return …; }; T t = co_await onWorker(pool, std::move(work));`
// (a named lambda: GCC 12 destroys the captures of a lambda written inside the co_await expression twice) — the caller's
// thread (the GUI's, say) goes on while it runs. What the work throws is thrown again on the caller's side, so
// that the caller reports it like its own. Work that returns nothing gives a QCoro::Task<>.
#include "error.h"
#include "worker_pool.h"
#include <QCoroFuture>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>
#include <utility>

namespace retrainer {

namespace detail {

// The work's outcome, handed from the worker to the caller under a std::mutex rather than through QFuture's
// result store: the store's own lock is a futex inside libQt6Core, which ThreadSanitizer cannot see, so a
// value passed through it reads as a race in the sanitizer pass (packaging/tsan.sh). The QFuture only says
// "done".
template <typename Result>
struct WorkOutcome
{
    std::mutex mutex;
    std::conditional_t<std::is_void_v<Result>, bool, std::optional<Result>> value{};
    std::exception_ptr error;
};

} // namespace detail

// On `pool`, the owned workers that the owner of what the work uses waits for (worker_pool.h).
template <typename Work>
QCoro::Task<std::invoke_result_t<Work>> onWorker(WorkerPool& pool, Work work)
{
    using Result = std::invoke_result_t<Work>;
    auto outcome = std::make_shared<detail::WorkOutcome<Result>>();
    // The exception travels as it was thrown (a Cancelled stays a Cancelled), not sliced to its base.
    // Kept behind a shared pointer so that the job is copyable whatever `work` holds.
    auto job = std::make_shared<Work>(std::move(work));
    QFuture<void> running = pool.run([job, outcome] {
        try {
            if constexpr (std::is_void_v<Result>) {
                (*job)();
                const std::lock_guard lock(outcome->mutex);
                outcome->value = true;
            } else {
                Result value = (*job)();
                const std::lock_guard lock(outcome->mutex);
                outcome->value.emplace(std::move(value));
            }
        } catch (...) {
            const std::lock_guard lock(outcome->mutex);
            outcome->error = std::current_exception();
        }
    });
    co_await running;
    const std::lock_guard lock(outcome->mutex);
    if (outcome->error)
        std::rethrow_exception(outcome->error);
    if (!outcome->value) // the pool dropped the job without running it
        throw Error(QStringLiteral("the work was stopped before it ran"));
    if constexpr (!std::is_void_v<Result>)
        co_return std::move(*outcome->value);
}

} // namespace retrainer
