#include "console_engine.h"
#include "automation.h"
#include "cli_context.h"
#include "error.h"
#include "runner.h"
#include "workspace.h"
#include <QCoroFuture>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace retrainer {

ConsoleEngine::ConsoleEngine(std::unique_ptr<Workspace> workspace, QObject* parent)
    : QObject(parent),
      m_workspace(std::move(workspace)),
      m_runner(std::make_unique<Runner>(*m_workspace)),
      m_automation(std::make_unique<Automation>(*m_workspace, *m_runner, m_clock)),
      m_actor(cli::currentUser())
{
    connect(m_runner.get(), &Runner::runQueued, this, &ConsoleEngine::runQueued);
    connect(m_runner.get(), &Runner::runStateChanged, this, &ConsoleEngine::runStateChanged);
    connect(m_runner.get(), &Runner::runProgress, this, &ConsoleEngine::runProgress);
    connect(m_runner.get(), &Runner::runFinished, this,
            [this](qint64 runId, const QString& model, const QString& state) {
                Q_EMIT runFinished(runId, model, state);
                if (state == QLatin1String("promoted"))
                    Q_EMIT versionsChanged(model);
                announceRun(runId);
            });
    connect(m_automation.get(), &Automation::alertRaised, this, [this](const AlertRecord& alert) {
        m_notifier.alertRaised(alert);
        Q_EMIT alertsChanged();
    });
}

ConsoleEngine::~ConsoleEngine()
{
    m_automation.reset();
    m_runner.reset(); // cancels and waits before the workspace goes
}

QCoro::Task<> ConsoleEngine::start()
{
    co_await m_automation->start();
}

Scheduler& ConsoleEngine::scheduler()
{
    return m_automation->scheduler();
}

qint64 ConsoleEngine::train(const QString& model)
{
    const ModelConfig config = m_workspace->requireModel(model);
    RunRequest request;
    request.model = model;
    request.trigger = QStringLiteral("manual");
    request.force = true; // a person asked for it: train even on unchanged data
    request.reason = tr("Train now, asked by %1").arg(m_actor);
    request.timeLimitSecs = config.triggers.maxTrainingSecs;
    return m_runner->start(request);
}

void ConsoleEngine::trainAll()
{
    for (const auto& model : m_workspace->models())
        train(model.name);
}

bool ConsoleEngine::cancel(const QString& model)
{
    return m_runner->cancel(model);
}

bool ConsoleEngine::isTraining(const QString& model) const
{
    return m_runner->isActive(model);
}

QCoro::Task<QString> ConsoleEngine::rollback(QString model, int version)
{
    QPointer<ConsoleEngine> self(this);
    Workspace* workspace = m_workspace.get();
    auto future = QtConcurrent::run([workspace, model, version]() -> QString {
        try {
            workspace->registry().rollback(model, version);
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    });
    const QString error = co_await future;
    if (self && error.isEmpty())
        Q_EMIT self->versionsChanged(model);
    co_return error;
}

void ConsoleEngine::setPaused(const QString& model, bool paused)
{
    m_automation->setPaused(model, paused);
    Q_EMIT pausedChanged();
}

bool ConsoleEngine::pausedAll() const
{
    return m_automation->pausedAll();
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

void ConsoleEngine::announceExternalChange()
{
    for (const auto& model : m_workspace->models())
        Q_EMIT versionsChanged(model.name);
    Q_EMIT alertsChanged();
    Q_EMIT pausedChanged();
    Q_EMIT modelsChanged();
}

QCoro::Task<QString> ConsoleEngine::acknowledge(qint64 alertId)
{
    QPointer<ConsoleEngine> self(this);
    AlertLog* alerts = &m_automation->alerts();
    const QString actor = m_actor;
    auto future = QtConcurrent::run([alerts, alertId, actor]() -> QString {
        try {
            alerts->acknowledge(alertId, actor);
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    });
    const QString error = co_await future;
    if (self)
        Q_EMIT self->alertsChanged();
    co_return error;
}

QCoro::Task<> ConsoleEngine::announceRun(qint64 runId)
{
    QPointer<ConsoleEngine> self(this);
    Store* store = &m_workspace->store();
    auto future = QtConcurrent::run([store, runId] { return store->run(runId); });
    const std::optional<RunRecord> run = co_await future;
    if (self && run)
        self->m_notifier.runFinished(*run);
}

} // namespace retrainer
