#include "event_hub.h"
#include "engine.h"
#include "error.h"
#include "workspace.h"
#include <QDateTime>

namespace retrainer {

using json = nlohmann::json;

namespace {

json runEvent(const char* type, qint64 runId, const QString& model)
{
    return {{"type", type}, {"model", model.toStdString()}, {"run", runId}};
}

} // namespace

EventHub::EventHub(Engine& engine, QObject* parent) : QObject(parent), m_engine(engine)
{
    // run-started when a worker picks the run up (its first state after queued).
    connect(&engine.runner(), &Runner::runStateChanged, this, [this](qint64 runId, const QString& model, const QString& state) {
        if (state == QLatin1String("loading"))
            broadcast(runEvent("run-started", runId, model));
    });
    connect(&engine, &Engine::runProgress, this, &EventHub::onProgress);
    connect(&engine, &Engine::runFinished, this, &EventHub::onFinished);
    connect(&engine, &Engine::versionPromoted, this, [this](const QString& model, int version) {
        broadcast(versionEvent("version-promoted", model, version));
    });
    connect(&engine, &Engine::versionRolledBack, this,
            [this](const QString& model, int version, const QString& actor, bool automatic) {
                json event = versionEvent("version-rolled-back", model, version);
                event["by"] = actor.toStdString();
                event["automatic"] = automatic;
                broadcast(std::move(event));
            });
    connect(&engine, &Engine::approvalPending, this, [this](const QString& model, int version) {
        broadcast(versionEvent("approval-pending", model, version));
    });
    connect(&engine, &Engine::approvalDecided, this, [this](const QString& model, int version, bool approved, const QString& actor) {
        json event = versionEvent("approval-decided", model, version);
        event["approved"] = approved;
        event["by"] = actor.toStdString();
        broadcast(std::move(event));
    });
    connect(&engine, &Engine::alertRaised, this, [this](const AlertRecord& alert) {
        json event = alert.toJson();
        event["alert"] = alert.id;
        event["type"] = "alert";
        event["run"] = m_lastRun.contains(alert.model) ? json(m_lastRun.value(alert.model)) : json(nullptr);
        broadcast(std::move(event));
    });
}

EventHub::~EventHub()
{
    for (QWebSocket* socket : std::as_const(m_clients)) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("the Retrainer API is stopping"));
        delete socket;
    }
}

void EventHub::addClient(QWebSocket* socket)
{
    socket->setParent(this);
    m_clients.append(socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_clients.removeOne(socket);
        socket->deleteLater();
    });
}

void EventHub::broadcast(json event)
{
    event["time"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
    const QString text = QString::fromStdString(event.dump());
    for (QWebSocket* socket : std::as_const(m_clients))
        socket->sendTextMessage(text);
}

json EventHub::versionEvent(const char* type, const QString& model, int version) const
{
    json event = {{"type", type}, {"model", model.toStdString()}, {"version", version},
                  {"run", m_lastRun.contains(model) ? json(m_lastRun.value(model)) : json(nullptr)}};
    return event;
}

void EventHub::onProgress(qint64 runId, const QString& model, const QString& phase, double fraction)
{
    const int percent = int(fraction * 100);
    auto it = m_lastPercent.find(runId);
    if (it != m_lastPercent.end() && *it == percent)
        return;
    m_lastPercent.insert(runId, percent);
    json event = runEvent("run-progress", runId, model);
    event["phase"] = phase.toStdString();
    event["fraction"] = fraction;
    broadcast(std::move(event));
}

void EventHub::onFinished(qint64 runId, const QString& model, const QString& state)
{
    m_lastPercent.remove(runId);
    m_lastRun.insert(model, runId);
    const auto runState = runStateFromString(state);
    const bool completed = runState == RunState::Promoted || runState == RunState::AwaitingApproval ||
                           runState == RunState::Rejected || runState == RunState::Skipped;
    json event = runEvent(completed ? "run-completed" : "run-failed", runId, model);
    event["state"] = state.toStdString();
    try {
        if (const auto run = m_engine.workspace().store().run(runId)) {
            event["version"] = run->version ? json(*run->version) : json(nullptr);
            event["dry_run"] = run->dryRun;
            event["metrics"] = run->metrics;
            if (!run->error.isEmpty())
                event["error"] = run->error.toStdString();
        }
    } catch (const Error& e) {
        qWarning("event for run %lld: %s", runId, qPrintable(e.message()));
    }
    broadcast(std::move(event));
}

} // namespace retrainer
