#include "training_pipeline.h"
#include "sha256.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include "peak_memory.h"
#include "model_lock.h"
#include "dataset.h"
#include "error.h"
#include "holdout_split.h"
#include "model_artifact.h"
#include "model_selection.h"
#include "registry.h"
#include "retention.h"
#include "audit_log.h"
#include "drift.h"
#include "source_loader.h"
#include "store.h"
#include "training_data.h"
#include "trivial_baseline.h"
#include <QElapsedTimer>
#include <QThread>
#include <cmath>

namespace retrainer {

using json = nlohmann::json;

namespace {

constexpr int kReasonsKept = 20;

std::string iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toStdString();
}

void applyDataPolicy(Dataset& data, const DataPolicy& policy)
{
    if (policy.lastDays <= 0)
        return;
    if (!data.hasTimestamp)
        throw Error(QStringLiteral("the data policy 'last %1 days' needs a timestamp column").arg(policy.lastDays));
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - qint64(policy.lastDays) * 24 * 3600 * 1000;
    std::erase_if(data.samples, [cutoff](const Sample& s) { return s.timestampMs < cutoff; });
}

} // namespace

json featuresJson(const Dataset& data)
{
    json out = json::array();
    for (const auto& f : data.features)
        out.push_back({{"name", f.name.toStdString()}, {"kind", columnKindName(f.kind).toStdString()}});
    return out;
}

json timeRange(const Dataset& data)
{
    if (!data.hasTimestamp || data.samples.empty())
        return nullptr;
    qint64 lo = data.samples.front().timestampMs, hi = lo;
    for (const auto& s : data.samples) {
        lo = std::min(lo, s.timestampMs);
        hi = std::max(hi, s.timestampMs);
    }
    return {{"from", iso(lo)}, {"to", iso(hi)}};
}

bool sameFeatures(const FeatureEncoder& encoder, const Dataset& data)
{
    const auto& f = encoder.features();
    if (encoder.task() != data.task || f.size() != data.features.size())
        return false;
    for (size_t i = 0; i < f.size(); ++i)
        if (f[i].name != data.features[i].name || f[i].kind != data.features[i].kind)
            return false;
    return true;
}

QString dataFingerprint(const Dataset& data)
{
    Sha256 hash;
    for (const auto& f : data.features)
        hash.addData(f.name.toUtf8() + (f.kind == ColumnKind::Numeric ? "#n\n" : "#c\n"));
    for (const auto& s : data.samples) {
        for (double v : s.numbers) {
            const double canonical = std::isnan(v) ? std::numeric_limits<double>::quiet_NaN() : v;
            hash.addData(QByteArrayView(reinterpret_cast<const char*>(&canonical), sizeof canonical));
        }
        for (const auto& c : s.categories) {
            hash.addData(QByteArrayView(c.data(), qsizetype(c.size())));
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView(s.label.data(), qsizetype(s.label.size())));
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&s.timestampMs), sizeof s.timestampMs));
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

TrainingPipeline::TrainingPipeline(Store& store, Registry& registry, QString workspaceDir)
    : m_store(store), m_registry(registry), m_workspaceDir(std::move(workspaceDir))
{
}

