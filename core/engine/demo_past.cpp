#include "demo_past.h"
#include "audit_log.h"
#include "backtest_replay.h"
#include "drift.h"
#include "recorded_past.h"
#include "registry.h"
#include "retention.h"
#include "store.h"
#include "text_classifier.h"
#include "training_data.h"
#include "training_pipeline.h"
#include "workspace.h"
#include <QLocale>

namespace retrainer {

using json = nlohmann::json;

namespace {

const QString kTrigger = QStringLiteral("replayed");

std::string iso(const QDateTime& t) { return t.toUTC().toString(Qt::ISODate).toStdString(); }

// Keeps one replayed training as a run of its moment, with its events, and a promoted one as a version.
class PastRecorder
{
public:
    PastRecorder(Workspace& workspace, const ModelConfig& model, const ReplayRows& rows)
        : m_store(workspace.store()), m_registry(workspace.registry()), m_model(model), m_rows(rows)
    {
        if (const auto active = m_registry.active(model.name))
            m_inService = active->version;
    }

    void record(const ReplayedCandidate& c)
    {
        const QDateTime started = QDateTime::fromMSecsSinceEpoch(c.training.momentMs, Qt::UTC);
        const QDateTime finished = started.addMSecs(std::max<qint64>(1, qint64(c.training.seconds * 1000)));
        const QString note = replayedNote(started);
        RunRecord run;
        run.id = m_store.createRun(m_model.name, kTrigger, false);
        run.model = m_model.name;
        run.trigger = kTrigger;
        run.queuedAt = run.startedAt = started;
        run.finishedAt = finished;
        run.phases = {{"training", c.training.seconds}};
        run.rowsUsed = c.training.rows;
        run.metrics = c.metrics.toJson();
        const QString metric = m_model.effectivePrimaryMetric();
        run.gate = c.gate.toJson();
        run.gate["metric"] = metric.toStdString();
        run.gate["candidate"] = c.metrics.value(metric);
        run.gate["champion"] = m_inService && c.champion ? json{{"version", *m_inService}, {"score", *c.champion}} : json(nullptr);
        run.gate["replayed"] = {{"note", note.toStdString()}, {"moment", iso(started)},
                                {"newest_row", iso(QDateTime::fromMSecsSinceEpoch(c.training.newestRowMs, Qt::UTC))}};
        event(run.id, "TRAINING_STARTED",
              {{"trigger", kTrigger.toStdString()}, {"dry_run", false}, {"reason", note.toStdString()}, {"state", "loading"}},
              started);
        std::optional<ModelVersion> promoted;
        if (c.gate.outcome == GateOutcome::Promoted) {
            Registry::Added added = m_registry.addVersion(m_model.name, c.candidate.serialize(), metadata(c, run.id),
                                                          Registry::ActivateIf{m_inService});
            dateVersion(m_store, m_model.name, added.version.version, started);
            added.version.created = started;
            run.version = added.version.version;
            run.gate["version"] = added.version.version;
            if (added.activated) {
                promoted = added.version;
                m_inService = added.version.version;
            }
        }
        run.state = promoted ? RunState::Promoted : RunState::Rejected;
        if (!promoted)
            run.error = c.gate.outcome == GateOutcome::AwaitingApproval
                            ? QStringLiteral("replayed: a person would have had to approve it, so it was not put in service")
                            : c.gate.summary;
        m_store.saveRun(run);
        event(run.id, "TRAINING_COMPLETED", {{"state", toString(run.state).toStdString()}, {"error", run.error.toStdString()}},
              finished);
        if (promoted) {
            event(run.id, "VERSION_PROMOTED",
                  {{"version", promoted->version}, {"sha256", promoted->sha256.toStdString()},
                   {"state", toString(run.state).toStdString()}}, finished);
            AuditLog audit(m_store);
            pruneVersions(m_registry, audit, m_model.name, m_model.keepVersions, QStringLiteral("retrainer"));
        }
        ++m_result.runs;
        m_result.promoted += promoted ? 1 : 0;
        m_result.seconds += c.training.seconds;
    }

