#include "slow_run_rule.h"
#include "trigger_config.h"
#include <algorithm>

namespace retrainer {

std::optional<qint64> SlowRunRule::usualMs(std::vector<qint64> newestFirst)
{
    if (newestFirst.size() > size_t(history))
        newestFirst.resize(size_t(history));
    if (newestFirst.size() < size_t(minimumHistory))
        return std::nullopt;
    std::sort(newestFirst.begin(), newestFirst.end());
    return newestFirst[newestFirst.size() / 2];
}

bool SlowRunRule::isSlow(qint64 tookMs, qint64 usualMs)
{
    return usualMs >= 0 && double(tookMs) > factor * double(usualMs) && tookMs - usualMs >= minimumExtraMs;
}

QString SlowRunRule::alertText(qint64 runId, const QString& model, qint64 tookMs, qint64 usualMs)
{
    return QStringLiteral("run %1 of '%2' took %3, more than twice the usual %4")
        .arg(runId)
        .arg(model, formatDuration((tookMs + 500) / 1000), formatDuration((usualMs + 500) / 1000));
}

} // namespace retrainer
