#pragma once
// Work run on a worker from a coroutine: `auto work = […] { return …; }; T t = co_await onWorker(pool, std::move(work));`
// (a named lambda: GCC 12 destroys the captures of a lambda written inside the co_await expression twice) — the caller's
// thread (the GUI's, say) goes on while it runs. What the work throws is thrown again on the caller's side, so
// that the caller reports it like its own.
#include "worker_pool.h"
#include <QCoroFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace retrainer {

// On `pool`, the owned workers that the owner of what the work uses waits for (worker_pool.h).
template <typename Work>
QCoro::Task<std::invoke_result_t<Work>> onWorker(WorkerPool& pool, Work work)
{
    using Result = std::invoke_result_t<Work>;
    static_assert(!std::is_void_v<Result>, "onWorker: the work returns a value");
    // The exception travels as it was thrown (a Cancelled stays a Cancelled), not sliced to its base.
    auto running = QtConcurrent::run(pool.threads(), [work = std::move(work)]() -> std::pair<std::optional<Result>, std::exception_ptr> {
        try {
            return {work(), nullptr};
        } catch (...) {
            return {std::nullopt, std::current_exception()};
        }
    });
    // A named result: GCC 12 mishandles objects of a structured binding initialised by co_await.
    std::pair<std::optional<Result>, std::exception_ptr> outcome = co_await running;
    if (outcome.second)
        std::rethrow_exception(outcome.second);
    co_return std::move(*outcome.first);
}

} // namespace retrainer
