#pragma once
// Serving: one predictor per model, loaded from its active version (checksum verified) and held as an
// immutable snapshot (version + artifact) behind a shared pointer. A reload builds the new snapshot first
// and then swaps the pointer under a mutex, so a prediction running on any thread always uses one complete
// model — the one it started with — and never fails because a model is being promoted or rolled back.
#include "model_artifact.h"
#include <QHash>
#include <QMutex>
#include <QString>
#include <nlohmann/json.hpp>
#include <memory>
#include <optional>

namespace retrainer {

class Workspace;

class Predictors
{
public:
    explicit Predictors(Workspace& workspace);

    // Loads the active version of `model` (blocking: reads and verifies the file; call it on a worker)
    // and swaps it in. Returns the version now served, nullopt when the model has no active version
    // (then it serves nothing). Throws Error when the file fails verification or cannot be read: the
    // predictor that was serving stays.
    std::optional<int> reload(const QString& model);
    // Forgets a model (removed from the workspace).
    void unload(const QString& model);
    std::optional<int> servedVersion(const QString& model) const;
    // Why the last reload of `model` failed ("version 3 cannot be loaded: …"); empty after a good reload.
    QString loadError(const QString& model) const;

    // Thread-safe. `rows`: an array of objects {column: value}. Returns
    // {"model", "version", "predictions": [one per row: a number (regression), the class label text
    // (classification) or null for a bad row], "errors": [{"row": index, "column": name|null, "error": why}]}.
    // Throws Error for an unknown model, one with no active version, or `rows` not being an array.
    nlohmann::json predict(const QString& model, const nlohmann::json& rows) const;

private:
    struct Served
    {
        int version = 0;
        std::shared_ptr<const ModelArtifact> artifact; // null: known model without an active version
    };
    Served snapshot(const QString& model) const;

    Workspace& m_workspace;
    mutable QMutex m_mutex; // guards the map only (pointer copies); never held while predicting
    // One reload at a time: each reads the version in service when it starts loading, so the last one to finish
    // serves the latest (a promotion's slow load finishing after a rollback's quick one served the old version).
    QMutex m_reloading;
    QHash<QString, Served> m_served;
    QHash<QString, QString> m_loadErrors;
};

} // namespace retrainer
