#include "gate_policy.h"
#include "error.h"
#include "metrics.h"
#include <QCoreApplication>

namespace retrainer {

using json = nlohmann::json;

namespace {

[[noreturn]] void fail(const QString& model, const char* field, const QString& why)
{
    throw Error(QStringLiteral("model '%1': field 'gate.%2' %3").arg(model, QString::fromLatin1(field), why));
}

double number(const json& j, const char* key, const QString& model, double fallback, double min, double max)
{
    if (!j.contains(key))
        return fallback;
    if (!j[key].is_number())
        fail(model, key, QStringLiteral("must be a number"));
    const double v = j[key].get<double>();
    if (!(v >= min && v <= max))
        fail(model, key, QStringLiteral("must be between %1 and %2, not %3").arg(min).arg(max).arg(v));
    return v;
}

bool flag(const json& j, const char* key, const QString& model, bool fallback)
{
    if (!j.contains(key))
        return fallback;
    if (!j[key].is_boolean())
        fail(model, key, QStringLiteral("must be true or false"));
    return j[key].get<bool>();
}

QString figure(double v) { return QString::number(v, 'f', 4); }

GateDecision refusal(const char* rule, double candidate, QString summary)
{
    GateDecision d;
    d.rule = QString::fromLatin1(rule);
    d.candidate = candidate;
    d.summary = std::move(summary);
    return d;
}

} // namespace

json GatePolicy::toJson() const
{
    return {{"minimum_score", minimumScore ? json(*minimumScore) : json(nullptr)},
            {"minimum_improvement", minimumImprovement},
            {"require_approval", requireApproval},
            {"approval_expiry_days", approvalExpiryDays},
            {"rollback_margin", rollbackMargin},
            {"auto_rollback", autoRollback}};
}

GatePolicy GatePolicy::fromJson(const json& j, const QString& model)
{
    GatePolicy p;
    if (j.is_null())
        return p;
    if (!j.is_object())
        throw Error(QStringLiteral("model '%1': field 'gate' must be an object").arg(model));
    if (j.contains("minimum_score") && !j["minimum_score"].is_null())
        p.minimumScore = number(j, "minimum_score", model, 0.0, -1e12, 1e12);
    p.minimumImprovement = number(j, "minimum_improvement", model, p.minimumImprovement, -1.0, 1e12);
    p.requireApproval = flag(j, "require_approval", model, p.requireApproval);
    if (j.contains("approval_expiry_days") && !j["approval_expiry_days"].is_number_integer())
        fail(model, "approval_expiry_days", QStringLiteral("must be a whole number of days"));
    p.approvalExpiryDays = int(number(j, "approval_expiry_days", model, p.approvalExpiryDays, 1, 3650));
    p.rollbackMargin = number(j, "rollback_margin", model, p.rollbackMargin, 0.0, 1e12);
    p.autoRollback = flag(j, "auto_rollback", model, p.autoRollback);
    return p;
}

QString toString(GateOutcome outcome)
{
    switch (outcome) {
    case GateOutcome::Promoted: return QStringLiteral("promoted");
    case GateOutcome::AwaitingApproval: return QStringLiteral("awaiting_approval");
    case GateOutcome::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("rejected");
}

json GateDecision::toJson() const
{
    const char* decision = outcome == GateOutcome::Promoted           ? "promote"
                           : outcome == GateOutcome::AwaitingApproval ? "await_approval"
                                                                      : "reject";
    return {{"decision", decision}, {"outcome", toString(outcome).toStdString()}, {"rule", rule.toStdString()},
            {"summary", summary.toStdString()}};
}

std::optional<GateDecision> refuseGuessing(const QString& metric, const Metrics& candidate, const TrivialBaseline& trivial)
{
    constexpr double kTolerance = 1e-12;
    const double score = candidate.value(metric);
    if (candidate.task == Task::Classification) {
        const size_t k = std::min(candidate.classes.size(), candidate.confusion.size());
        for (size_t c = 0; c < k; ++c) {
            long truth = 0, predicted = 0;
            for (size_t o = 0; o < k; ++o) {
                truth += candidate.confusion[c][o];
                predicted += candidate.confusion[o][c];
            }
            if (truth > 0 && predicted == 0 && candidate.classes[c] != "(unseen)")
                return refusal("predicts_every_class", score,
                               QCoreApplication::translate("PromotionGate", "rejected: the model never predicts '%1', although %2 of the %3 holdout rows are '%1'; "
                                  "a model that ignores a class is no better than guessing, whatever its %4 (%5)")
                                   .arg(QString::fromStdString(candidate.classes[c])).arg(truth).arg(candidate.count)
                                   .arg(metric, figure(score)));
        }
    }
    const double guess = trivial.metrics.value(metric);
    const bool higher = Metrics::higherIsBetter(metric);
    if (higher ? score > guess + kTolerance : score < guess - kTolerance)
        return std::nullopt;
    const QString summary = candidate.task == Task::Classification
        ? QCoreApplication::translate("PromotionGate", "rejected: %1 %2 is no better than always guessing '%3', which scores %4 on the same holdout")
              .arg(metric, figure(score), QString::fromStdString(trivial.guess), figure(guess))
        : QCoreApplication::translate("PromotionGate", "rejected: %1 %2 is no better than always predicting the training mean %3, which scores %4 on the same holdout")
              .arg(metric, figure(score)).arg(trivial.mean, 0, 'g', 6).arg(figure(guess));
    return refusal("beats_guessing", score, summary);
}

std::optional<GateDecision> refuseEqualOnSameData(const QString& metric, double candidate, std::optional<double> champion,
                                                  int championVersion, bool sameData)
{
    constexpr double kTolerance = 1e-12;
    if (!sameData || !champion)
        return std::nullopt;
    const bool higher = Metrics::higherIsBetter(metric);
    if (higher ? candidate > *champion + kTolerance : candidate < *champion - kTolerance)
        return std::nullopt;
    GateDecision d = refusal("equal_on_unchanged_data", candidate,
                             QCoreApplication::translate("PromotionGate",
                                                         "not registered: the data is unchanged since version %1 and the new "
                                                         "candidate is no better (%2 %3 against %4); version %1 stays in service")
                                 .arg(championVersion).arg(metric, figure(candidate), figure(*champion)));
    d.champion = champion;
    return d;
}

GateDecision decidePromotion(const QString& metric, double candidate, std::optional<double> champion,
                             std::optional<int> championVersion, const GatePolicy& policy)
{
    constexpr double kTolerance = 1e-12; // 0.82 - 0.80 must pass a required 0.02
    const bool higher = Metrics::higherIsBetter(metric);
    GateDecision d;
    d.candidate = candidate;
    d.champion = champion;
    const QString cand = figure(candidate);
    if (policy.minimumScore) {
        const double floor = *policy.minimumScore;
        if (higher ? candidate < floor - kTolerance : candidate > floor + kTolerance) {
            d.rule = QStringLiteral("minimum_score");
            d.summary = QStringLiteral("rejected: %1 %2 is %3 the required %4")
                            .arg(metric, cand, higher ? QStringLiteral("below") : QStringLiteral("above"), figure(floor));
            if (champion)
                d.summary += QStringLiteral(" (active version %1 scored %2 on the same holdout)")
                                 .arg(championVersion.value_or(0)).arg(figure(*champion));
            return d;
        }
    }
    QString comparison;
    if (champion) {
        const double improvement = higher ? candidate - *champion : *champion - candidate;
        comparison = QStringLiteral("%1 %2 vs %3 of active version %4 on the same holdout")
                         .arg(metric, cand, figure(*champion)).arg(championVersion.value_or(0));
        if (improvement < policy.minimumImprovement - kTolerance) {
            d.rule = QStringLiteral("minimum_improvement");
            d.summary = policy.minimumImprovement == 0.0
                            ? QStringLiteral("rejected: %1 %2 is worse than the active version %3's %4 on the same holdout")
                                  .arg(metric, cand).arg(championVersion.value_or(0)).arg(figure(*champion))
                            : QStringLiteral("rejected: improvement %1 < required %2 (%3)")
                                  .arg(figure(improvement), figure(policy.minimumImprovement), comparison);
            return d;
        }
        d.rule = QStringLiteral("minimum_improvement");
        comparison = QStringLiteral("improvement %1 ≥ required %2 (%3)")
                         .arg(figure(improvement), figure(policy.minimumImprovement), comparison);
    } else {
        d.rule = QStringLiteral("no_comparable_active_version");
        comparison = QStringLiteral("%1 %2, no comparable active version").arg(metric, cand);
    }
    if (policy.requireApproval) {
        d.outcome = GateOutcome::AwaitingApproval;
        d.rule = QStringLiteral("approval_required");
        d.summary = QStringLiteral("awaiting approval: %1; a person must approve it within %2 days")
                        .arg(comparison).arg(policy.approvalExpiryDays);
        return d;
    }
    d.outcome = GateOutcome::Promoted;
    d.summary = QStringLiteral("promoted: %1").arg(comparison);
    return d;
}

} // namespace retrainer
