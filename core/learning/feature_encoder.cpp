#include "feature_encoder.h"

#include "error.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace retrainer {

namespace {

struct MeanScale
{
    double mean = 0.0;
    double scale = 1.0;
};

// Population mean and standard deviation of the finite values; a constant (or empty) column scales by 1.
MeanScale meanAndScale(const std::vector<double>& values)
{
    MeanScale result;
    if (values.empty())
        return result;
    double sum = 0.0;
    for (double v : values)
        sum += v;
    const double mean = sum / double(values.size());
    double squares = 0.0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    const double sd = std::sqrt(squares / double(values.size()));
    if (std::isfinite(mean))
        result.mean = mean;
    if (std::isfinite(sd) && sd > 0.0)
        result.scale = sd;
    return result;
}

bool sortedUnique(const std::vector<std::string>& values)
{
    return std::adjacent_find(values.begin(), values.end(), std::greater_equal<>()) == values.end();
}

[[noreturn]] void malformed(const QString& what)
{
    throw Error(QStringLiteral("the feature encoder is malformed: %1").arg(what));
}

double finiteNumber(const nlohmann::json& json, const char* key)
{
    const auto it = json.find(key);
    if (it == json.end() || !it->is_number() || !std::isfinite(it->get<double>()))
        malformed(QStringLiteral("\"%1\" must be a finite number").arg(QString::fromLatin1(key)));
    return it->get<double>();
}

std::vector<std::string> sortedStrings(const nlohmann::json& json, const char* key)
{
    const auto it = json.find(key);
    if (it == json.end() || !it->is_array())
        malformed(QStringLiteral("\"%1\" must be an array").arg(QString::fromLatin1(key)));
    std::vector<std::string> values;
    for (const auto& item : *it) {
        if (!item.is_string())
            malformed(QStringLiteral("\"%1\" must hold strings").arg(QString::fromLatin1(key)));
        values.push_back(item.get<std::string>());
    }
    if (!sortedUnique(values))
        malformed(QStringLiteral("\"%1\" must be sorted and unique").arg(QString::fromLatin1(key)));
    return values;
}

} // namespace

void FeatureEncoder::fit(const Dataset& data, const std::vector<size_t>& trainIndices)
{
    m_task = data.task;
    m_features = data.features;
    const size_t featureCount = m_features.size();
    m_means.assign(featureCount, 0.0);
    m_scales.assign(featureCount, 1.0);
    m_categories.assign(featureCount, {});
    m_classes.clear();
    m_targetMean = 0.0;
    m_targetScale = 1.0;

    for (size_t f = 0; f < featureCount; ++f) {
        if (m_features[f].kind == ColumnKind::Numeric) {
            std::vector<double> values;
            values.reserve(trainIndices.size());
            for (size_t i : trainIndices) {
                const auto& numbers = data.samples.at(i).numbers;
                if (f < numbers.size() && std::isfinite(numbers[f]))
                    values.push_back(numbers[f]);
            }
            const MeanScale ms = meanAndScale(values);
            m_means[f] = ms.mean;
            m_scales[f] = ms.scale;
        } else if (m_features[f].kind == ColumnKind::Categorical) { // text columns: TextEncoder
            std::set<std::string> seen;
            for (size_t i : trainIndices) {
                const auto& categories = data.samples.at(i).categories;
                if (f < categories.size() && !categories[f].empty()) // "" is a missing value
                    seen.insert(categories[f]);
            }
            m_categories[f].assign(seen.begin(), seen.end());
        }
    }

    if (m_task == Task::Classification) {
        std::set<std::string> labels;
        for (size_t i : trainIndices)
            labels.insert(data.samples.at(i).label);
        m_classes.assign(labels.begin(), labels.end());
    } else {
        std::vector<double> targets;
        targets.reserve(trainIndices.size());
        for (size_t i : trainIndices)
            if (std::isfinite(data.samples.at(i).target))
                targets.push_back(data.samples.at(i).target);
        const MeanScale ms = meanAndScale(targets);
        m_targetMean = ms.mean;
        m_targetScale = ms.scale;
    }
}

long FeatureEncoder::dimension() const
{
    long dimension = 0;
    for (size_t f = 0; f < m_features.size(); ++f)
        dimension += m_features[f].kind == ColumnKind::Numeric ? 1 : static_cast<long>(m_categories[f].size());
    return dimension;
}

