#pragma once
// A model's status as the console, the CLI (`status`) and the API (status, model) show it, read from the store in
// one go on a worker thread: its configuration, the version in service, recent runs and today's figures; and
// the health derived from it (healthy, below threshold, training, failed, paused, no version yet).
#include "model_config.h"
#include "model_lock.h"
#include "registry.h"
#include "run_record.h"
#include <QString>
#include <nlohmann/json.hpp>
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
// "healthy", "below_threshold", "training", "failed", "paused", "no_version": the key of the API and `--json`
// (which give conditionOf: whether a model trains now or is paused are fields of their own there).
QString healthKey(ModelHealth health);
// The health in plain English for the command line: "healthy", "below its threshold", "last run failed", …
QString healthWords(ModelHealth health);

// The number under `name` in a metrics object ({"r2":0.91,…}); nullopt when absent or not a number.
std::optional<double> metricIn(const nlohmann::json& metrics, const QString& name);

} // namespace retrainer