    DemoPastModel result() const
    {
        DemoPastModel out = m_result;
        out.model = m_model.name;
        return out;
    }

private:
    void event(qint64 runId, const char* type, const json& detail, const QDateTime& at)
    {
        dateEvent(m_store, m_store.addEvent(m_model.name, runId, QString::fromLatin1(type), detail), at);
    }

    // What the training pipeline keeps with a version, from the replayed rows.
    json metadata(const ReplayedCandidate& c, qint64 runId) const
    {
        json params = c.candidate.isTextModel() ? defaultTextParameters() : defaultParameters(m_model.task, m_rows.algorithm);
        params.merge_patch(m_rows.parameters);
        json meta;
        meta["task"] = toString(m_model.task).toStdString();
        meta["algorithm"] = toString(m_rows.algorithm).toStdString();
        meta["parameters"] = params;
        meta["metrics"] = c.metrics.toJson();
        meta["primary_metric"] = m_model.effectivePrimaryMetric().toStdString();
        meta["data_fingerprint"] = dataFingerprint(c.rows).toStdString();
        meta["train_size"] = c.split.train.size();
        meta["holdout_size"] = c.split.holdout.size();
        meta["rows_rejected"] = 0;
        meta["source_rows"] = c.rows.samples.size();
        meta["time_range"] = timeRange(c.rows);
        meta["parent_version"] = m_inService ? json(*m_inService) : json(nullptr);
        meta["run_id"] = runId;
        meta["trigger"] = kTrigger.toStdString();
        meta["label"] = m_model.label.toStdString();
        meta["features"] = featuresJson(c.rows);
        meta["profile"] = profileFeatures(c.rows, c.split.train);
        meta["replayed"] = true;
        return meta;
    }

    Store& m_store;
    Registry& m_registry;
    const ModelConfig& m_model;
    const ReplayRows& m_rows;
    std::optional<int> m_inService;
    DemoPastModel m_result;
};

} // namespace

std::vector<QDateTime> demoPastMoments(const QDate& today, const DemoPastPlan& plan)
{
    std::vector<QDateTime> out;
    for (int back = plan.days; back > 0; back -= std::max(1, plan.everyDays))
        out.emplace_back(today.addDays(-back), QTime(2, 0));
    return out;
}

QString replayedNote(const QDateTime& moment)
{
    const QDateTime local = moment.toLocalTime();
    return QStringLiteral("replayed: what the nightly retraining would have done on %1 at %2, learning only from the rows "
                          "stamped before then (the demo's past, prepared by init --demo)")
        .arg(QLocale::c().toString(local.date(), QStringLiteral("d MMM")), local.time().toString(QStringLiteral("HH:mm")));
}

std::vector<DemoPastModel> recordDemoPast(Workspace& workspace, const QStringList& models, const CancelToken& cancel,
                                          const DemoPastProgress& progress, const DemoPastPlan& plan,
                                          const TrainingObserver& observer)
{
    const std::vector<QDateTime> moments = demoPastMoments(QDate::currentDate(), plan);
    std::vector<DemoPastModel> out;
    for (int i = 0; i < models.size(); ++i) {
        cancel.check();
        if (progress)
            progress(i, int(models.size()), models[i]);
        const ModelConfig model = workspace.requireModel(models[i]);
        if (model.timestamp.isEmpty() || !workspace.store().runs(model.name, 1).empty())
            continue; // no time order to replay, or a past of its own already
        const TrainingData prepared = prepareTrainingData(model, workspace.directory(), workspace.store());
        const ReplayRows rows = ReplayRows::sorted(prepared.data, model);
        PastRecorder recorder(workspace, model, rows);
        Replay replay(model, rows, nullptr, 0, moments.empty() ? 0 : moments.front().toMSecsSinceEpoch(), cancel, observer);
        replay.setCandidateFn([&recorder](const ReplayedCandidate& c) { recorder.record(c); });
        for (const QDateTime& moment : moments)
            replay.train(moment.toMSecsSinceEpoch(), kTrigger);
        out.push_back(recorder.result());
    }
    if (progress)
        progress(int(models.size()), int(models.size()), {});
    return out;
}

} // namespace retrainer
