#pragma once
// What the console shows about a model, read from the store in one go on a worker thread:
// its configuration, the version in service, recent runs and today's figures; and the health derived
// from it (healthy, below threshold, training, failed, paused).
#include "model_config.h"
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
    int runsToday = 0;                     // queued since local midnight
    int succeeded = 0, failed = 0;         // finished runs of the last 30 days that trained / went wrong

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
// "0.812" for scores; two decimals for errors (mae, rmse).
QString formatMetric(const QString& metric, double value);
// "12 Mar 14:05" (local time), "—" when invalid.
QString formatMoment(const QDateTime& utc);
// Readiness of a sample count against the levels 10 / 50 / 100: "Not ready", "Minimum", "Recommended", "Excellent".
QString readinessLabel(long samples);

} // namespace retrainer
