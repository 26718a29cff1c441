#pragma once
// One training run from start to terminal state:
// load rows -> type and reject bad rows -> apply the data policy -> split -> train the candidate ->
// evaluate candidate and champion on the same holdout -> gate -> register and activate (or not).
// Every step is recorded in the run record; the run always ends in exactly one terminal state,
// whatever goes wrong, and a failure never touches the active version.
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

// The gate of issue 2: promote when there is no comparable active version or when the candidate's
// primary metric on the same holdout is at least the active version's.
struct GateDecision
{
    bool promote = false;
    QString rule;     // which rule decided
    QString summary;  // human sentence with both figures
    nlohmann::json toJson() const;
};

GateDecision decidePromotion(const QString& metric, double candidate, std::optional<double> champion,
                             std::optional<int> championVersion);

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
