#include "predictors.h"
#include "dataset.h"
#include "error.h"
#include "workspace.h"
#include <QMutexLocker>
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

Predictors::Predictors(Workspace& workspace) : m_workspace(workspace) {}

std::optional<int> Predictors::reload(const QString& model)
{
    Served next;
    const auto active = m_workspace.registry().active(model);
    if (active) {
        try {
            auto artifact = std::make_shared<const ModelArtifact>(
                ModelArtifact::deserialize(m_workspace.registry().loadVerified(model, active->version)));
            next.version = active->version;
            next.artifact = std::move(artifact);
        } catch (const Error& e) {
            QMutexLocker lock(&m_mutex);
            m_loadErrors.insert(model, QStringLiteral("version %1 cannot be loaded: %2").arg(active->version).arg(e.message()));
            throw;
        }
    }
    QMutexLocker lock(&m_mutex);
    m_loadErrors.remove(model);
    m_served.insert(model, next);
    return active ? std::optional<int>(next.version) : std::nullopt;
}

void Predictors::unload(const QString& model)
{
    QMutexLocker lock(&m_mutex);
    m_served.remove(model);
    m_loadErrors.remove(model);
}

QString Predictors::loadError(const QString& model) const
{
    QMutexLocker lock(&m_mutex);
    return m_loadErrors.value(model);
}

Predictors::Served Predictors::snapshot(const QString& model) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_served.constFind(model);
    if (it == m_served.cend())
        throw Error(QStringLiteral("unknown model '%1': no predictor is loaded for it").arg(model));
    return *it;
}

std::optional<int> Predictors::servedVersion(const QString& model) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_served.constFind(model);
    if (it == m_served.cend() || !it->artifact)
        return std::nullopt;
    return it->version;
}

json Predictors::predict(const QString& model, const json& rows) const
{
    const Served served = snapshot(model); // from here on this call uses one complete model
    if (!served.artifact)
        throw Error(QStringLiteral("model '%1' has no active version yet; train it first").arg(model));
    if (!rows.is_array())
        throw Error(QStringLiteral("the rows to predict for '%1' must be a JSON array of objects {column: value}").arg(model));
    const ModelArtifact& artifact = *served.artifact;
    const auto& features = artifact.encoder().features();
    json predictions = json::array();
    json errors = json::array();
    for (size_t r = 0; r < rows.size(); ++r) {
        const json& row = rows[r];
        if (!row.is_object()) {
            errors.push_back({{"row", r}, {"column", nullptr}, {"error", "a row must be an object {column: value}"}});
            predictions.push_back(nullptr);
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
                errors.push_back({{"row", r}, {"column", name}, {"error", problem.toStdString()}});
                ok = false;
            }
        }
        if (!ok) {
            predictions.push_back(nullptr);
            continue;
        }
        const Prediction p = artifact.predict(sample);
        predictions.push_back(artifact.task() == Task::Classification ? json(p.label) : json(p.value));
    }
    return {{"model", model.toStdString()}, {"version", served.version}, {"predictions", predictions}, {"errors", errors}};
}

} // namespace retrainer
