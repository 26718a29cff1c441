#pragma once
// What the approval dialog shows about a version awaiting approval: the candidate, the version in service,
// the run that produced the candidate (its gate decision) and both versions' metrics side by side.
// Loaded on a worker thread (it reads the store).
#include "registry.h"
#include "run_record.h"
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace retrainer {

struct MetricComparison
{
    QString metric;
    std::optional<double> candidate;
    std::optional<double> active;
    bool primary = false;
    bool judged = true; // false for whole numbers such as the holdout's row count
    // candidate - active when both are known
    std::optional<double> difference() const;
    // +1 the candidate is better, -1 worse, 0 equal or not comparable (counts, a missing side)
    int verdict() const;
};

struct ApprovalCandidate
{
    ModelVersion candidate;
    std::optional<ModelVersion> active;
    std::optional<RunRecord> run;  // the run that registered the candidate, when still recorded
    QString primaryMetric;
    // True when the active version's figures come from the gate's evaluation on the candidate's holdout
    // (a fair comparison); false when they are the active version's own figures from its training.
    bool sameHoldout = false;
    std::vector<MetricComparison> metrics; // the primary metric first

    QString approvalState() const { return candidate.approvalState(); }
    QDateTime expires() const;           // invalid when the request has no expiry
    QString gateSummary() const;         // the gate's sentence, empty when unknown
};

// Reads version `version` of `model`, the active version and the candidate's run. `primaryMetric` is the
// model's configured one (used when the version does not record its own). Throws Error for an unknown version.
ApprovalCandidate loadApprovalCandidate(const Registry& registry, const Store& store, const QString& model,
                                        int version, const QString& primaryMetric);

} // namespace retrainer
