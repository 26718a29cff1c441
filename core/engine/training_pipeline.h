#pragma once
// One training run from start to terminal state:
// load rows -> type and reject bad rows -> apply the data policy -> split -> train the candidate ->
// evaluate candidate and champion on the same holdout -> gate -> register and activate, or register and
// wait for approval (state awaiting_approval, versions.approval "pending"), or reject.
// Every step is recorded in the run record; the run always ends in exactly one terminal state,
// whatever goes wrong, and a failure never touches the active version.
#include "gate_policy.h"
#include "model_config.h"
#include "progress.h"
#include "run_record.h"
#include <QString>
#include <functional>

namespace retrainer {

class Registry;
class Store;

struct RunRequest
{
    QString model;
    QString trigger = QStringLiteral("manual");
    bool force = false;  // train even when the data is unchanged since the active version
    bool dryRun = false; // train and evaluate, promote nothing
    QString reason;      // why it was asked for ("5 new samples within 24h"), recorded with the start event
    qint64 timeLimitSecs = 0; // 0: none; past it the run is cancelled as timed out
};

// The gate (GatePolicy, GateDecision, decidePromotion) lives in gate_policy.h.

// True when the encoder was fitted on the same features (names, kinds, order) and task as `data`.
bool sameFeatures(const class FeatureEncoder& encoder, const struct Dataset& data);

// A version's metadata about its rows: [{"name", "kind"}] of the features, and {"from", "to"} of the timestamps
// (null without them).
nlohmann::json featuresJson(const struct Dataset& data);
nlohmann::json timeRange(const struct Dataset& data);

// SHA-256 over the accepted samples (features, label and timestamp, in order): equal data, equal print.
QString dataFingerprint(const struct Dataset& data);

class TrainingPipeline
{
public:
    using StateFn = std::function<void(const RunRecord& run)>;

    TrainingPipeline(Store& store, Registry& registry, QString workspaceDir);

    // Executes run `runId` (already created as queued). Never throws: errors end the run as failed.
    // `progress` gets (phase, fraction) from this thread; `stateChanged` each time the record is saved.
    RunRecord execute(qint64 runId, const ModelConfig& model, const RunRequest& request, const CancelToken& cancel,
                      const ProgressFn& progress = {}, const StateFn& stateChanged = {});

private:
    Store& m_store;
    Registry& m_registry;
    QString m_workspaceDir;
};

} // namespace retrainer
