#pragma once
// A model as the administrator configures it (workspace.json). Defaults live in the declarations;
// every field is read through nlohmann/json with an error naming the model and the field.
#include "dataset.h"
#include "gate_policy.h"
#include "hygiene.h"
#include "model_selection.h"
#include "quality_report.h"
#include "task.h"
#include "trigger_config.h"
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <vector>

namespace retrainer {

struct DataPolicy
{
    int lastDays = 0; // 0: all history; N: only rows whose timestamp is within the last N days
};

struct ModelConfig
{
    QString name;                   // the identifier (command line, API, store); see model_identifier.h
    QString displayName;            // the name a person gave it, e.g. "Waiting time (north clinic)"; may be empty
    QString group = QStringLiteral("default");
    Task task = Task::Regression;
    QString source;                 // URI, see source.h
    QString baseSource;             // optional URI of a base dataset merged with `source` (its rows always kept)
    QString label;
    QStringList features;           // empty: every column but label and timestamp
    QHash<QString, ColumnKind> kinds; // detected at `model add`, overridable
    QString timestamp;              // optional
    Algorithm algorithm = Algorithm::RandomForest;
    // "algorithm": "auto": chosen per run by cross-validation (model_selection.h); `algorithm` is then
    // linear, what a text classifier uses.
    bool autoAlgorithm = false;
    // "auto_time_limit": seconds that choosing the algorithm may take (model_selection.h); 0: no limit.
    double autoTimeLimit = kDefaultAutoTimeLimit;
    nlohmann::json parameters = nlohmann::json::object(); // overrides of the algorithm's defaults
    double holdoutFraction = 0.2;
    DataPolicy dataPolicy;
    int minimumSamples = 10;
    int keepVersions = 10;          // retention: versions kept per model (retention.h), "keep_versions"
    QString primaryMetric;          // empty: accuracy (classification) / r2 (regression)
    TriggerConfig triggers;         // schedules, data and performance triggers, catch-up, pause, time limit
    GatePolicy gate;                // when a candidate may replace the active version; approvals; rollback watch
    HygieneConfig hygiene;          // de-duplication, quality filter, PII scrubbing before training
    ReadinessThresholds readiness;  // rows needed for minimum / recommended / excellent

    DatasetSchema schema() const;
    QString effectivePrimaryMetric() const;
    QString algorithmName() const; // "auto" or the algorithm's name
    // The name shown to people: the display name, or the identifier when there is none.
    QString shownName() const { return displayName.isEmpty() ? name : displayName; }

    nlohmann::json toJson() const;
    // Throws Error naming the model and field for a missing or bad value.
    static ModelConfig fromJson(const nlohmann::json& json);
    // Empty when the name is usable (letters, digits, '-', '_', '.', 1..64 chars, not starting with '.').
    static QString validateName(const QString& name);
};

} // namespace retrainer
