#include "drift.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace retrainer {

using json = nlohmann::json;

namespace {

constexpr size_t kMaxCategories = 50;
const std::string kOther = "(other)";

std::vector<double> numericValues(const Dataset& data, size_t feature, const std::vector<size_t>& indices)
{
    std::vector<double> values;
    values.reserve(indices.size());
    for (size_t i : indices) {
        const auto& numbers = data.samples[i].numbers;
        if (feature < numbers.size() && std::isfinite(numbers[feature]))
            values.push_back(numbers[feature]);
    }
    return values;
}

std::map<std::string, long> categoryCounts(const Dataset& data, size_t feature, const std::vector<size_t>& indices)
{
    std::map<std::string, long> counts;
    for (size_t i : indices) {
        const auto& categories = data.samples[i].categories;
        if (feature < categories.size() && !categories[feature].empty())
            ++counts[categories[feature]];
    }
    return counts;
}

// Shares of each profiled category, the last bin being "(other)".
std::vector<double> categoryShares(const std::vector<std::string>& categories, const std::map<std::string, long>& counts)
{
    std::vector<double> shares(categories.size() + 1, 0.0);
    long total = 0;
    for (const auto& [category, count] : counts) {
        const auto it = std::find(categories.begin(), categories.end(), category);
        shares[size_t(it - categories.begin())] += double(count); // not found: the "(other)" bin at the end
        total += count;
    }
    for (double& share : shares)
        share = total > 0 ? share / double(total) : 0.0;
    return shares;
}

} // namespace

double populationStabilityIndex(const std::vector<double>& expected, const std::vector<double>& actual)
{
    double psi = 0.0;
    for (size_t i = 0; i < expected.size() && i < actual.size(); ++i) {
        const double e = std::max(expected[i], kPsiEpsilon);
        const double a = std::max(actual[i], kPsiEpsilon);
        psi += (a - e) * std::log(a / e);
    }
    return psi;
}

std::vector<double> quantileEdges(std::vector<double> values)
{
    std::vector<double> edges;
    if (values.empty())
        return edges;
    std::sort(values.begin(), values.end());
    for (int q = 1; q <= 9; ++q) {
        const double position = double(q) / 10.0 * double(values.size() - 1);
        const auto low = size_t(std::floor(position));
        const size_t high = std::min(low + 1, values.size() - 1);
        const double edge = values[low] + (position - double(low)) * (values[high] - values[low]);
        if (edges.empty() || edge > edges.back())
            edges.push_back(edge);
    }
    return edges;
}

std::vector<double> binShares(const std::vector<double>& edges, const std::vector<double>& values)
{
    std::vector<double> shares(edges.size() + 1, 0.0);
    for (double v : values)
        shares[size_t(std::lower_bound(edges.begin(), edges.end(), v) - edges.begin())] += 1.0;
    for (double& share : shares)
        share = values.empty() ? 0.0 : share / double(values.size());
    return shares;
}

json profileFeatures(const Dataset& data, const std::vector<size_t>& indices)
{
    json profile = json::array();
    for (size_t f = 0; f < data.features.size(); ++f) {
        const FeatureColumn& column = data.features[f];
        json entry{{"name", column.name.toStdString()}, {"kind", columnKindName(column.kind).toStdString()}};
        if (column.kind == ColumnKind::Numeric) {
            const auto values = numericValues(data, f, indices);
            const auto edges = quantileEdges(values);
            entry["edges"] = edges;
            entry["shares"] = binShares(edges, values);
        } else if (column.kind == ColumnKind::Categorical) {
            const auto counts = categoryCounts(data, f, indices);
            std::vector<std::pair<long, std::string>> byCount;
            for (const auto& [category, count] : counts)
                byCount.emplace_back(-count, category);
            std::sort(byCount.begin(), byCount.end());
            std::vector<std::string> categories;
            for (size_t i = 0; i < byCount.size() && i < kMaxCategories; ++i)
                categories.push_back(byCount[i].second);
            entry["categories"] = categories;
            entry["shares"] = categoryShares(categories, counts);
        } else {
            continue;
        }
        profile.push_back(std::move(entry));
    }
    return profile;
}

json FeatureDrift::toJson() const
{
    return {{"feature", feature.toStdString()}, {"psi", psi}, {"drifted", drifted}};
}

std::vector<FeatureDrift> computeDrift(const json& profile, const Dataset& data, const std::vector<size_t>& recent)
{
    std::vector<FeatureDrift> result;
    if (!profile.is_array())
        return result;
    for (const json& entry : profile) {
        if (!entry.is_object() || !entry.contains("name") || !entry.contains("shares"))
            continue;
        const QString name = QString::fromStdString(entry.value("name", std::string()));
        const auto kind = columnKindFromString(QString::fromStdString(entry.value("kind", std::string())));
        size_t f = 0;
        while (f < data.features.size() && data.features[f].name != name)
            ++f;
        if (f == data.features.size() || !kind || data.features[f].kind != *kind)
            continue;
        const auto expected = entry.at("shares").get<std::vector<double>>();
        std::vector<double> actual;
        if (*kind == ColumnKind::Numeric)
            actual = binShares(entry.value("edges", std::vector<double>()), numericValues(data, f, recent));
        else
            actual = categoryShares(entry.value("categories", std::vector<std::string>()), categoryCounts(data, f, recent));
        if (actual.size() != expected.size())
            continue;
        FeatureDrift drift{name, populationStabilityIndex(expected, actual)};
        drift.drifted = drift.psi > kDriftThreshold;
        result.push_back(drift);
    }
    return result;
}

std::vector<size_t> recentWindow(const Dataset& data)
{
    std::vector<size_t> order(data.samples.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (data.hasTimestamp)
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return data.samples[a].timestampMs < data.samples[b].timestampMs; });
    const size_t count = std::max<size_t>(1, order.size() / 5);
    if (order.size() > count)
        order.erase(order.begin(), order.end() - long(count));
    return order;
}

} // namespace retrainer
