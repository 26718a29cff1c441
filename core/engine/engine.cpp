#include "engine.h"
#include "delivery_log.h"
#include "clock.h"
#include "error.h"
#include "on_worker.h"
#include "workspace.h"
#include <QCoroFuture>
#include <QPointer>
#include <functional>

namespace retrainer {

using json = nlohmann::json;

namespace {

// Runs `work` on the engine's workers (onWorker); an exception other than Error comes back as an Error that
// says so, which is what the engine's callers catch and report.
QCoro::Task<> runOnWorkers(WorkerPool& pool, std::function<void()> work)
{
    auto guarded = [work = std::move(work)] {
        try {
            work();
        } catch (const Error&) {
            throw;
        } catch (const std::exception& e) {
            throw Error(QStringLiteral("internal error: %1").arg(QString::fromUtf8(e.what())));
        }
    };
    co_await onWorker(pool, std::move(guarded));
}

// The version's approval record once a person decided.
json decision(const ModelVersion& version, const char* state, const QString& actor, const QString& comment, const QDateTime& now)
{
    json approval = version.approval;
    approval["state"] = state;
    approval["by"] = actor.toStdString();
    approval["comment"] = comment.toStdString();
    approval["decided"] = now.toUTC().toString(Qt::ISODate).toStdString();
    return approval;
}

} // namespace

Engine::Engine(Workspace& workspace, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_clock(clock)
    , m_audit(workspace.store())
    , m_predictors(workspace)
    , m_runner(workspace, m_workers)
    , m_automation(workspace, m_runner, *this, clock, m_workers)
    , m_delivery(workspace.store(), workspace.secretsPath(), [&workspace] { return workspace.alertChannels(); })
{
    connect(&m_runner, &Runner::runQueued, this, &Engine::runQueued);
    connect(&m_runner, &Runner::runProgress, this, &Engine::runProgress);
    connect(&m_runner, &Runner::runRecorded, this, &Engine::onRunRecorded);
    connect(&m_automation, &Automation::alertRaised, this, &Engine::alertRaised);
    connect(&m_automation, &Automation::alertRaised, &m_delivery, &AlertDelivery::deliver);
    connect(&m_delivery, &AlertDelivery::channelFailing, this, [this](const QString& channel, int failures, const QString& error) {
        m_automation.raise({}, QStringLiteral("critical"), QStringLiteral("channel-failing"),
                           QStringLiteral("Alerts are not reaching the channel '%1': its last %2 deliveries failed (%3). "
                                          "Check its settings and press \"Send test alert\".")
                               .arg(channel).arg(failures).arg(error));
    });
}

Engine::~Engine()
{
    m_workers.waitForDone(); // a predictor reload or a verification in flight uses the members below
}

QCoro::Task<> Engine::start()
{
    QPointer<Engine> guard(this);
    // Deliveries a stopped process left half-way end "failed" with the reason (they are not sent again).
    Store* store = &m_workspace.store();
    std::function<void()> closeUnfinished = [store] {
        DeliveryLog(*store).endUnfinished(QStringLiteral("Retrainer stopped before it was delivered"));
    };
    try {
        auto closing = runOnWorkers(m_workers, std::move(closeUnfinished));
        co_await closing;
    } catch (const Error& e) {
        qWarning("%s", qPrintable(e.message()));
    }
    if (!guard)
        co_return;
    co_await m_automation.start();
    if (!guard)
        co_return;
    m_started = true;
    if (m_workspace.store().backend() == sql::Backend::Postgres) {
        m_listener = std::make_unique<StoreListener>(m_workspace.store().path());
        connect(m_listener.get(), &StoreListener::changedElsewhere, this, &Engine::onChangedElsewhere);
    }
    const std::vector<ModelConfig> models = m_workspace.models(); // a copy: settings may change meanwhile
    for (const auto& model : models) {
        co_await reloadPredictor(model.name);
        if (!guard)
            co_return;
    }
    m_serving = true;
}

QCoro::Task<> Engine::reloadPredictor(QString name)
{
    const QString model = name; // copied before the first suspension: the caller's string may not outlive it
    Predictors* predictors = &m_predictors;
    std::function<void()> work = [predictors, model] { predictors->reload(model); };
    try {
        auto working = runOnWorkers(m_workers, std::move(work));
        co_await working;
    } catch (const Error& e) {
        qWarning("the predictor of '%s' could not be loaded (the one before stays): %s", qPrintable(model),
                 qPrintable(e.message()));
    }
}

void Engine::onChangedElsewhere(const QString& what, const QString& model)
{
    if (what == notice::kSettings) {
        followSettings();
        return;
    }
    if (!m_workspace.model(model))
        return; // a model this instance's workspace.json does not know
    if (what == notice::kVersion) {
        followVersion(model);
        return;
    }
    if (what == notice::kSamples || what == notice::kRun)
        m_automation.refreshModel(model); // new rows for the data trigger; a new baseline after a run
    Q_EMIT changedElsewhere(model, what);
}

QCoro::Task<> Engine::followVersion(QString model)
{
    QPointer<Engine> guard(this);
    co_await reloadPredictor(model);
    if (!guard)
        co_return;
    const auto served = m_predictors.servedVersion(model);
    qInfo("'%s' serves version %d, put in service by another instance", qPrintable(model), served.value_or(0));
    m_automation.refreshModel(model);
    Q_EMIT changedElsewhere(model, notice::kVersion);
}

QCoro::Task<> Engine::followSettings()
{
    Workspace* ws = &m_workspace;
    auto change = std::make_shared<Workspace::SharedChange>();
    QPointer<Engine> guard(this);
    std::function<void()> work = [ws, change] { *change = ws->reloadShared(); };
    try {
        auto reloading = runOnWorkers(m_workers, std::move(work));
        co_await reloading;
    } catch (const Error& e) {
        qWarning("the settings changed by another instance could not be read (the ones before stay): %s", qPrintable(e.message()));
        co_return;
    }
    if (!guard)
        co_return;
    if (change->models.isEmpty() && !change->channels)
        co_return;
    for (const QString& model : std::as_const(change->models)) {
        qInfo("the settings of '%s' were changed by another instance", qPrintable(model));
        const bool known = m_predictors.servedVersion(model).has_value();
        co_await m_automation.refreshModel(model); // schedule, triggers, thresholds, paused; gone when removed
        if (!guard)
            co_return;
        if (!known && m_workspace.model(model))
            co_await reloadPredictor(model); // a model added elsewhere may already have a version in service
        if (!guard)
            co_return;
    }
    Q_EMIT modelsChanged(); // what a settings change made here emits: the console's pages reload
}

namespace {

// The audit entry, written by a worker; a failure is logged (the action itself happened).
std::function<void()> auditEntry(AuditLog* audit, QString actor, QString action, QString model, json detail)
{
    return [audit, actor = std::move(actor), action = std::move(action), model = std::move(model), detail = std::move(detail)] {
        try {
            audit->record(actor.isEmpty() ? QStringLiteral("unknown") : actor, action, model, detail);
        } catch (const std::exception& e) {
            qWarning("audit: %s", e.what());
        }
    };
}

} // namespace

QCoro::Task<> Engine::audited(QString actor, QString action, QString model, json detail)
{
    co_await onWorker(m_workers, auditEntry(&m_audit, std::move(actor), std::move(action), std::move(model), std::move(detail)));
}

void Engine::auditLater(const QString& actor, const QString& action, const QString& model, const json& detail)
{
    m_workers.post(auditEntry(&m_audit, actor, action, model, detail)); // ~Engine waits for it
}

QCoro::Task<qint64> Engine::train(RunRequest request, QString actor)
{
    QPointer<Engine> guard(this);
    const json detail = {{"trigger", request.trigger.toStdString()}, {"force", request.force}, {"dry_run", request.dryRun}};
    const QString model = request.model;
    auto starting = m_runner.start(std::move(request));
    const qint64 id = co_await starting;
    if (!guard)
        co_return id;
    json entry = detail;
    entry["run"] = id;
    co_await audited(actor, QStringLiteral("train"), model, entry);
    co_return id;
}

bool Engine::cancel(const QString& model, const QString& actor)
{
    m_workspace.requireModel(model);
    const auto run = m_runner.activeRun(model);
    if (!run || !m_runner.cancel(model))
        return false;
    auditLater(actor, QStringLiteral("cancel"), model, {{"run", *run > 0 ? json(*run) : json(nullptr)}}); // 0: still starting
    return true;
}

QCoro::Task<std::optional<int>> Engine::rollback(QString model, int version, QString actor)
{
    m_workspace.requireModel(model);
    Workspace* ws = &m_workspace;
    QPointer<Engine> guard(this);
    // The version replaced is the one the registry's transaction saw, not one read before it.
    auto before = std::make_shared<std::optional<int>>();
    auto switching = switchVersion(model, [ws, model, version, before] { *before = ws->registry().rollback(model, version); });
    co_await switching;
    if (!guard)
        co_return *before;
    const json detail = {{"from", *before ? json(**before) : json(nullptr)}, {"to", version}, {"automatic", false}};
    co_await audited(actor, QStringLiteral("rollback"), model, detail);
    if (guard)
        Q_EMIT versionRolledBack(model, version, actor, false);
    co_return *before;
}

QCoro::Task<> Engine::switchVersion(QString name, std::function<void()> change)
{
    const QString model = name;
    Predictors* predictors = &m_predictors;
    std::function<void()> work = [predictors, model, change = std::move(change)] {
        change();
        predictors->reload(model);
    };
    auto working = runOnWorkers(m_workers, std::move(work));
    co_await working;
}

namespace {

// The version awaiting a decision (read on a worker). An expired request is marked so, then refused.
ModelVersion pendingVersion(Workspace& ws, const QString& model, int version, const QDateTime& now)
{
    auto v = ws.registry().version(model, version);
    if (!v)
        throw Error(QStringLiteral("model '%1' has no version %2").arg(model).arg(version));
    const QString state = v->approvalState();
    if (state != QLatin1String("pending"))
        throw Error(state.isEmpty()
                        ? QStringLiteral("version %1 of '%2' did not need approval").arg(version).arg(model)
                        : QStringLiteral("version %1 of '%2' is not awaiting approval: it was %3").arg(version).arg(model, state));
    const QDateTime expires = QDateTime::fromString(QString::fromStdString(v->approval.value("expires", std::string())), Qt::ISODate);
    if (expires.isValid() && expires <= now) {
        json approval = v->approval;
        approval["state"] = "expired";
        ws.registry().setApproval(model, version, approval);
        throw Error(QStringLiteral("the approval request for version %1 of '%2' expired on %3; train again for a new candidate")
                        .arg(version).arg(model, expires.toString(Qt::ISODate)));
    }
    return *v;
}

} // namespace

QCoro::Task<> Engine::approve(QString model, int version, QString actor, QString comment)
{
    m_workspace.requireModel(model);
    Workspace* ws = &m_workspace;
    const QDateTime now = m_clock.now();
    QPointer<Engine> guard(this);
    auto before = std::make_shared<std::optional<int>>();
    auto switching = switchVersion(model, [ws, model, version, actor, comment, now, before] {
        const ModelVersion pending = pendingVersion(*ws, model, version, now);
        if (const auto active = ws->registry().active(model))
            *before = active->version;
        ws->registry().activateApproved(model, version, decision(pending, "approved", actor, comment, now));
    });
    co_await switching;
    if (!guard)
        co_return;
    const json detail = {{"version", version}, {"comment", comment.toStdString()}, {"from", *before ? json(**before) : json(nullptr)}};
    co_await audited(actor, QStringLiteral("approve"), model, detail);
    if (!guard)
        co_return;
    Q_EMIT approvalDecided(model, version, true, actor);
    Q_EMIT versionPromoted(model, version);
}

QCoro::Task<> Engine::reject(QString model, int version, QString actor, QString comment)
{
    if (comment.trimmed().isEmpty())
        throw Error(QStringLiteral("rejecting version %1 of '%2' needs a comment saying why").arg(version).arg(model));
    m_workspace.requireModel(model);
    Workspace* ws = &m_workspace;
    const QDateTime now = m_clock.now();
    QPointer<Engine> guard(this);
    std::function<void()> work = [ws, model, version, actor, comment, now] {
        const json approval = decision(pendingVersion(*ws, model, version, now), "rejected", actor, comment, now);
        ws->registry().setApproval(model, version, approval);
        ws->store().addEvent(model, std::nullopt, QStringLiteral("REJECTED"), {{"version", version}, {"approval", approval}});
    };
    auto working = runOnWorkers(m_workers, std::move(work));
    co_await working;
    if (!guard)
        co_return;
    const json detail = {{"version", version}, {"comment", comment.toStdString()}};
    co_await audited(actor, QStringLiteral("reject"), model, detail);
    if (guard)
        Q_EMIT approvalDecided(model, version, false, actor);
}

QCoro::Task<SampleImport> Engine::addSamples(QString model, RawTable rows, QString actor)
{
    const ModelConfig config = m_workspace.requireModel(model);
    Workspace* ws = &m_workspace;
    auto result = std::make_shared<SampleImport>();
    auto input = std::make_shared<RawTable>(std::move(rows));
    QPointer<Engine> guard(this);
    std::function<void()> work = [ws, config, input, result] { *result = storeSamples(*ws, config, std::move(*input)); };
    auto working = runOnWorkers(m_workers, std::move(work));
    co_await working;
    if (!guard)
        co_return *result;
    const json detail = {{"stored", result->stored}, {"rejected", result->rejected.size()}};
    co_await audited(actor, QStringLiteral("import"), model, detail);
    if (guard && result->stored > 0 && m_started)
        co_await m_automation.refreshModel(model); // the data trigger sees the new rows at once
    co_return *result;
}

QCoro::Task<> Engine::setPaused(QString model, bool paused, QString actor)
{
    QPointer<Engine> guard(this);
    auto pausing = m_automation.setPaused(model, paused); // throws Error for an unknown model
    co_await pausing;
    if (!guard)
        co_return;
    const json detail = {{"all", model.isEmpty()}};
    co_await audited(actor, paused ? QStringLiteral("pause") : QStringLiteral("resume"), model, detail);
    if (guard)
        Q_EMIT modelsChanged();
}

QCoro::Task<> Engine::updateModel(ModelConfig model, QString actor)
{
    if (const QString why = ModelConfig::validateName(model.name); !why.isEmpty())
        throw Error(why);
    const ModelConfig checked = ModelConfig::fromJson(model.toJson()); // the same checks as loading workspace.json
    const auto before = m_workspace.model(checked.name);
    const bool added = !before.has_value();
    Workspace* ws = &m_workspace;
    std::function<void()> saving = [ws, checked] { ws->updateModel(checked); }; // a file or the shared store
    QPointer<Engine> guard(this);
    auto saved = runOnWorkers(m_workers, std::move(saving));
    co_await saved;
    if (!guard)
        co_return;
    json detail = {{"added", added}, {"settings", checked.toJson()}};
    if (before) // what it was, so that the audit trail can say what changed (settings_changes.h)
        detail["before"] = before->toJson();
    co_await audited(actor, QStringLiteral("settings"), checked.name, detail);
    if (!guard)
        co_return;
    Q_EMIT modelsChanged();
    if (!m_started)
        co_return;
    co_await m_automation.refreshModel(checked.name);
    if (guard && added)
        co_await reloadPredictor(checked.name);
}

void Engine::onRunRecorded(const RunRecord& run)
{
    const QString model = run.model;
    Q_EMIT runFinished(run.id, model, toString(run.state));
    Q_EMIT runRecorded(run);
    if (!run.version)
        return;
    if (run.state == RunState::AwaitingApproval) {
        Q_EMIT approvalPending(model, *run.version);
        return;
    }
    if (run.state != RunState::Promoted || !m_started)
        return;
    auto announce = [](Engine* self, QString model, int version) -> QCoro::Task<> {
        QPointer<Engine> guard(self);
        auto reloading = self->reloadPredictor(model);
        co_await reloading;
        if (guard)
            Q_EMIT self->versionPromoted(model, version);
    };
    announce(this, model, *run.version);
}

QCoro::Task<qint64> Engine::startAutomaticRun(RunRequest request)
{
    auto starting = m_runner.start(std::move(request));
    co_return co_await starting;
}

QCoro::Task<> Engine::rollBackAutomatically(QString model, int from, int to, QString reason)
{
    Workspace* ws = &m_workspace;
    QPointer<Engine> guard(this);
    std::function<void()> restore = [ws, model, to] { (void)ws->registry().rollback(model, to); };
    auto restoring = runOnWorkers(m_workers, std::move(restore));
    co_await restoring; // verified and switched; throws Error when refused
    if (!guard)
        co_return;
    co_await reloadPredictor(model); // a predictor that cannot load is logged; the one before keeps serving
    if (!guard)
        co_return;
    const json detail = {{"from", from}, {"to", to}, {"automatic", true}, {"reason", reason.toStdString()}};
    co_await audited(QStringLiteral("retrainer"), QStringLiteral("rollback"), model, detail);
    if (guard)
        Q_EMIT versionRolledBack(model, to, QStringLiteral("retrainer"), true);
}

} // namespace retrainer
