// The Scheduler's outlook: the next moment per model (for the single timer) and what `retrainer next`
// shows.
#include "cron_expression.h"
#include "scheduler.h"

#include <algorithm>

namespace retrainer {

std::optional<QDateTime> Scheduler::nextMoment(const Model& m, const QDateTime& now) const
{
    if (isPaused(m))
        return std::nullopt;
    std::optional<QDateTime> best;
    const auto consider = [&](const QDateTime& at) {
        if (!best || at < *best)
            best = std::max(at, now);
    };
    const TriggerConfig& t = m.facts.triggers;
    for (const ScheduleEntry& e : t.schedules) {
        const auto cron = CronExpression::tryParse(e.cron);
        const auto marker = m.state.schedules.find(e.id);
        if (!cron || marker == m.state.schedules.end())
            continue;
        if (const auto at = cron->next(marker->second.processedUntil, m_zone))
            consider(*at);
    }
    if (t.data.enabled && m.state.lastDataFire.isValid() && samplesWaiting(m, now) >= t.data.minNew)
        consider(m.state.lastDataFire.addSecs(t.data.cooldownSecs));
    if (m.state.performanceRunSince.isValid())
        consider(m.state.performanceRunSince.addSecs(t.maxTrainingSecs));
    else if (t.performance.enabled)
        consider(m.state.lastPerformanceCheck.addSecs(t.performance.everySecs));
    return best;
}

std::vector<UpcomingMoment> Scheduler::upcoming(const QString& model) const
{
    const QDateTime now = m_clock.now();
    std::vector<UpcomingMoment> out;
    for (const auto& [name, m] : m_models) {
        if (!model.isEmpty() && name != model)
            continue;
        const TriggerConfig& t = m.facts.triggers;
        const qint64 samples = m.facts.samplesSinceLastSuccess;
        for (const ScheduleEntry& e : t.schedules) {
            const auto cron = CronExpression::tryParse(e.cron);
            if (!cron)
                continue;
            const auto kind = e.conditional ? TriggerKind::Conditional : TriggerKind::Schedule;
            const QString text = e.conditional
                                     ? tr("conditional: %1, if at least %2 new samples (%3 of %2 so far)")
                                           .arg(cron->describe())
                                           .arg(e.minNew)
                                           .arg(samples)
                                     : tr("full retrain: %1").arg(cron->describe());
            out.push_back({name, kind, cron->next(now, m_zone).value_or(QDateTime()), text, e.id});
        }
        if (t.data.enabled) {
            const int waiting = samplesWaiting(m, now);
            const QDateTime coolEnd = m.state.lastDataFire.isValid()
                                          ? m.state.lastDataFire.addSecs(t.data.cooldownSecs)
                                          : QDateTime();
            const bool cooling = coolEnd.isValid() && now < coolEnd;
            QStringList parts;
            if (waiting < t.data.minNew)
                parts << tr("waiting for %1 more samples (%2 of %3 within %4)")
                             .arg(t.data.minNew - waiting)
                             .arg(waiting)
                             .arg(t.data.minNew)
                             .arg(formatDuration(t.data.windowSecs));
            else
                parts << tr("%1 new samples waiting").arg(waiting);
            if (cooling)
                parts << tr("cooling down until %1").arg(local(coolEnd));
            const QDateTime when = waiting < t.data.minNew ? QDateTime() : cooling ? coolEnd : now;
            out.push_back({name, TriggerKind::Data, when, parts.join(QStringLiteral("; ")), std::nullopt});
        }
        if (t.performance.enabled) {
            const PerformanceTrigger& p = t.performance;
            QString text = tr("performance check (threshold %1").arg(score(p.threshold));
            if (m.facts.liveScore)
                text += tr(", last score %1").arg(score(*m.facts.liveScore));
            text += QLatin1Char(')');
            if (m.state.performanceAlerted)
                text += tr("; automatic retraining stopped after %1 retrains until the score recovers")
                            .arg(p.retries);
            out.push_back({name, TriggerKind::Performance, m.state.lastPerformanceCheck.addSecs(p.everySecs),
                           text, std::nullopt});
        }
    }
    for (UpcomingMoment& u : out)
        if (isPaused(m_models.at(u.model))) {
            u.description = tr("paused (%1)").arg(u.description);
            u.when = {};
        }
    std::stable_sort(out.begin(), out.end(), [](const UpcomingMoment& a, const UpcomingMoment& b) {
        return a.when.isValid() && (!b.when.isValid() || a.when < b.when);
    });
    return out;
}

void Scheduler::rearm()
{
    const QDateTime now = m_clock.now();
    m_wakeUp.reset();
    for (const auto& [name, m] : m_models)
        if (const auto at = nextMoment(m, now); at && (!m_wakeUp || *at < *m_wakeUp))
            m_wakeUp = at;
    if (!m_started || !m_wakeUp) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(m_clock.realMsecsUntil(*m_wakeUp), 0, maxTimerSecs * 1000)));
}

QString Scheduler::local(const QDateTime& t) const
{
    return t.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace retrainer
