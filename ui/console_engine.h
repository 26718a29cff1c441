#pragma once
// The engine as the console sees it: one workspace and core's Engine over it, the mutations the windows
// ask for (train, cancel, roll back, pause, acknowledge) made in the name of the OS user, and the signals
// every page refreshes on. Pages read through it and never hold the Engine themselves.
#include "alert_log.h"
#include "clock.h"
#include "model_config.h"
#include "model_snapshot.h"
#include "scheduler.h"
#include "notifier.h"
#include "worker_pool.h"
#include <QCoroTask>
#include <QObject>
#include <QString>
#include <memory>

namespace retrainer {

class Automation;
class Engine;
class Runner;
class Workspace;

class ConsoleEngine : public QObject
{
    Q_OBJECT
public:
    // Over an engine its owner (WorkspaceHost) keeps alive longer than this object.
    explicit ConsoleEngine(Engine& engine, QObject* parent = nullptr);

    // Restores the scheduler and arms it (counts rows on workers). Completes when automation runs and
    // emits scheduleArmed(): only from then on nextMoment() and upcoming() know the scheduled moments.
    QCoro::Task<> start();

    Workspace& workspace() { return m_workspace; }
    Engine& engine() { return m_engine; }
    // The engine's workers: pages run their store reads, hashing and file work there (waited for on shut-down).
    WorkerPool& workers();
    Runner& runner();
    Automation& automation();
    Scheduler& scheduler();
    Notifier& notifier() { return m_notifier; }
    QString actor() const { return m_actor; }
    // The name people read for a model: its display name, or its identifier when it has none (or is unknown).
    QString shownName(const QString& model) const;

    // Starts a manual run (joins one already starting, queued or running) and completes with its id; the model
    // counts as training from the call on. Throws Error for an unknown model or a refused start.
    QCoro::Task<qint64> train(QString model);
    // Starts (or joins) a run of every model: from the call on, trainingModels() lists them. Completes once every
    // start was tried; throws the first refusal's Error then.
    QCoro::Task<> trainAll();
    bool cancel(const QString& model);
    bool isTraining(const QString& model) const;
    // The models with a run queued or on, in workspace order.
    QStringList trainingModels() const;
    // Verifies and activates `version` on a worker thread. Empty on success, else the reason.
    QCoro::Task<QString> rollback(QString model, int version);
    // One model, or every model with an empty name.
    void setPaused(const QString& model, bool paused);
    bool pausedAll() const;
    // The model's health as shown by icons and cards, from a snapshot and what runs now.
    ModelHealth health(const ModelSnapshot& snapshot) const;
    // Everything scheduled for a model (or for all models with an empty name), soonest first.
    std::vector<UpcomingMoment> upcoming(const QString& model = {});
    // The next dated moment of a model; nullopt when nothing is scheduled.
    std::optional<UpcomingMoment> nextMoment(const QString& model);
    // A model added (wizard) or its settings saved (Settings tab): the engine checks it, saves workspace.json,
    // records who did it and refreshes its triggers. Empty on success, else the reason. The forms' saver.
    QCoro::Task<QString> saveModel(ModelConfig config);
    // Something outside the windows (a command from a terminal) may have changed models, versions or
    // alerts: every page reloads.
    void announceExternalChange();
    // Acknowledges an alert on a worker thread. Empty on success, else the reason.
    QCoro::Task<QString> acknowledge(qint64 alertId);

Q_SIGNALS:
    void runQueued(qint64 runId, const QString& model);
    void runStateChanged(qint64 runId, const QString& model, const QString& state);
    void runProgress(qint64 runId, const QString& model, const QString& phase, double fraction);
    void runFinished(qint64 runId, const QString& model, const QString& state);
    void versionsChanged(const QString& model);
    void alertsChanged();
    void pausedChanged();
    void modelsChanged();
    void scheduleArmed();

private:
    Engine& m_engine;
    Workspace& m_workspace;
    Notifier m_notifier;
    QString m_actor;
};

} // namespace retrainer
