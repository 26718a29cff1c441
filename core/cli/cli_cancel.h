#pragma once
// What a long command (backtest, init --demo's past) needs to stop on Ctrl+C and to show progress.
#include "cli_context.h"
#include "progress.h"
#include "stop_signals.h"
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace retrainer::cli {

// Ctrl+C (SIGINT, SIGTERM) cancels `cancel` while the returned object lives; null inside the daemon or the
// console, whose own handlers stay.
std::unique_ptr<StopSignals> cancelOnStop(const Context& context, std::shared_ptr<CancelToken> cancel);
// True when progress can be drawn in place on stderr (a terminal, and not --json).
bool showsProgress(const Context& context);

// One progress line drawn in place on a terminal's stderr (nothing when progress is not shown). Work on a
// worker thread reports through printer(); the text is printed on the command's thread, and what arrives after
// this object is gone is dropped with it.
class ProgressLine
{
public:
    explicit ProgressLine(Context& context);
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;
    // Callable from any thread, as long as this object outlives the work that calls it.
    std::function<void(const QString&)> printer() const;
    void clear();

private:
    QObject m_relay;
    Output* m_out;
    bool m_shown;
};

} // namespace retrainer::cli
