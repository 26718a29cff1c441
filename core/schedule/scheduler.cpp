#include "scheduler.h"
#include "cron_expression.h"

#include <algorithm>

namespace retrainer {
namespace {

// Enumerating the moments of a minute-level cron over a long absence stops here.
constexpr int maxMomentsPerEvaluation = 10000;
// An alert lists at most this many missed moments.
constexpr int maxListedMoments = 10;

} // namespace

QString Scheduler::score(double value)
{
    return QString::number(value, 'f', 2);
}

Scheduler::Scheduler(const Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock), m_zone(QTimeZone::systemTimeZone()), m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::evaluate);
}

void Scheduler::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    rearm();
}

// ---- models -------------------------------------------------------------------------------------

Scheduler::Model Scheduler::merged(const ModelFacts& facts, const QDateTime& now)
{
    Model m{facts, {}};
    if (const auto old = m_models.find(facts.model); old != m_models.end()) {
        const bool wasPaused = isPaused(old->second);
        m.state = old->second.state;
        if (wasPaused && !isPaused(m))
            skipPausedTime(m, now);
    } else if (const auto saved = m_restored.find(facts.model); saved != m_restored.end()) {
        m.state = saved->second;
        m_restored.erase(saved);
    }
    syncMarkers(m, now);
    return m;
}

// Every schedule entry gets a marker; a new entry or a changed expression starts at `now`.
void Scheduler::syncMarkers(Model& m, const QDateTime& now) const
{
    std::map<int, ScheduleMarker> markers;
    for (const ScheduleEntry& e : m.facts.triggers.schedules) {
        const auto old = m.state.schedules.find(e.id);
        if (old != m.state.schedules.end() && old->second.cron == e.cron)
            markers[e.id] = old->second;
        else
            markers[e.id] = {e.cron, now, {}};
    }
    m.state.schedules = std::move(markers);
    if (!m.state.lastPerformanceCheck.isValid())
        m.state.lastPerformanceCheck = now;
}

// Moments that passed while paused are not caught up.
void Scheduler::skipPausedTime(Model& m, const QDateTime& now)
{
    for (auto& [id, marker] : m.state.schedules)
        if (marker.processedUntil < now) {
            marker.processedUntil = now;
            m_dirty = true;
        }
}

void Scheduler::setModels(std::vector<ModelFacts> models)
{
    const QDateTime now = m_clock.now();
    std::map<QString, Model> next;
    for (const ModelFacts& f : models)
        next[f.model] = merged(f, now);
    m_models = std::move(next);
    m_restored.clear();
    settle();
}

void Scheduler::updateModel(const ModelFacts& facts)
{
    Model m = merged(facts, m_clock.now());
    m_models[facts.model] = std::move(m);
    settle();
}

void Scheduler::removeModel(const QString& model)
{
    m_restored.erase(model);
    if (m_models.erase(model))
        m_dirty = true;
    settle();
}

void Scheduler::setPausedAll(bool paused)
{
    if (m_pausedAll && !paused)
        for (auto& [name, m] : m_models)
            skipPausedTime(m, m_clock.now());
    m_pausedAll = paused;
    settle();
}

// After a change: evaluate at once when running, otherwise just recompute the wake-up.
void Scheduler::settle()
{
    if (m_started) {
        evaluate();
        return;
    }
    rearm();
    if (std::exchange(m_dirty, false))
        Q_EMIT stateChanged();
}

// ---- state --------------------------------------------------------------------------------------

nlohmann::json Scheduler::saveState() const
{
    SchedulerState s;
    s.lastEvaluated = m_lastEvaluated;
    s.models = m_restored;
    for (const auto& [name, m] : m_models)
        s.models[name] = m.state;
    return s.toJson();
}

void Scheduler::restoreState(const nlohmann::json& json)
{
    SchedulerState s = SchedulerState::fromJson(json);
    const QDateTime now = m_clock.now();
    if (s.lastEvaluated.isValid())
        m_lastEvaluated = s.lastEvaluated;
    for (auto& [name, state] : s.models) {
        if (const auto it = m_models.find(name); it != m_models.end()) {
            it->second.state = state;
            syncMarkers(it->second, now);
        } else {
            m_restored[name] = state;
        }
    }
    rearm();
}