RunRecord TrainingPipeline::execute(qint64 runId, const ModelConfig& model, const RunRequest& request,
                                    const CancelToken& cancel, const ProgressFn& progress, const StateFn& stateChanged)
{
    RunRecord run;
    run.id = runId;
    run.model = model.name;
    run.trigger = request.trigger;
    run.dryRun = request.dryRun;
    QElapsedTimer phaseTimer;
    QString phase;
    PeakMemory peakMemory;

    auto report = [&](const QString& name, double fraction) {
        if (progress)
            progress(name, fraction);
    };
    auto save = [&] {
        m_store.saveRun(run);
        if (stateChanged)
            stateChanged(run);
    };
    auto closePhase = [&] {
        if (!phase.isEmpty())
            run.phases[phase.toStdString()] = double(phaseTimer.nsecsElapsed()) / 1e9;
    };
    auto enter = [&](RunState state, const QString& name) {
        closePhase();
        phase = name;
        phaseTimer.start();
        run.state = state;
        save();
        report(name, 0.0);
    };
    auto event = [&](const char* type, json detail = json::object()) {
        try {
            detail["state"] = toString(run.state).toStdString();
            m_store.addEvent(model.name, run.id, QString::fromLatin1(type), detail);
        } catch (const Error& e) {
            qWarning("run %lld: cannot record event %s: %s", run.id, type, qPrintable(e.message()));
        }
    };
    auto finish = [&](RunState state, const QString& why, const char* eventType) {
        closePhase();
        phase.clear();
        run.state = state;
        run.error = why;
        run.finishedAt = QDateTime::currentDateTimeUtc();
        run.peakMemoryBytes = peakMemory.bytes();
        try {
            save();
        } catch (const Error& e) {
            qWarning("run %lld ended %s but could not be recorded: %s", run.id, qPrintable(toString(state)),
                     qPrintable(e.message()));
        }
        event(eventType, {{"error", why.toStdString()}});
        report(QStringLiteral("done"), 1.0);
    };

    try {
        if (auto stored = m_store.run(runId)) {
            run.queuedAt = stored->queuedAt;
            run.trigger = stored->trigger;
        }
        // Held on this thread's connection until the run ends (or the process dies): one instance trains.
        ModelLock lock(m_store, model.name);
        if (const QString holder = lock.tryAcquire(); !holder.isEmpty()) {
            finish(RunState::Skipped, holder, "TRAINING_SKIPPED");
            return run;
        }
        if (m_store.backend() == sql::Backend::Postgres) // the lock is ours: a run still open elsewhere lost its holder
            if (const int abandoned = m_store.markAbandonedRunsInterrupted(model.name, run.id); abandoned > 0)
                qInfo("%d run(s) of '%s' marked interrupted: the instance training them stopped", abandoned, qPrintable(model.name));
        cancel.check(); // cancelled while queued (train --all queues every model): nothing is loaded
        run.startedAt = QDateTime::currentDateTimeUtc();
        enter(RunState::Loading, QStringLiteral("loading"));
        event("TRAINING_STARTED", {{"trigger", run.trigger.toStdString()}, {"dry_run", request.dryRun},
                                   {"reason", request.reason.toStdString()}});

        TrainingData prepared = prepareTrainingData(model, m_workspaceDir, m_store); // sources, hygiene, typing
        const qint64 sourceRows = prepared.sourceRows;
        Dataset data = std::move(prepared.data);
        run.hygiene = prepared.hygiene.toJson();
        applyDataPolicy(data, model.dataPolicy);
        run.rowsUsed = long(data.samples.size());
        run.rowsRejected = long(data.rejected.size());
        run.rejectedReasons = json::array();
        for (size_t i = 0; i < data.rejected.size() && i < kReasonsKept; ++i)
            run.rejectedReasons.push_back(
                {{"where", data.rejected[i].where.toStdString()}, {"reason", data.rejected[i].reason.toStdString()}});
        cancel.check();

        if (run.rowsUsed < model.minimumSamples) {
            finish(RunState::Skipped,
                   QStringLiteral("only %1 usable rows (%2 rejected); model '%3' needs at least %4")
                       .arg(run.rowsUsed).arg(run.rowsRejected).arg(model.name).arg(model.minimumSamples),
                   "TRAINING_SKIPPED");
            return run;
        }
        const QString fingerprint = dataFingerprint(data);
        const auto active = m_registry.active(model.name);
        const bool sameData = active && QString::fromStdString(active->metadata.value("data_fingerprint", std::string())) == fingerprint;
        if (!request.force && sameData) {
            finish(RunState::Skipped,
                   QStringLiteral("the data is unchanged since version %1; nothing new to learn (use --force to "
                                  "train anyway)").arg(active->version),
                   "TRAINING_SKIPPED");
            return run;
        }

        const HoldoutSplit split = splitHoldout(data, model.holdoutFraction);
        if (split.holdout.empty() || split.train.empty())
            throw Error(QStringLiteral("cannot split %1 rows into training and holdout parts").arg(run.rowsUsed));

        enter(RunState::Training, QStringLiteral("training"));
        TrainerOptions options;
        options.parameters = model.parameters;
        options.cancel = &cancel;
        // The artifact reports its short encoding step first; the run shows one training phase from 0 to 1.
        options.progress = [&](const QString& step, double f) {
            report(QStringLiteral("training"), step == QLatin1String("training") ? f : 0.0);
        };
        const QString metric = model.effectivePrimaryMetric();
        Algorithm algorithm = model.algorithm;
        json selection = nullptr;
        const bool hasText = std::any_of(data.features.begin(), data.features.end(),
                                         [](const FeatureColumn& f) { return f.kind == ColumnKind::Text; });
        if (model.autoAlgorithm && !hasText) { // cross-validation on the training rows only
            SelectionLimits limits;
            limits.timeLimitSeconds = model.autoTimeLimit;
            const Selection chosen = selectAlgorithm(data, split.train, metric, options, limits);
            algorithm = chosen.chosen.algorithm;
            options.parameters = chosen.chosen.parameters;
            selection = chosen.toJson();
        }
        const ModelArtifact candidate = trainArtifact(data, split.train, algorithm, options);
#if defined(__GLIBC__)
        malloc_trim(0); // what the trainer's threads freed goes back before the model is packed (the run's peak)
#endif
        cancel.check();

        enter(RunState::Evaluating, QStringLiteral("evaluating"));
        const Metrics candidateMetrics = candidate.evaluate(data, split.holdout);
        run.metrics = candidateMetrics.toJson();
        std::optional<double> championScore;
        json championInfo = nullptr;
        if (active) {
            try {
                const auto champion = ModelArtifact::deserialize(m_registry.loadVerified(model.name, active->version));
                if (sameFeatures(champion.encoder(), data)) {
                    const Metrics m = champion.evaluate(data, split.holdout);
                    championScore = m.value(metric);
                    championInfo = {{"version", active->version}, {"metrics", m.toJson()}};
                } else {
                    championInfo = {{"version", active->version}, {"note", "the active version uses other features"}};
                }
            } catch (const Error& e) {
                championInfo = {{"version", active->version}, {"note", e.message().toStdString()}};
                event("ACTIVE_VERSION_UNUSABLE", {{"version", active->version}, {"error", e.message().toStdString()}});
            }
        }
        const TrivialBaseline trivial = trivialBaseline(data, split.train, split.holdout, candidateMetrics.classes);
        auto refused = refuseGuessing(metric, candidateMetrics, trivial);
        if (!refused)
            refused = refuseEqualOnSameData(metric, candidateMetrics.value(metric), championScore,
                                            active ? active->version : 0, sameData);
        const GateDecision gate = refused ? *refused
                                          : decidePromotion(metric, candidateMetrics.value(metric), championScore,
                                                            active ? std::optional<int>(active->version) : std::nullopt,
                                                            model.gate);
        run.gate = gate.toJson();
        if (!selection.is_null())
            run.gate["selection"] = selection;
        run.gate["trivial"] = {{"guess", trivial.metrics.task == Task::Classification ? json(trivial.guess) : json(trivial.mean)},
                               {"score", trivial.metrics.value(metric)}, {"metrics", trivial.metrics.toJson()}};
        run.gate["metric"] = metric.toStdString();
        run.gate["candidate"] = candidateMetrics.value(metric);
        run.gate["champion"] = championInfo;
        cancel.check(); // the last cancel point: a cancelled run never promotes

        if (request.dryRun) {
            run.gate["dry_run"] = true;
            finish(RunState::Skipped,
                   QStringLiteral("dry run: nothing registered; the gate would have %1")
                       .arg(gate.outcome == GateOutcome::Promoted           ? QStringLiteral("promoted it")
                            : gate.outcome == GateOutcome::AwaitingApproval ? QStringLiteral("asked for approval")
                                                                            : QStringLiteral("rejected it")),
                   "TRAINING_SKIPPED");
            return run;
        }
        if (!gate.registers()) {
            finish(RunState::Rejected, gate.summary, "TRAINING_COMPLETED");
            return run;
        }

        closePhase();
        phase = QStringLiteral("registering");
        phaseTimer.start();
        json meta;
        meta["task"] = toString(model.task).toStdString();
        meta["algorithm"] = toString(algorithm).toStdString();
        json params = candidate.isTextModel() ? defaultTextParameters() : defaultParameters(model.task, algorithm);
        params.merge_patch(options.parameters);
        if (!selection.is_null())
            meta["selection"] = selection; // "auto": every candidate's CV score and time, what was chosen and why
        meta["parameters"] = params;
        meta["metrics"] = run.metrics;
        meta["primary_metric"] = metric.toStdString();
        meta["data_fingerprint"] = fingerprint.toStdString();
        meta["train_size"] = split.train.size();
        meta["holdout_size"] = split.holdout.size();
        meta["rows_rejected"] = run.rowsRejected;
        meta["source_rows"] = sourceRows;
        meta["time_range"] = timeRange(data);
        meta["parent_version"] = active ? json(active->version) : json(nullptr);
        meta["run_id"] = run.id;
        meta["trigger"] = run.trigger.toStdString();
        meta["label"] = model.label.toStdString();
        meta["features"] = featuresJson(data);
        meta["profile"] = profileFeatures(data, split.train); // training distribution, for drift (drift.h)
        data = Dataset(); // the rows are not needed past here: released before packing the model, the run's peak
        const bool needsApproval = gate.outcome == GateOutcome::AwaitingApproval;
        std::optional<Registry::ActivateIf> activate;
        if (!needsApproval) // registered and put in service in one transaction, unless the one in service changed
            activate = Registry::ActivateIf{active ? std::optional<int>(active->version) : std::nullopt};
        const Registry::Added added = m_registry.addVersion(model.name, candidate.serialize(), meta, activate);
        const ModelVersion& version = added.version;
        run.version = version.version;
        run.gate["version"] = version.version;
        if (needsApproval) {
            // Registered, not active: it serves only once a person approves it before it expires.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const json approval = {{"state", "pending"}, {"requested", iso(now.toMSecsSinceEpoch())},
                                   {"expires", iso(now.addDays(model.gate.approvalExpiryDays).toMSecsSinceEpoch())},
                                   {"run", run.id}};
            m_registry.setApproval(model.name, version.version, approval);
            finish(RunState::AwaitingApproval, {}, "TRAINING_COMPLETED");
            event("APPROVAL_REQUESTED", {{"version", version.version}, {"expires", approval["expires"]}});
            return run;
        }
        if (!added.activated) {
            const auto now = m_registry.active(model.name);
            finish(RunState::Rejected,
                   QStringLiteral("the version in service changed while this run was training (now version %1), so its "
                                  "comparison no longer holds; version %2 is kept but not put in service")
                       .arg(now ? QString::number(now->version) : QStringLiteral("none")).arg(version.version),
                   "TRAINING_COMPLETED");
            return run;
        }
        finish(RunState::Promoted, {}, "TRAINING_COMPLETED");
        event("VERSION_PROMOTED", {{"version", version.version}, {"sha256", version.sha256.toStdString()}});
        try { // retention after each promotion; a failure here never undoes the promotion
            AuditLog audit(m_store);
            pruneVersions(m_registry, audit, model.name, model.keepVersions, QStringLiteral("retrainer"));
        } catch (const Error& e) {
            event("RETENTION_FAILED", {{"error", e.message().toStdString()}});
        }
    } catch (const Cancelled&) { // on request, or by the runner at the time limit (the token says which)
        const QString why = cancel.reason();
        finish(RunState::Cancelled, why.isEmpty() ? QStringLiteral("cancelled on request; nothing was promoted") : why,
               "TRAINING_CANCELLED");
    } catch (const Error& e) {
        finish(RunState::Failed, e.message(), "TRAINING_FAILED");
    } catch (const std::exception& e) {
        finish(RunState::Failed, QStringLiteral("internal error: %1").arg(QString::fromUtf8(e.what())), "TRAINING_FAILED");
    }
    return run;
}

} // namespace retrainer
