#pragma once
// What the console shows about a model, read from the store in one go on a worker thread:
// its configuration, the version in service, recent runs and today's figures; and the health derived
// from it (healthy, below threshold, training, failed, paused).
#include "model_config.h"
#include "model_lock.h"
#include "registry.h"
#include "run_record.h"
#include <QIcon>
#include <optional>
#include <vector>

namespace retrainer {

class Workspace;

struct ModelSnapshot
{
    ModelConfig config;
    std::optional<ModelVersion> active;
    std::optional<RunRecord> lastRun;      // the newest run, whatever its state
    std::optional<RunRecord> lastFinished; // the newest run in a terminal state
    long samples = -1;                     // rows the last run that read the source accepted; -1: unknown
    QString missingSource;                 // the data file that does not exist (then samples is -1)
    int runsToday = 0;                     // queued since local midnight
    int succeeded = 0, failed = 0;         // finished runs of the last 30 days that trained / went wrong
    // Another instance sharing the PostgreSQL store holds the model's training lock (it trains it now).
    std::optional<ModelLock::Holder> trainingElsewhere;

    QString metricName() const { return config.effectivePrimaryMetric(); }
    std::optional<double> activeMetric() const; // the primary metric of the version in service
    double threshold() const { return config.triggers.performance.threshold; }
    bool belowThreshold() const;
};

// Reads one model's snapshot. Runs on the calling (worker) thread; never throws (unreadable parts stay empty).
ModelSnapshot loadModelSnapshot(Workspace& workspace, const ModelConfig& config);
std::vector<ModelSnapshot> loadModelSnapshots(Workspace& workspace, const std::vector<ModelConfig>& models);

enum class ModelHealth { Healthy, BelowThreshold, Training, Failed, Paused, NoVersion };

ModelHealth healthOf(const ModelSnapshot& snapshot, bool training, bool pausedAll);
// The model's condition whatever runs now and whether scheduling is paused: Healthy, BelowThreshold,
// Failed or NoVersion. Pausing changes when a model retrains, not how healthy it is.
ModelHealth conditionOf(const ModelSnapshot& snapshot);
QString healthLabel(ModelHealth health);
QIcon healthIcon(ModelHealth health);
QColor healthColor(ModelHealth health);

// The number under `name` in a metrics object ({"r2":0.91,…}); nullopt when absent or not a number.
std::optional<double> metricIn(const nlohmann::json& metrics, const QString& name);
// As MetricWords::value: "94 %" for accuracy, "0.81" for other scores, "± 4.2 minutes" for errors in the
// units of `label`.
QString formatMetric(const QString& metric, double value, const QString& label = {});
// "12 Mar 14:05" (local time), "—" when invalid.
QString formatMoment(const QDateTime& utc);
// "12 Mar 2026, 14:05" (local time, month in the language shown, 24-hour), "—" when invalid.
QString formatDateTime(const QDateTime& utc);
// Readiness of a sample count against the levels 10 / 50 / 100: "Not ready", "Minimum", "Recommended", "Excellent".
QString readinessLabel(long samples);
// What started a run, in words: "schedule" -> "on schedule", "manual" -> "Train now"; unknown as given.
QString triggerLabel(const QString& trigger);

} // namespace retrainer
