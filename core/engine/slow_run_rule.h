#pragma once
// When a run counts as "taking too long" (the slow-run alert). The usual duration is the median of the
// model's last finished runs (at least 3 of them, at most 5). A run is slow when it took more than twice
// the usual time AND at least 5 minutes more than usual: a run of seconds that took twice as long as
// another run of seconds is nothing an administrator needs to hear about, a nightly run that went from
// 20 minutes to an hour is.
#include <QString>
#include <QtGlobal>
#include <optional>
#include <vector>

namespace retrainer {

struct SlowRunRule
{
    static constexpr int minimumHistory = 3;               // finished runs needed to know "usual"
    static constexpr int history = 5;                      // the newest finished runs looked at
    static constexpr double factor = 2.0;                  // more than this many times the usual duration…
    static constexpr qint64 minimumExtraMs = 5 * 60 * 1000; // …and at least this much longer than usual

    // The median of the newest `history` durations (newest first); nullopt with fewer than minimumHistory.
    static std::optional<qint64> usualMs(std::vector<qint64> newestFirst);
    static bool isSlow(qint64 tookMs, qint64 usualMs);
    // The alert's sentence, e.g. "run 12 of 'x' took 1h05m, more than twice the usual 20m".
    static QString alertText(qint64 runId, const QString& model, qint64 tookMs, qint64 usualMs);
};

} // namespace retrainer
