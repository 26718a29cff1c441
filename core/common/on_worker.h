#pragma once
// Work run on the thread pool from a coroutine: `auto work = […] { return …; }; T t = co_await onWorker(std::move(work));`
// (a named lambda: GCC 12 destroys the captures of a lambda written inside the co_await expression twice) — the caller's
// thread (the GUI's, say) goes on while it runs. An Error (or any std::exception, as an Error with its text)
// thrown by the work is thrown again on the caller's side, so that the caller reports it like its own.
#include "error.h"
#include <QCoroFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>
#include <variant>

namespace retrainer {

template <typename Work>
QCoro::Task<std::invoke_result_t<Work>> onWorker(Work work)
{
    using Result = std::invoke_result_t<Work>;
    static_assert(!std::is_void_v<Result>, "onWorker: the work returns a value");
    auto running = QtConcurrent::run([work = std::move(work)]() -> std::variant<Result, Error> {
        try {
            return work();
        } catch (const Error& e) {
            return e;
        } catch (const std::exception& e) {
            return Error(QString::fromLocal8Bit(e.what()));
        }
    });
    // A named result: GCC 12 mishandles objects of a structured binding initialised by co_await.
    std::variant<Result, Error> outcome = co_await running;
    if (const Error* error = std::get_if<Error>(&outcome))
        throw *error;
    co_return std::get<Result>(std::move(outcome));
}

} // namespace retrainer
