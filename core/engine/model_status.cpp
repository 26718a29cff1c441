#include "model_status.h"
#include "metrics.h"
#include "source.h"
#include "workspace.h"
#include <QFileInfo>

namespace retrainer {

std::optional<double> metricIn(const nlohmann::json& metrics, const QString& name)
{
    if (!metrics.is_object())
        return std::nullopt;
    const auto it = metrics.find(name.toStdString());
    if (it == metrics.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

std::optional<double> ModelSnapshot::activeMetric() const
{
    if (!active)
        return std::nullopt;
    return metricIn(active->metadata.value("metrics", nlohmann::json::object()), metricName());
}

bool ModelSnapshot::belowThreshold() const
{
    const auto value = activeMetric();
    if (!value || !config.triggers.performance.enabled || !Metrics::higherIsBetter(metricName()))
        return false;
    return *value < threshold();
}

ModelSnapshot loadModelSnapshot(Workspace& workspace, const ModelConfig& config)
{
    ModelSnapshot s;
    s.config = config;
    try {
        s.active = workspace.registry().active(config.name);
        const QDateTime midnight = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
        const QDateTime monthAgo = QDateTime::currentDateTimeUtc().addDays(-30);
        for (const RunRecord& run : workspace.store().runs(config.name, 500)) {
            if (!s.lastRun)
                s.lastRun = run;
            if (!s.lastFinished && isTerminal(run.state))
                s.lastFinished = run;
            if (s.samples < 0 && run.rowsUsed > 0)
                s.samples = run.rowsUsed + run.rowsRejected;
            if (run.queuedAt >= midnight)
                ++s.runsToday;
            if (run.queuedAt >= monthAgo) {
                if (run.state == RunState::Promoted || run.state == RunState::Rejected)
                    ++s.succeeded;
                else if (run.state == RunState::Failed || run.state == RunState::Interrupted)
                    ++s.failed;
            }
        }
    } catch (const std::exception& e) {
        qWarning("cannot read the runs of %s: %s", qPrintable(config.name), e.what());
    }
    try {
        if (auto holder = ModelLock::holder(workspace.store(), config.name); holder && !holder->thisProcess)
            s.trainingElsewhere = holder;
    } catch (const std::exception& e) {
        qWarning("cannot ask who trains %s: %s", qPrintable(config.name), e.what());
    }
    // A count from an earlier run says nothing about data that is no longer there.
    try {
        const SourceUri source = SourceUri::parse(config.source, workspace.directory());
        const bool file = source.kind != SourceUri::Kind::Store && source.kind != SourceUri::Kind::Postgres;
        if (file && !QFileInfo::exists(source.path)) {
            s.missingSource = source.path;
            s.samples = -1;
        }
    } catch (const std::exception&) {
        // a malformed source is reported by the run that reads it
    }
    return s;
}

std::vector<ModelSnapshot> loadModelSnapshots(Workspace& workspace, const std::vector<ModelConfig>& models)
{
    std::vector<ModelSnapshot> out;
    out.reserve(models.size());
    for (const auto& m : models)
        out.push_back(loadModelSnapshot(workspace, m));
    return out;
}

ModelHealth healthOf(const ModelSnapshot& s, bool training, bool pausedAll)
{
    if (training)
        return ModelHealth::Training;
    if (pausedAll || s.config.triggers.paused)
        return ModelHealth::Paused;
    return conditionOf(s);
}

ModelHealth conditionOf(const ModelSnapshot& s)
{
    if (s.lastFinished && (s.lastFinished->state == RunState::Failed || s.lastFinished->state == RunState::Interrupted))
        return ModelHealth::Failed;
    if (!s.active)
        return ModelHealth::NoVersion;
    if (s.belowThreshold())
        return ModelHealth::BelowThreshold;
    return ModelHealth::Healthy;
}

QString healthKey(ModelHealth health)
{
    switch (health) {
    case ModelHealth::Healthy: return QStringLiteral("healthy");
    case ModelHealth::BelowThreshold: return QStringLiteral("below_threshold");
    case ModelHealth::Training: return QStringLiteral("training");
    case ModelHealth::Failed: return QStringLiteral("failed");
    case ModelHealth::Paused: return QStringLiteral("paused");
    case ModelHealth::NoVersion: return QStringLiteral("no_version");
    }
    return {};
}

QString healthWords(ModelHealth health)
{
    switch (health) {
    case ModelHealth::Healthy: return QStringLiteral("healthy");
    case ModelHealth::BelowThreshold: return QStringLiteral("below its threshold");
    case ModelHealth::Training: return QStringLiteral("training now");
    case ModelHealth::Failed: return QStringLiteral("last run failed");
    case ModelHealth::Paused: return QStringLiteral("paused");
    case ModelHealth::NoVersion: return QStringLiteral("no version yet");
    }
    return {};
}

} // namespace retrainer
