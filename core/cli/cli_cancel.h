#pragma once
// What a long command (backtest, init --demo's past) needs to stop on Ctrl+C and to show progress.
#include "cli_context.h"
#include "progress.h"
#include "stop_signals.h"
#include <memory>

namespace retrainer::cli {

// Ctrl+C (SIGINT, SIGTERM) cancels `cancel` while the returned object lives; null inside the daemon or the
// console, whose own handlers stay.
std::unique_ptr<StopSignals> cancelOnStop(const Context& context, std::shared_ptr<CancelToken> cancel);
// True when progress can be drawn in place on stderr (a terminal, and not --json).
bool showsProgress(const Context& context);

} // namespace retrainer::cli
