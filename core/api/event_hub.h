#pragma once
// The API's event stream: every authenticated WebSocket client at /api/v1/events gets each event as one
// JSON text message {"type", "model", "run", …, "time"}. Types: run-started, run-progress, run-completed,
// run-failed, version-promoted, version-rolled-back, alert, and approval-pending / approval-decided.
#include <QHash>
#include <QList>
#include <QObject>
#include <QWebSocket>
#include <nlohmann/json.hpp>

namespace retrainer {

class Engine;
struct AlertRecord;

class EventHub : public QObject
{
    Q_OBJECT
public:
    explicit EventHub(Engine& engine, QObject* parent = nullptr);
    ~EventHub() override;

    // Takes an authenticated client; it is dropped when it disconnects.
    void addClient(QWebSocket* socket);
    int clientCount() const { return int(m_clients.size()); }

    void broadcast(nlohmann::json event);

private:
    void onProgress(qint64 runId, const QString& model, const QString& phase, double fraction);
    void onFinished(qint64 runId, const QString& model, const QString& state);
    nlohmann::json versionEvent(const char* type, const QString& model, int version) const;

    Engine& m_engine;
    QList<QWebSocket*> m_clients;
    QHash<qint64, int> m_lastPercent;  // run-progress is sent when the whole percent changes
    QHash<QString, qint64> m_lastRun;  // the model's last finished run, named in version events
};

} // namespace retrainer