// ---- evaluation ---------------------------------------------------------------------------------

void Scheduler::startUp()
{
    evaluateAt(m_clock.now(), 0, tr("while Retrainer was not running"));
}

void Scheduler::evaluate()
{
    evaluateAt(m_clock.now(), lateAfterSecs, tr("while the computer was asleep or Retrainer was stopped"));
}

void Scheduler::evaluateAt(const QDateTime& now, qint64 lateAfter, const QString& missedWhile)
{
    m_started = true;
    Outcome out;
    for (auto& [name, m] : m_models) {
        evaluateSchedules(m, now, lateAfter, missedWhile, out);
        evaluateData(m, now, out);
        evaluatePerformance(m, now, out);
    }
    m_lastEvaluated = now;
    rearm();
    publish(out);
}

void Scheduler::evaluateSchedules(Model& m, const QDateTime& now, qint64 lateAfter,
                                  const QString& missedWhile, Outcome& out)
{
    const TriggerConfig& t = m.facts.triggers;
    std::vector<std::pair<QDateTime, int>> missed; // moment, schedule id
    for (const ScheduleEntry& e : t.schedules) {
        const auto cron = CronExpression::tryParse(e.cron);
        ScheduleMarker& marker = m.state.schedules[e.id];
        if (!cron)
            continue;
        std::optional<QDateTime> onTime;
        std::vector<QDateTime> late;
        int seen = 0;
        for (auto at = cron->next(marker.processedUntil, m_zone);
             at && *at <= now && seen < maxMomentsPerEvaluation; at = cron->next(*at, m_zone), ++seen) {
            if (at->secsTo(now) > lateAfter)
                late.push_back(*at);
            else
                onTime = *at;
        }
        if (!seen)
            continue;
        marker.processedUntil = now; // every moment up to now is handled below: fired, caught up or passed
        out.stateChanged = true;
        const bool wanted = !isPaused(m) && (!e.conditional || m.facts.samplesSinceLastSuccess >= e.minNew);
        if (!wanted)
            continue;
        if (t.catchUp)
            for (const QDateTime& at : late)
                missed.emplace_back(at, e.id);
        if (!onTime)
            continue;
        marker.lastFired = *onTime;
        const QString reason = e.conditional
                                   ? tr("conditional schedule (%1): %2 new samples, at least %3 needed")
                                         .arg(cron->describe())
                                         .arg(m.facts.samplesSinceLastSuccess)
                                         .arg(e.minNew)
                                   : tr("scheduled full retrain (%1)").arg(cron->describe());
        out.runs.push_back({m.facts.model, e.conditional ? TriggerKind::Conditional : TriggerKind::Schedule,
                            reason, e.id, *onTime});
    }
    if (missed.empty())
        return;
    std::sort(missed.begin(), missed.end());
    QStringList listed;
    for (int i = 0; i < int(missed.size()) && i < maxListedMoments; ++i)
        listed << local(missed[i].first);
    if (int(missed.size()) > maxListedMoments)
        listed << tr("and %1 more").arg(missed.size() - maxListedMoments);
    const auto& [latest, latestId] = missed.back();
    m.state.schedules[latestId].lastFired = latest;
    const QString runs =
        missed.size() == 1 ? tr("1 scheduled run") : tr("%1 scheduled runs").arg(missed.size());
    out.runs.push_back({m.facts.model, TriggerKind::CatchUp,
                        tr("catch-up: missed %1, the latest at %2").arg(runs, local(latest)), latestId,
                        latest});
    out.alerts.push_back({m.facts.model, QStringLiteral("warning"),
                          tr("missed %1 (%2) %3").arg(runs, listed.join(QStringLiteral(", ")), missedWhile)});
}

int Scheduler::samplesWaiting(const Model& m, const QDateTime& now) const
{
    const QDateTime windowStart = now.addSecs(-m.facts.triggers.data.windowSecs);
    const QDateTime& lastFire = m.state.lastDataFire;
    return int(std::count_if(
        m.facts.recentSampleTimes.begin(), m.facts.recentSampleTimes.end(), [&](const QDateTime& at) {
            return at > windowStart && at <= now && (!lastFire.isValid() || at > lastFire);
        }));
}

