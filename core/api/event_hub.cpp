#include "event_hub.h"
#include "automation.h"
#include "error.h"
#include "runner.h"
#include "store.h"
#include <QDateTime>

namespace retrainer {

using json = nlohmann::json;

namespace {

json runEvent(const char* type, qint64 runId, const QString& model)
{
    return {{"type", type}, {"model", model.toStdString()}, {"run", runId}};
}

} // namespace

EventHub::EventHub(Store& store, Runner& runner, Automation& automation, QObject* parent)
    : QObject(parent), m_store(store)
{
    connect(&runner, &Runner::runStateChanged, this, &EventHub::onStateChanged);
    connect(&runner, &Runner::runProgress, this, &EventHub::onProgress);
    connect(&runner, &Runner::runFinished, this, &EventHub::onFinished);
    connect(&automation, &Automation::alertRaised, this, [this](const AlertRecord& alert) {
        json event = alert.toJson();
        event["alert"] = alert.id;
        event["type"] = "alert";
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

void EventHub::onStateChanged(qint64 runId, const QString& model, const QString& state)
{
    if (state != QLatin1String("loading")) // the first state a run reaches when a worker picks it up
        return;
    broadcast(runEvent("run-started", runId, model));
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
    const auto runState = runStateFromString(state);
    const bool completed = runState == RunState::Promoted || runState == RunState::Rejected || runState == RunState::Skipped;
    json event = runEvent(completed ? "run-completed" : "run-failed", runId, model);
    event["state"] = state.toStdString();
    std::optional<RunRecord> run;
    try {
        run = m_store.run(runId);
    } catch (const Error& e) {
        qWarning("event for run %lld: %s", runId, qPrintable(e.message()));
    }
    if (run) {
        event["version"] = run->version ? json(*run->version) : json(nullptr);
        event["metrics"] = run->metrics;
        if (!run->error.isEmpty())
            event["error"] = run->error.toStdString();
    }
    broadcast(std::move(event));
    if (runState == RunState::Promoted && run && run->version && !run->dryRun) {
        json promoted = runEvent("version-promoted", runId, model);
        promoted["version"] = *run->version;
        promoted["metrics"] = run->metrics;
        broadcast(std::move(promoted));
    }
}

} // namespace retrainer
