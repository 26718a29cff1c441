#include "live_performance.h"
#include "dataset.h"
#include "error.h"
#include "model_artifact.h"
#include "source_loader.h"
#include "training_pipeline.h"
#include "workspace.h"
#include <algorithm>

namespace retrainer {

using json = nlohmann::json;

LiveScores scoreLiveWindow(Workspace& workspace, const ModelConfig& model, int windowRows, std::optional<int> previous)
{
    LiveScores scores;
    const auto active = workspace.registry().active(model.name);
    if (!active)
        return scores;
    scores.activeVersion = active->version;
    const auto artifact = ModelArtifact::deserialize(workspace.registry().loadVerified(model.name, active->version));
    const Dataset data = buildDataset(loadSourceRows(model.source, workspace.directory(), workspace.store(), model.name),
                                      model.schema());
    // Rows the version never saw: newer than its training data, or appended after it was trained.
    std::vector<size_t> unseen;
    const auto& range = active->metadata.value("time_range", json());
    if (data.hasTimestamp && range.is_object()) {
        const auto last = QDateTime::fromString(QString::fromStdString(range.value("to", std::string())), Qt::ISODate);
        for (size_t i = 0; i < data.samples.size(); ++i)
            if (data.samples[i].timestampMs > last.toMSecsSinceEpoch())
                unseen.push_back(i);
        std::sort(unseen.begin(), unseen.end(),
                  [&](size_t a, size_t b) { return data.samples[a].timestampMs < data.samples[b].timestampMs; });
    } else {
        const size_t seen = size_t(std::max<qint64>(0, active->metadata.value("train_size", qint64(0))
                                                          + active->metadata.value("holdout_size", qint64(0))));
        for (size_t i = seen; i < data.samples.size(); ++i)
            unseen.push_back(i);
    }
    if (unseen.size() > size_t(windowRows))
        unseen.erase(unseen.begin(), unseen.end() - windowRows);
    scores.rows = int(unseen.size());
    if (unseen.size() < 5)
        return scores;
    const QString metric = model.effectivePrimaryMetric();
    scores.active = artifact.evaluate(data, unseen).value(metric);
    if (previous) {
        scores.previousVersion = previous;
        try {
            const auto earlier = ModelArtifact::deserialize(workspace.registry().loadVerified(model.name, *previous));
            if (sameFeatures(earlier.encoder(), data))
                scores.previous = earlier.evaluate(data, unseen).value(metric);
        } catch (const Error& e) {
            qWarning("the watch after promotion cannot score version %d of '%s': %s", *previous, qPrintable(model.name),
                     qPrintable(e.message()));
        }
    }
    return scores;
}

std::optional<double> scoreLivePerformance(Workspace& workspace, const ModelConfig& model, int windowRows)
{
    return scoreLiveWindow(workspace, model, windowRows).active;
}

std::optional<int> replacedByPromotion(Workspace& workspace, const QString& model)
{
    const auto active = workspace.registry().active(model);
    if (!active)
        return std::nullopt;
    for (const auto& e : workspace.store().events(model, 500)) {
        const auto& d = e.detail;
        if (e.type == QLatin1String("ROLLED_BACK"))
            return std::nullopt;
        if (e.type == QLatin1String("APPROVED") && d.value("to", 0) == active->version)
            return d.contains("from") && d["from"].is_number_integer() ? std::optional<int>(d["from"].get<int>()) : std::nullopt;
        if (e.type == QLatin1String("VERSION_PROMOTED") && d.value("version", 0) == active->version) {
            const auto& parent = active->metadata.value("parent_version", json());
            return parent.is_number_integer() ? std::optional<int>(parent.get<int>()) : std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace retrainer
