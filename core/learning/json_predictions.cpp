#include "json_predictions.h"
#include "dataset.h"
#include "error.h"
#include <cmath>

namespace retrainer {

using json = nlohmann::json;

namespace {

// Why the value cannot be used for the feature, or empty when it was written into the sample.
QString fillFeature(const FeatureColumn& feature, const json& value, size_t index, Sample& sample)
{
    if (value.is_null())
        return QStringLiteral("missing value for feature '%1'").arg(feature.name);
    if (feature.kind == ColumnKind::Numeric) {
        std::optional<double> number;
        if (value.is_number())
            number = value.get<double>();
        else if (value.is_string())
            number = parseNumber(QString::fromStdString(value.get<std::string>()));
        else
            return QStringLiteral("feature '%1' must be a number, not %2").arg(feature.name, QString::fromLatin1(value.type_name()));
        if (!number || !std::isfinite(*number))
            return QStringLiteral("feature '%1' must be a finite number, not %2")
                .arg(feature.name, QString::fromStdString(value.dump()));
        sample.numbers[index] = *number;
        return {};
    }
    if (value.is_string())
        sample.categories[index] = value.get<std::string>();
    else if (value.is_number())
        sample.categories[index] = value.dump();
    else
        return QStringLiteral("feature '%1' must be text, not %2").arg(feature.name, QString::fromLatin1(value.type_name()));
    return {};
}

} // namespace

JsonPredictions predictJsonRows(const ModelArtifact& artifact, const json& rows)
{
    if (!rows.is_array())
        throw Error(QStringLiteral("the rows to predict must be a JSON array of objects {column: value}"));
    const auto& features = artifact.encoder().features();
    JsonPredictions out;
    for (size_t r = 0; r < rows.size(); ++r) {
        const json& row = rows[r];
        if (!row.is_object()) {
            out.errors.push_back({{"row", r}, {"column", nullptr}, {"error", "a row must be an object {column: value}"}});
            out.predictions.push_back(nullptr);
            continue;
        }
        Sample sample;
        sample.numbers.assign(features.size(), NAN);
        sample.categories.assign(features.size(), std::string());
        bool ok = true;
        for (size_t f = 0; f < features.size(); ++f) {
            const std::string name = features[f].name.toStdString();
            const QString problem = row.contains(name)
                                        ? fillFeature(features[f], row[name], f, sample)
                                        : QStringLiteral("missing feature '%1'").arg(features[f].name);
            if (!problem.isEmpty()) {
                out.errors.push_back({{"row", r}, {"column", name}, {"error", problem.toStdString()}});
                ok = false;
            }
        }
        if (!ok) {
            out.predictions.push_back(nullptr);
            continue;
        }
        const Prediction p = artifact.predict(sample);
        out.predictions.push_back(artifact.task() == Task::Classification ? json(p.label) : json(p.value));
    }
    return out;
}

} // namespace retrainer
