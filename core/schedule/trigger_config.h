#pragma once
// When a model retrains, as the administrator configures it (workspace.json "triggers", CLI, later the
// GUI). Defaults live in the declarations (DESIGN.md: nightly full at 02:00, conditional every 12 h
// with 3+ new samples, data trigger 5 new in 24 h with a 6 h cool-down, hourly performance check
// against 0.70 with 3 retries). Read and written through nlohmann/json; a bad value throws Error naming
// the field, e.g. "triggers.data.min_new must be a positive integer".
#include <QString>
#include <QtGlobal>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace retrainer {

// One cron schedule. `full` fires always; `conditional` only with at least `minNew` new samples
// since the last successful run.
struct ScheduleEntry
{
    int id = 0;
    QString cron;
    bool conditional = false;
    int minNew = 3;

    bool operator==(const ScheduleEntry&) const = default;
};

// At least `minNew` new samples within `windowSecs`, then no further data-triggered run for
// `cooldownSecs`.
struct DataTrigger
{
    bool enabled = true;
    int minNew = 5;
    qint64 windowSecs = 24 * 3600;
    qint64 cooldownSecs = 6 * 3600;

    bool operator==(const DataTrigger&) const = default;
};

// Every `everySecs` the active model is scored on its newest `windowRows` unseen labelled rows; below
// `threshold` (of the primary metric) a retrain starts, at most `retries` times, then an alert.
struct PerformanceTrigger
{
    bool enabled = true;
    double threshold = 0.70;
    qint64 everySecs = 3600;
    int retries = 3;
    int windowRows = 50;

    bool operator==(const PerformanceTrigger&) const = default;
};

struct TriggerConfig
{
    std::vector<ScheduleEntry> schedules = defaultSchedules();
    DataTrigger data;
    PerformanceTrigger performance;
    bool catchUp = true;           // run once on start for scheduled moments missed while off
    bool skipUnchangedData = true; // a scheduled full retrain on unchanged data is skipped
    bool paused = false;
    qint64 maxTrainingSecs = 8 * 3600;

    bool operator==(const TriggerConfig&) const = default;

    static std::vector<ScheduleEntry> defaultSchedules();
    static TriggerConfig defaults() { return {}; }

    // {"schedules":[{"id":1,"cron":"0 2 * * *","mode":"full"}, {"id":2,"cron":"0 */12 * * *",
    //  "mode":"conditional","min_new":3}], "data":{"enabled":true,"min_new":5,"window":"24h",
    //  "cooldown":"6h"}, "performance":{"enabled":true,"threshold":0.7,"every":"1h","retries":3,
    //  "window_rows":50}, "catch_up":true, "skip_unchanged_data":true, "paused":false,
    //  "max_training":"8h"}. Durations are written as text ("24h") and read as text or as a number of
    // seconds.
    nlohmann::json toJson() const;
    // Missing keys keep their defaults (an absent "schedules" gives the default schedules, an empty
    // list none). Throws Error naming the field ("triggers.schedules[0].cron ...") for a bad value.
    static TriggerConfig fromJson(const nlohmann::json& json);

    // Adds a schedule with the next free id and returns it. Throws Error for bad cron text or
    // minNew < 1.
    int addSchedule(const QString& cron, bool conditional, int minNew = 3);
    bool removeSchedule(int id);
    const ScheduleEntry* schedule(int id) const;
};

// Why a run was asked for; recorded with the run.
enum class TriggerKind { Schedule, Conditional, Data, Performance, CatchUp, Manual };
// "schedule", "conditional", "data", "performance", "catch-up", "manual". Note: inside QCOMPARE, ADL
// finds this instead of QTest::toString; compare toString(kind) values there.
QString toString(TriggerKind kind);
std::optional<TriggerKind> triggerKindFromString(const QString& text);

// "24h", "6h", "1h30m", "45s", "0s": hours, minutes and seconds, zero parts left out.
QString formatDuration(qint64 secs);
// Accepts parts in the order d, h, m, s, each at most once ("2d", "24h", "90m", "1h30m", "45s", "1d12h");
// std::nullopt for anything else (empty, bare numbers, unknown units, negative values).
std::optional<qint64> parseDuration(const QString& text);

} // namespace retrainer
