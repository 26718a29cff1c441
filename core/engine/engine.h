#pragma once
// The one façade every shell uses — the headless daemon, the GUI, the HTTP API and CLI commands run
// inside the daemon (or standalone, with an engine of their own). Reads of live state go through its parts
// (workspace, runner, automation, predictors, audit); every mutation goes through a method here, so each is
// checked, audited with the actor who asked, and announced by one set of signals.
// Lives on the thread that owns the workspace (the main thread); slow work (verifying files, loading
// predictors, typing rows) runs on workers and is awaited.
#include "alert_delivery.h"
#include "alert_log.h"
#include "audit_log.h"
#include "automation.h"
#include "automation_actions.h"
#include "predictors.h"
#include "registry.h"
#include "runner.h"
#include "sample_import.h"
#include "store_notices.h"
#include <QCoroTask>
#include <QObject>
#include "worker_pool.h"
#include <functional>

namespace retrainer {

class Clock;
class Workspace;

class Engine : public QObject, public AutomationActions
{
    Q_OBJECT
public:
    Engine(Workspace& workspace, const Clock& clock, QObject* parent = nullptr);
    ~Engine() override;

    Workspace& workspace() { return m_workspace; }
    Runner& runner() { return m_runner; }
    Automation& automation() { return m_automation; }
    Predictors& predictors() { return m_predictors; }
    // True once start() has loaded every model's version in service (or recorded why it could not).
    bool serving() const { return m_serving; }
    AuditLog& audit() { return m_audit; }
    // Sends new alerts to the outside channels (webhook, e-mail) that want them.
    AlertDelivery& delivery() { return m_delivery; }
    // The workers every shell runs its slow reads on (store queries, hashing, files); waited for when the
    // engine goes, before the parts their work uses.
    WorkerPool& workers() { return m_workers; }

    // Starts the automation (scheduler, triggers, approval expiry) and loads every model's predictor.
    QCoro::Task<> start();

    // Mutations. Each records an audit entry with `actor` and throws Error on bad input (unknown model or
    // version, a version not awaiting approval, a damaged file…); nothing changes then.
    // Queues a run (or joins the model's starting, queued or running one) and completes with its id; the run
    // row and the audit entry are written on the workers (Runner::start), the caller's thread goes on.
    QCoro::Task<qint64> train(RunRequest request, QString actor);
    // Asks the model's run to stop; false (and no audit entry) when nothing runs for it.
    bool cancel(const QString& model, const QString& actor);
    // Verifies `version` on a worker, makes it active and reloads the predictor.
    // Returns the version that was in service before; throws Error when refused (unknown or damaged
    // version, or `version` already in service).
    QCoro::Task<std::optional<int>> rollback(QString model, int version, QString actor);
    // A version awaiting approval: approve verifies and activates it (predictor reloaded); reject keeps it
    // out of service for good. An expired request is refused (and marked expired).
    QCoro::Task<> approve(QString model, int version, QString actor, QString comment);
    QCoro::Task<> reject(QString model, int version, QString actor, QString comment);
    // Row-by-row validation: accepted rows stored, rejected ones listed with reasons; the data trigger
    // sees the new rows at once.
    QCoro::Task<SampleImport> addSamples(QString model, RawTable rows, QString actor);
    // Pause or resume automatic retraining of one model or, with an empty name, of everything (at once in
    // memory; the setting is saved on a worker, then audited).
    QCoro::Task<> setPaused(QString model, bool paused, QString actor);
    // Adds or replaces a model's settings (validated, saved on a worker to workspace.json or to the shared
    // store, which tells the other instances), refreshes the automation.
    QCoro::Task<> updateModel(ModelConfig model, QString actor);
    // Adds or replaces an outside alert channel. `secrets` fields that are empty keep the stored ones; a
    // webhook needs an address (given, stored, or in the environment). Written on a worker.
    QCoro::Task<> saveAlertChannel(AlertChannel channel, ChannelSecrets secrets, QString actor);
    // Throws Error naming the known channels when there is no such channel.
    QCoro::Task<> removeAlertChannel(QString name, QString actor);
    // Sends a test alert through the saved channel `name` now (audited), and returns what happened.
    QCoro::Task<DeliveryAttempt> testAlertChannel(QString name, QString actor);
    AlertChannel requireAlertChannel(const QString& name) const;

    // What the automation asks for (automation_actions.h): an automatic run (not audited, like before: the
    // run record names its trigger) and an automatic rollback (audited with the actor "retrainer").
    QCoro::Task<qint64> startAutomaticRun(RunRequest request) override;
    QCoro::Task<> rollBackAutomatically(QString model, int from, int to, QString reason) override;

Q_SIGNALS:
    void runQueued(qint64 runId, const QString& model, const QString& trigger);
    void runProgress(qint64 runId, const QString& model, const QString& phase, double fraction);
    void runFinished(qint64 runId, const QString& model, const QString& state);
    // The same moment with the whole terminal record (emitted right after runFinished).
    void runRecorded(const retrainer::RunRecord& run);
    void versionPromoted(const QString& model, int version);  // after the predictor serves it
    void versionRolledBack(const QString& model, int version, const QString& actor, bool automatic);
    void approvalPending(const QString& model, int version);
    void approvalDecided(const QString& model, int version, bool approved, const QString& actor);
    void alertRaised(const retrainer::AlertRecord& alert);
    void modelsChanged();
    // Another instance sharing the PostgreSQL store changed `what` (one of notice:: in store_notices.h) of
    // `model`; for a version, emitted once this instance's predictor serves the new one.
    void changedElsewhere(const QString& model, const QString& what);

private:
    void onRunRecorded(const RunRecord& run);
    void onChangedElsewhere(const QString& what, const QString& model);
    QCoro::Task<> followVersion(QString model);
    // Another instance changed the shared settings: reloaded on a worker, the automation refreshes each
    // model that differs, and modelsChanged tells the shells.
    QCoro::Task<> followSettings();
    QCoro::Task<> reloadPredictor(QString name);
    // Runs `change` (which switches the active version) and then the predictor reload on a worker.
    QCoro::Task<> switchVersion(QString name, std::function<void()> change);
    // Writes the audit entry on a worker: awaited by actions that are coroutines (the caller reads it after),
    // posted by cancel, which is not.
    QCoro::Task<> audited(QString actor, QString action, QString model, nlohmann::json detail);
    void auditLater(const QString& actor, const QString& action, const QString& model, const nlohmann::json& detail);

    WorkerPool m_workers; // first: the automation below runs on it; ~Engine waits for it before anything goes
    Workspace& m_workspace;
    const Clock& m_clock;
    AuditLog m_audit;
    Predictors m_predictors;
    Runner m_runner;
    Automation m_automation;
    AlertDelivery m_delivery;
    bool m_serving = false;
    bool m_started = false; // an engine opened for one CLI command is never started: it loads no predictors
    std::unique_ptr<StoreListener> m_listener; // a started engine on a PostgreSQL store; destroyed first
};

} // namespace retrainer
