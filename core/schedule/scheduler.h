#pragma once
// Decides WHEN models must train. It never trains and never sleeps: time comes from an injected Clock,
// evaluate() emits due() for everything due at clock.now(), and ONE single-shot timer is armed for the
// next due moment (recomputed whenever something changes). Tests drive a ManualClock and call
// evaluate() to simulate a week in milliseconds.
//
// Order of use in the engine: setTimeZone, setModels, restoreState (saved JSON), startUp(); then
// updateModel() whenever samples, configuration or pause change, runFinished() and
// performanceChecked() for outcomes, and saveState() whenever stateChanged() fires. Until startUp()
// (or a first evaluate()) nothing fires and no timer is armed.
#include "clock.h"
#include "trigger_config.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>
#include <map>
#include <optional>
#include <vector>

namespace retrainer {

// ---- what the Scheduler remembers between evaluations and across restarts ----------------------------
// Per schedule entry the moments already handled, the last data-trigger fire (cool-down), performance
// retries and the alert flag. Saved as JSON by the engine whenever Scheduler::stateChanged() fires.
struct ScheduleMarker
{
    QString cron;             // the expression the marker belongs to; a changed expression starts afresh
    QDateTime processedUntil; // every moment up to here has fired, passed silently or been caught up
    QDateTime lastFired;      // the last moment that produced a run (invalid: none yet)
};

struct ModelSchedulerState
{
    std::map<int, ScheduleMarker> schedules; // by ScheduleEntry::id
    QDateTime lastDataFire;                  // invalid: never
    QDateTime lastPerformanceCheck;          // when the last check was asked for (or first seen)
    int performanceRetries = 0;              // retrains started for the current low-performance spell
    bool performanceAlerted = false;         // retries exhausted: no more until recovery or a person acts
    QDateTime performanceRunSince;           // a Performance run was asked for and has not finished
};

struct SchedulerState
{
    static constexpr int version = 1;
    QDateTime lastEvaluated;
    std::map<QString, ModelSchedulerState> models;

    nlohmann::json toJson() const;
    // Tolerant: unknown keys are ignored and unreadable times left invalid. Throws Error only when the
    // document is not a scheduler state at all (not an object, or a newer version).
    static SchedulerState fromJson(const nlohmann::json& json);
};

// ---- what the engine tells the Scheduler, and what it answers --------------------------------------

// What the scheduler needs to know about a model, supplied by the engine.
struct ModelFacts
{
    QString model;
    TriggerConfig triggers;
    qint64 samplesSinceLastSuccess = 0;       // new labelled samples since the last successful run
    std::vector<QDateTime> recentSampleTimes; // arrival times of recent samples (data window), UTC
    std::optional<double> liveScore;          // latest performance check result of the active model
};

struct DueRun
{
    QString model;
    TriggerKind kind = TriggerKind::Manual;
    QString reason;                // one sentence for the run record, e.g. "5 new samples within 24h"
    std::optional<int> scheduleId; // Schedule, Conditional and CatchUp
    QDateTime scheduledFor;        // the cron moment (latest missed one for CatchUp); now otherwise
};

// One line of `retrainer next`. `when` is invalid when nothing is scheduled (paused, waiting for data).
struct UpcomingMoment
{
    QString model;
    TriggerKind kind = TriggerKind::Schedule;
    QDateTime when;
    QString description;
    std::optional<int> scheduleId;
};

struct Alert
{
    QString model;
    QString severity; // "warning" | "critical"
    QString text;
};

class Scheduler : public QObject
{
    Q_OBJECT

public:
    // A scheduled moment found more than this late by evaluate() (machine asleep, process stopped)
    // counts as missed and is caught up; startUp() treats every moment since the saved state as missed.
    static constexpr qint64 lateAfterSecs = 10 * 60;
    // The timer is never armed further than this ahead (monotonic timers stop during suspend).
    static constexpr qint64 maxTimerSecs = 24 * 3600;

    explicit Scheduler(const Clock& clock, QObject* parent = nullptr);

    void setTimeZone(const QTimeZone& zone); // default: the system zone
    QTimeZone timeZone() const { return m_zone; }

    void setModels(std::vector<ModelFacts> models); // replaces; evaluates once started
    void updateModel(const ModelFacts& facts);      // adds or replaces one model; evaluates once started
    void removeModel(const QString& model);
    void setPausedAll(bool paused); // moments passed while paused are not caught up
    bool pausedAll() const { return m_pausedAll; }

    nlohmann::json saveState() const;
    void restoreState(const nlohmann::json& state); // throws Error for a document that is not a state

    // After restoreState: catches up scheduled moments missed while not running (one CatchUp run and
    // one warning Alert per model with catchUp, not paused), then evaluates and arms the timer.
    void startUp();
    void evaluate();

    std::vector<UpcomingMoment> upcoming(const QString& model = {}) const; // sorted by time
    std::optional<QDateTime> nextWakeUp() const { return m_wakeUp; }

    void runFinished(const QString& model, TriggerKind kind, bool succeeded);
    void performanceChecked(const QString& model, double score);

Q_SIGNALS:
    void due(const retrainer::DueRun& run);
    void alertRaised(const retrainer::Alert& alert);
    void performanceCheckDue(const QString& model);
    void stateChanged();

private:
    struct Outcome
    {
        std::vector<DueRun> runs;
        std::vector<Alert> alerts;
        QStringList checks;
        bool stateChanged = false;
    };
    struct Model
    {
        ModelFacts facts;
        ModelSchedulerState state;
    };

    Model merged(const ModelFacts& facts, const QDateTime& now);
    void syncMarkers(Model& m, const QDateTime& now) const;
    bool isPaused(const Model& m) const { return m_pausedAll || m.facts.triggers.paused; }
    void skipPausedTime(Model& m, const QDateTime& now);
    void settle();
    void evaluateAt(const QDateTime& now, qint64 lateAfter, const QString& missedWhile);
    void evaluateSchedules(Model& m, const QDateTime& now, qint64 lateAfter, const QString& missedWhile,
                           Outcome& out);
    void evaluateData(Model& m, const QDateTime& now, Outcome& out);
    void evaluatePerformance(Model& m, const QDateTime& now, Outcome& out);
    int samplesWaiting(const Model& m, const QDateTime& now) const;
    std::optional<QDateTime> nextMoment(const Model& m, const QDateTime& now) const;
    void publish(const Outcome& out);
    void rearm();
    QString local(const QDateTime& t) const;
    static QString score(double value);

    const Clock& m_clock;
    QTimeZone m_zone;
    QTimer m_timer;
    std::map<QString, Model> m_models;
    std::map<QString, ModelSchedulerState> m_restored; // saved state of models not (yet) known
    QDateTime m_lastEvaluated;
    std::optional<QDateTime> m_wakeUp;
    bool m_pausedAll = false;
    bool m_started = false;
    bool m_dirty = false; // state changed outside an evaluation; stateChanged() still to be emitted
};

} // namespace retrainer

Q_DECLARE_METATYPE(retrainer::DueRun)
Q_DECLARE_METATYPE(retrainer::Alert)