void Scheduler::evaluateData(Model& m, const QDateTime& now, Outcome& out)
{
    const DataTrigger& d = m.facts.triggers.data;
    if (!d.enabled || isPaused(m))
        return;
    const int waiting = samplesWaiting(m, now);
    if (waiting < d.minNew)
        return;
    if (m.state.lastDataFire.isValid() && now < m.state.lastDataFire.addSecs(d.cooldownSecs))
        return;
    m.state.lastDataFire = now;
    out.stateChanged = true;
    out.runs.push_back({m.facts.model, TriggerKind::Data,
                        tr("%1 new samples within %2 (at least %3)")
                            .arg(waiting)
                            .arg(formatDuration(d.windowSecs))
                            .arg(d.minNew),
                        std::nullopt, now});
}

void Scheduler::evaluatePerformance(Model& m, const QDateTime& now, Outcome& out)
{
    const PerformanceTrigger& p = m.facts.triggers.performance;
    ModelSchedulerState& s = m.state;
    if (s.performanceRunSince.isValid() &&
        s.performanceRunSince.addSecs(m.facts.triggers.maxTrainingSecs) <= now) {
        s.performanceRunSince = {}; // never reported finished: do not wait for it any longer
        out.stateChanged = true;
    }
    if (!p.enabled)
        return;
    const QDateTime dueAt = s.lastPerformanceCheck.addSecs(p.everySecs);
    if (now < dueAt)
        return;
    s.lastPerformanceCheck = dueAt.secsTo(now) < p.everySecs ? dueAt : now; // no drift, no backlog
    out.stateChanged = true;
    if (!isPaused(m) && !s.performanceRunSince.isValid())
        out.checks << m.facts.model;
}

void Scheduler::publish(const Outcome& out)
{
    if (std::exchange(m_dirty, false) || out.stateChanged)
        Q_EMIT stateChanged();
    for (const DueRun& run : out.runs)
        Q_EMIT due(run);
    for (const Alert& alert : out.alerts)
        Q_EMIT alertRaised(alert);
    for (const QString& model : out.checks)
        Q_EMIT performanceCheckDue(model);
}

// ---- outcomes -----------------------------------------------------------------------------------

void Scheduler::runFinished(const QString& model, TriggerKind kind, bool succeeded)
{
    const auto it = m_models.find(model);
    if (it == m_models.end())
        return;
    ModelSchedulerState& s = it->second.state;
    if (s.performanceRunSince.isValid()) {
        s.performanceRunSince = {};
        m_dirty = true;
    }
    if (kind == TriggerKind::Manual && succeeded && (s.performanceRetries || s.performanceAlerted)) {
        s.performanceRetries = 0; // a person acted
        s.performanceAlerted = false;
        m_dirty = true;
    }
    settle();
}

void Scheduler::performanceChecked(const QString& model, double value)
{
    const auto it = m_models.find(model);
    if (it == m_models.end())
        return;
    Model& m = it->second;
    ModelSchedulerState& s = m.state;
    const PerformanceTrigger& p = m.facts.triggers.performance;
    m.facts.liveScore = value;
    Outcome out;
    if (value >= p.threshold) {
        if (s.performanceRetries || s.performanceAlerted) {
            s.performanceRetries = 0;
            s.performanceAlerted = false;
            out.stateChanged = true;
        }
    } else if (p.enabled && !isPaused(m) && !s.performanceAlerted && !s.performanceRunSince.isValid()) {
        out.stateChanged = true;
        if (s.performanceRetries < p.retries) {
            ++s.performanceRetries;
            s.performanceRunSince = m_clock.now();
            out.runs.push_back({model, TriggerKind::Performance,
                                tr("performance %1 below threshold %2 (retry %3 of %4)")
                                    .arg(score(value), score(p.threshold))
                                    .arg(s.performanceRetries)
                                    .arg(p.retries),
                                std::nullopt, m_clock.now()});
        } else {
            s.performanceAlerted = true;
            out.alerts.push_back({model, QStringLiteral("critical"),
                                  tr("performance %1 still below threshold %2 after %3 retrains; automatic "
                                     "retraining paused until it recovers or someone acts")
                                      .arg(score(value), score(p.threshold))
                                      .arg(p.retries)});
        }
    }
    rearm();
    publish(out);
}

} // namespace retrainer
