#include "approval_candidate.h"
#include "error.h"
#include "metrics.h"
#include "store.h"
#include <algorithm>
#include <set>

namespace retrainer {

using json = nlohmann::json;

namespace {

json metricsObject(const json& holder)
{
    if (!holder.is_object())
        return json::object();
    const auto it = holder.find("metrics");
    return it != holder.end() && it->is_object() ? *it : json::object();
}

std::optional<double> numberIn(const json& metrics, const std::string& key)
{
    const auto it = metrics.find(key);
    if (it == metrics.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

bool isFloat(const json& metrics, const std::string& key)
{
    const auto it = metrics.find(key);
    return it != metrics.end() && it->is_number_float();
}

std::optional<qint64> runIdOf(const ModelVersion& v)
{
    for (const json* holder : {&v.approval, &v.metadata}) {
        for (const char* key : {"run", "run_id"}) {
            const auto it = holder->find(key);
            if (it != holder->end() && it->is_number_integer())
                return it->get<qint64>();
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<double> MetricComparison::difference() const
{
    if (!candidate || !active)
        return std::nullopt;
    return *candidate - *active;
}

int MetricComparison::verdict() const
{
    const auto diff = difference();
    if (!judged || !diff || *diff == 0.0)
        return 0;
    const bool higher = *diff > 0;
    return higher == Metrics::higherIsBetter(metric) ? 1 : -1;
}

QDateTime ApprovalCandidate::expires() const
{
    const std::string text = candidate.approval.is_object() ? candidate.approval.value("expires", std::string()) : std::string();
    return QDateTime::fromString(QString::fromStdString(text), Qt::ISODate);
}

QString ApprovalCandidate::gateSummary() const
{
    if (!run || !run->gate.is_object())
        return {};
    return QString::fromStdString(run->gate.value("summary", std::string()));
}

ApprovalCandidate loadApprovalCandidate(const Registry& registry, const Store& store, const QString& model,
                                        int version, const QString& primaryMetric)
{
    ApprovalCandidate result;
    auto candidate = registry.version(model, version);
    if (!candidate)
        throw Error(QStringLiteral("model '%1' has no version %2").arg(model).arg(version));
    result.candidate = *candidate;
    result.active = registry.active(model);
    if (const auto runId = runIdOf(result.candidate))
        result.run = store.run(*runId);
    const std::string recorded = result.candidate.metadata.value("primary_metric", std::string());
    result.primaryMetric = recorded.empty() ? primaryMetric : QString::fromStdString(recorded);

    const json candidateMetrics = metricsObject(result.candidate.metadata);
    json activeMetrics = result.active ? metricsObject(result.active->metadata) : json::object();
    if (result.run && result.active && result.run->gate.is_object()) {
        const json champion = result.run->gate.value("champion", json());
        if (champion.is_object() && champion.value("version", 0) == result.active->version
            && !metricsObject(champion).empty()) {
            activeMetrics = metricsObject(champion);
            result.sameHoldout = true;
        }
    }

    std::set<std::string> keys;
    for (const json* metrics : std::initializer_list<const json*>{&candidateMetrics, &activeMetrics})
        for (const auto& item : metrics->items())
            if (item.value().is_number())
                keys.insert(item.key());
    for (const auto& key : keys) {
        MetricComparison row;
        row.metric = QString::fromStdString(key);
        row.candidate = numberIn(candidateMetrics, key);
        row.active = numberIn(activeMetrics, key);
        row.primary = row.metric == result.primaryMetric;
        row.judged = isFloat(candidateMetrics, key) || isFloat(activeMetrics, key); // counts are not judged
        result.metrics.push_back(row);
    }
    std::stable_partition(result.metrics.begin(), result.metrics.end(),
                          [](const MetricComparison& m) { return m.primary; });
    return result;
}

} // namespace retrainer
