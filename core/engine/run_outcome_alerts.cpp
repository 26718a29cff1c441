#include "run_outcome_alerts.h"
#include "alert_raiser.h"
#include "slow_run_rule.h"
#include "store.h"
#include "trigger_config.h"

namespace retrainer {

void RunOutcomeAlerts::runRecorded(const RunRecord& run)
{
    if (run.state == RunState::Failed)
        m_alerts.raise(run.model, QStringLiteral("critical"), QStringLiteral("run-failed"),
                       QStringLiteral("run %1 of '%2' failed: %3").arg(run.id).arg(run.model, run.error));
    if (!run.startedAt.isValid() || !run.finishedAt.isValid())
        return;
    std::vector<qint64> durations; // the model's other finished runs, newest first
    for (const auto& r : m_store.runs(run.model, SlowRunRule::history + 1))
        if (r.id != run.id && r.startedAt.isValid() && r.finishedAt.isValid() && r.state != RunState::Skipped)
            durations.push_back(r.startedAt.msecsTo(r.finishedAt));
    const qint64 took = run.startedAt.msecsTo(run.finishedAt);
    if (const auto usual = SlowRunRule::usualMs(durations); usual && SlowRunRule::isSlow(took, *usual))
        m_alerts.raise(run.model, QStringLiteral("warning"), QStringLiteral("slow-run"),
                       SlowRunRule::alertText(run.id, run.model, took, *usual));
}

void RunOutcomeAlerts::runTimedOut(qint64 runId, const QString& model, qint64 limitSecs)
{
    m_alerts.raise(model, QStringLiteral("critical"), QStringLiteral("timed-out"),
                   QStringLiteral("run %1 was stopped after the maximum training time (%2); the active version stays in service")
                       .arg(runId).arg(formatDuration(limitSecs)));
}

} // namespace retrainer