Vector FeatureEncoder::encode(const Sample& sample) const
{
    Vector x(dimension());
    x = 0;
    long at = 0;
    for (size_t f = 0; f < m_features.size(); ++f) {
        if (m_features[f].kind == ColumnKind::Numeric) {
            const double v = f < sample.numbers.size() ? sample.numbers[f] : NAN;
            x(at++) = std::isfinite(v) ? (v - m_means[f]) / m_scales[f] : 0.0;
        } else {
            const auto& categories = m_categories[f];
            if (f < sample.categories.size()) {
                const auto it = std::lower_bound(categories.begin(), categories.end(), sample.categories[f]);
                if (it != categories.end() && *it == sample.categories[f])
                    x(at + (it - categories.begin())) = 1.0;
            }
            at += static_cast<long>(categories.size());
        }
    }
    return x;
}

std::optional<int> FeatureEncoder::classIndex(const std::string& label) const
{
    const auto it = std::lower_bound(m_classes.begin(), m_classes.end(), label);
    if (it == m_classes.end() || *it != label)
        return std::nullopt;
    return static_cast<int>(it - m_classes.begin());
}

double FeatureEncoder::encodeTarget(double value) const
{
    return (value - m_targetMean) / m_targetScale;
}

double FeatureEncoder::decodeTarget(double encoded) const
{
    return encoded * m_targetScale + m_targetMean;
}

nlohmann::json FeatureEncoder::toJson() const
{
    nlohmann::json features = nlohmann::json::array();
    for (size_t f = 0; f < m_features.size(); ++f) {
        nlohmann::json feature{{"name", m_features[f].name.toStdString()}};
        if (m_features[f].kind == ColumnKind::Numeric) {
            feature["kind"] = "numeric";
            feature["mean"] = m_means[f];
            feature["scale"] = m_scales[f];
        } else if (m_features[f].kind == ColumnKind::Categorical) {
            feature["kind"] = "categorical";
            feature["categories"] = m_categories[f];
        } else {
            feature["kind"] = "text";
        }
        features.push_back(std::move(feature));
    }
    return {{"task", toString(m_task).toStdString()},
            {"features", std::move(features)},
            {"classes", m_classes},
            {"target_mean", m_targetMean},
            {"target_scale", m_targetScale}};
}

FeatureEncoder FeatureEncoder::fromJson(const nlohmann::json& json)
{
    if (!json.is_object())
        malformed(QStringLiteral("expected a JSON object"));
    FeatureEncoder encoder;
    const auto task = json.find("task");
    if (task == json.end() || !task->is_string())
        malformed(QStringLiteral("\"task\" must be a string"));
    const auto parsedTask = taskFromString(QString::fromStdString(task->get<std::string>()));
    if (!parsedTask)
        malformed(QStringLiteral("unknown task \"%1\"").arg(QString::fromStdString(task->get<std::string>())));
    encoder.m_task = *parsedTask;

    const auto features = json.find("features");
    if (features == json.end() || !features->is_array())
        malformed(QStringLiteral("\"features\" must be an array"));
    for (const auto& feature : *features) {
        if (!feature.is_object())
            malformed(QStringLiteral("a feature must be an object"));
        const auto name = feature.find("name");
        const auto kind = feature.find("kind");
        if (name == feature.end() || !name->is_string() || kind == feature.end() || !kind->is_string())
            malformed(QStringLiteral("a feature needs a \"name\" and a \"kind\""));
        FeatureColumn column{QString::fromStdString(name->get<std::string>())};
        double mean = 0.0, scale = 1.0;
        std::vector<std::string> categories;
        if (*kind == "numeric") {
            column.kind = ColumnKind::Numeric;
            mean = finiteNumber(feature, "mean");
            scale = finiteNumber(feature, "scale");
            if (!(scale > 0.0))
                malformed(QStringLiteral("the scale of \"%1\" must be positive").arg(column.name));
        } else if (*kind == "categorical") {
            column.kind = ColumnKind::Categorical;
            categories = sortedStrings(feature, "categories");
        } else if (*kind == "text") {
            column.kind = ColumnKind::Text;
        } else {
            malformed(QStringLiteral("unknown kind of \"%1\"").arg(column.name));
        }
        encoder.m_features.push_back(std::move(column));
        encoder.m_means.push_back(mean);
        encoder.m_scales.push_back(scale);
        encoder.m_categories.push_back(std::move(categories));
    }

    encoder.m_classes = sortedStrings(json, "classes");
    encoder.m_targetMean = finiteNumber(json, "target_mean");
    encoder.m_targetScale = finiteNumber(json, "target_scale");
    if (!(encoder.m_targetScale > 0.0))
        malformed(QStringLiteral("\"target_scale\" must be positive"));
    return encoder;
}

} // namespace retrainer
