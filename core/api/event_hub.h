#pragma once
// The API's event stream: every authenticated WebSocket client at /api/v1/events gets each event as one
// JSON text message {"type", "model", "run", …, "time"}. Types: run-started, run-progress, run-completed,
// run-failed, version-promoted, version-rolled-back, alert.
#include <QList>
#include <QObject>
#include <QWebSocket>
#include <nlohmann/json.hpp>

namespace retrainer {

class Automation;
class Runner;
class Store;
struct AlertRecord;

class EventHub : public QObject
{
    Q_OBJECT
public:
    EventHub(Store& store, Runner& runner, Automation& automation, QObject* parent = nullptr);
    ~EventHub() override;

    // Takes an authenticated client; it is dropped when it disconnects.
    void addClient(QWebSocket* socket);
    int clientCount() const { return int(m_clients.size()); }

    void broadcast(nlohmann::json event);

private:
    void onStateChanged(qint64 runId, const QString& model, const QString& state);
    void onProgress(qint64 runId, const QString& model, const QString& phase, double fraction);
    void onFinished(qint64 runId, const QString& model, const QString& state);

    Store& m_store;
    QList<QWebSocket*> m_clients;
    QHash<qint64, int> m_lastPercent; // run-progress is sent when the whole percent changes
};

} // namespace retrainer
