#include "predictors.h"
#include "json_predictions.h"
#include "error.h"
#include "workspace.h"
#include <QMutexLocker>

namespace retrainer {

using json = nlohmann::json;


Predictors::Predictors(Workspace& workspace) : m_workspace(workspace) {}

std::optional<int> Predictors::reload(const QString& model)
{
    QMutexLocker reloading(&m_reloading);
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
    const JsonPredictions out = predictJsonRows(*served.artifact, rows);
    return {{"model", model.toStdString()}, {"version", served.version}, {"predictions", out.predictions}, {"errors", out.errors}};
}

} // namespace retrainer
