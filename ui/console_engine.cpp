#include "console_engine.h"
#include "on_worker.h"
#include "automation.h"
#include "engine.h"
#include "cli_context.h"
#include "error.h"
#include "runner.h"
#include "workspace.h"
#include <QCoroFuture>
#include <QPointer>
#include <QThreadPool>

namespace retrainer {

ConsoleEngine::ConsoleEngine(Engine& engine_, QObject* parent)
    : QObject(parent), m_engine(engine_), m_workspace(engine_.workspace()), m_actor(cli::currentUser())
{
    Engine* engine = &m_engine;
    connect(engine, &Engine::runQueued, this,
            [this](qint64 runId, const QString& model, const QString&) { Q_EMIT runQueued(runId, model); });
    connect(&engine->runner(), &Runner::runStateChanged, this, &ConsoleEngine::runStateChanged);
    connect(engine, &Engine::runProgress, this, &ConsoleEngine::runProgress);
    connect(engine, &Engine::runFinished, this, &ConsoleEngine::runFinished);
    connect(engine, &Engine::runRecorded, this, [this](const RunRecord& run) { m_notifier.runFinished(run); });
    connect(engine, &Engine::versionPromoted, this, [this](const QString& model, int) { Q_EMIT versionsChanged(model); });
    connect(engine, &Engine::versionRolledBack, this,
            [this](const QString& model, int, const QString&, bool) { Q_EMIT versionsChanged(model); });
    connect(engine, &Engine::approvalDecided, this,
            [this](const QString& model, int, bool, const QString&) { Q_EMIT versionsChanged(model); });
    connect(engine, &Engine::alertRaised, this, [this](const AlertRecord& alert) {
        m_notifier.alertRaised(alert);
        Q_EMIT alertsChanged();
    });
    connect(engine, &Engine::modelsChanged, this, &ConsoleEngine::modelsChanged);
    // Another instance on the shared store: its versions and approvals show on the model's page, its runs
    // and new rows on the dashboard.
    connect(engine, &Engine::changedElsewhere, this, [this](const QString& model, const QString& what) {
        if (what == notice::kVersion || what == notice::kApproval)
            Q_EMIT versionsChanged(model);
        else
            Q_EMIT modelsChanged();
    });
}

QCoro::Task<> ConsoleEngine::start()
{
    QPointer<ConsoleEngine> self(this);
    co_await m_engine.start();
    if (self)
        Q_EMIT self->scheduleArmed();
}

WorkerPool& ConsoleEngine::workers()
{
    return m_engine.workers();
}

Runner& ConsoleEngine::runner()
{
    return m_engine.runner();
}

Automation& ConsoleEngine::automation()
{
    return m_engine.automation();
}

Scheduler& ConsoleEngine::scheduler()
{
    return m_engine.automation().scheduler();
}

QCoro::Task<qint64> ConsoleEngine::train(QString model)
{
    const ModelConfig config = m_workspace.requireModel(model);
    RunRequest request;
    request.model = model;
    request.trigger = QStringLiteral("manual");
    request.force = true; // a person asked for it: train even on unchanged data
    request.reason = tr("Train now, asked by %1").arg(m_actor);
    request.timeLimitSecs = config.triggers.maxTrainingSecs;
    auto starting = m_engine.train(std::move(request), m_actor);
    co_return co_await starting;
}

QCoro::Task<> ConsoleEngine::trainAll()
{
    // Every start is asked for at once (each model counts as training from here); then each is awaited.
    std::vector<QCoro::Task<qint64>> starts;
    for (const auto& model : m_workspace.models())
        starts.push_back(train(model.name));
    std::optional<Error> refused;
    for (auto& starting : starts) {
        try {
            co_await starting;
        } catch (const Error& e) {
            if (!refused)
                refused = e;
        }
    }
    if (refused)
        throw *refused;
}

QStringList ConsoleEngine::trainingModels() const
{
    QStringList out;
    for (const auto& model : m_workspace.models())
        if (isTraining(model.name))
            out << model.name;
    return out;
}

bool ConsoleEngine::cancel(const QString& model)
{
    return m_engine.cancel(model, m_actor);
}

bool ConsoleEngine::isTraining(const QString& model) const
{
    return m_engine.runner().isActive(model);
}

QCoro::Task<QString> ConsoleEngine::rollback(QString model, int version)
{
    try {
        co_await m_engine.rollback(model, version, m_actor);
    } catch (const Error& e) {
        co_return e.message();
    }
    co_return QString();
}

void ConsoleEngine::setPaused(const QString& model, bool paused)
{
    // The scheduler pauses at once; the setting is saved (and audited) on a worker.
    auto saving = [](Engine* engine, QString model, bool paused, QString actor) -> QCoro::Task<> {
        try {
            auto pausing = engine->setPaused(model, paused, actor);
            co_await pausing;
        } catch (const Error& e) {
            qWarning("%s", qPrintable(e.message()));
        }
    };
    saving(&m_engine, model, paused, m_actor);
    Q_EMIT pausedChanged();
}

bool ConsoleEngine::pausedAll() const
{
    return m_engine.automation().pausedAll();
}

ModelHealth ConsoleEngine::health(const ModelSnapshot& snapshot) const
{
    return healthOf(snapshot, isTraining(snapshot.config.name), pausedAll());
}

std::vector<UpcomingMoment> ConsoleEngine::upcoming(const QString& model)
{
    return scheduler().upcoming(model);
}

std::optional<UpcomingMoment> ConsoleEngine::nextMoment(const QString& model)
{
    for (const auto& moment : scheduler().upcoming(model))
        if (moment.when.isValid())
            return moment;
    return std::nullopt;
}

QString ConsoleEngine::shownName(const QString& model) const
{
    const auto config = m_workspace.model(model);
    return config ? config->shownName() : model;
}

QCoro::Task<QString> ConsoleEngine::saveModel(ModelConfig config)
{
    try {
        auto saving = m_engine.updateModel(config, m_actor);
        co_await saving;
    } catch (const Error& e) {
        co_return e.message();
    }
    co_return QString();
}

void ConsoleEngine::announceExternalChange()
{
    for (const auto& model : m_workspace.models())
        Q_EMIT versionsChanged(model.name);
    Q_EMIT alertsChanged();
    Q_EMIT pausedChanged();
    Q_EMIT modelsChanged();
}

QCoro::Task<QString> ConsoleEngine::acknowledge(qint64 alertId)
{
    QPointer<ConsoleEngine> self(this);
    AlertLog* alerts = &m_engine.automation().alerts();
    const QString actor = m_actor;
    auto work = [alerts, alertId, actor]() -> QString {
        try {
            alerts->acknowledge(alertId, actor);
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    };
    const QString error = co_await onWorker(m_engine.workers(), std::move(work));
    if (self)
        Q_EMIT self->alertsChanged();
    co_return error;
}

} // namespace retrainer
