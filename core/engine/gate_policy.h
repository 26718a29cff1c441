#pragma once
// The promotion gate: when a trained candidate may replace the version in service (workspace.json key
// "gate" per model), and the decision itself. Figures are in the model's primary metric; for error
// metrics (mae, rmse) lower is better, so "improvement" is the active figure minus the candidate's and a
// minimum score is a ceiling.
#include "trivial_baseline.h"
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace retrainer {

struct GatePolicy
{
    std::optional<double> minimumScore;   // absolute floor on the primary metric (ceiling for mae/rmse)
    double minimumImprovement = 0.0;      // over the active version on the same holdout (0.02 is common)
    bool requireApproval = false;         // a passing candidate waits for a person before it serves
    int approvalExpiryDays = 7;           // an unanswered approval request expires after this many days
    double rollbackMargin = 0.05;         // watch after promotion: roll back when the new version scores
    bool autoRollback = true;             //   this much below the one it replaced on the live window

    nlohmann::json toJson() const;
    // Throws Error naming the model and the field ("gate.minimum_improvement") for a bad value.
    static GatePolicy fromJson(const nlohmann::json& json, const QString& model);
};

enum class GateOutcome { Promoted, AwaitingApproval, Rejected };
QString toString(GateOutcome outcome); // "promoted", "awaiting_approval", "rejected"

struct GateDecision
{
    GateOutcome outcome = GateOutcome::Rejected;
    QString rule;     // which rule decided: minimum_score, minimum_improvement, approval_required, …
    QString summary;  // a sentence with both figures, e.g. "rejected: improvement 0.0120 < required 0.0200 (…)"
    double candidate = 0.0;
    std::optional<double> champion;

    bool registers() const { return outcome != GateOutcome::Rejected; } // the candidate becomes a version
    nlohmann::json toJson() const; // {"decision": "promote"|"await_approval"|"reject", "outcome", "rule", "summary"}
};

// `champion`: the active version's figure on the same holdout (nullopt: no comparable active version).
GateDecision decidePromotion(const QString& metric, double candidate, std::optional<double> champion,
                             std::optional<int> championVersion, const GatePolicy& policy = {});

// The guessing rule, checked before every other: a candidate is refused, whatever its score, when it does
// not beat the trivial predictor (trivial_baseline.h) on the same holdout in `metric` (rule
// "beats_guessing"), or when it never predicts a class that the holdout holds (rule "predicts_every_class").
// nullopt: the candidate passes and decidePromotion() decides.
std::optional<GateDecision> refuseGuessing(const QString& metric, const Metrics& candidate, const TrivialBaseline& trivial);

// Equal is not better: a candidate trained on exactly the data of the active version (`sameData`: equal data
// fingerprints, as in a forced retrain) that scores no better than that version on the same holdout would be a
// copy of it, so it is refused (rule "equal_on_unchanged_data"). nullopt: the candidate passes.
std::optional<GateDecision> refuseEqualOnSameData(const QString& metric, double candidate, std::optional<double> champion,
                                                  int championVersion, bool sameData);

} // namespace retrainer
