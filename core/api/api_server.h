#pragma once
// Retrainer's local HTTP API (QtHttpServer) over the running engine: JSON endpoints under /api/v1 with
// bearer tokens (admin / viewer), GET /health without a token, and a WebSocket of events at
// /api/v1/events. Loopback only unless remote access is asked for explicitly.
//
// It derives from QAbstractHttpServer rather than using QHttpServer's router: handlers answer
// asynchronously (store queries run on a pool), which needs the socket to check that the client is still
// connected when the answer is ready, and a known path asked with the wrong method must get 405 with an
// Allow header, where QHttpServer's router only knows "no route" (404).
#include "api_routes.h"
#include "event_hub.h"
#include "token_store.h"
#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>
#include <QCoroTask>

class QTcpSocket;

namespace retrainer {

class Engine;

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxBodyBytes = 1 << 20;

    explicit ApiServer(Engine& engine, QObject* parent = nullptr);
    ~ApiServer() override;

    // Starts listening and returns the port (useful with port 0). Throws Error when `address` is not a
    // loopback address and `allowRemote` is false, or when the address cannot be bound (port in use…).
    quint16 listen(const QHostAddress& address, quint16 port, bool allowRemote = false);
    QHostAddress address() const { return m_address; }

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    TokenStore& tokens() { return m_tokens; }
    EventHub& events() { return m_events; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct CompiledRoute
    {
        ApiRoute route;
        QRegularExpression pattern;
        QStringList params;
    };
    void addRoutes(const std::vector<ApiRoute>& routes);
    // Finds the route, checks the token, role and body size; an error reply when refused.
    std::optional<ApiReply> admit(const QHttpServerRequest& request, ApiCall& call, const CompiledRoute*& found);
    QCoro::Task<> answer(ApiCall call, const CompiledRoute* route, const QHttpServerRequest& request,
                         QPointer<QTcpSocket> socket);
    void send(const ApiReply& reply, const QHttpServerRequest& request, QTcpSocket* socket);
    void acceptWebSockets();
    // Why a WebSocket request is refused (unknown path, missing or bad token); empty when accepted.
    QString webSocketRefusal(const QUrl& url, const QByteArray& authorization);

    TokenStore m_tokens;
    EventHub m_events;
    QThreadPool m_pool;
    ApiContext m_context;
    std::vector<CompiledRoute> m_routes;
    qint64 m_maxBodyBytes = kDefaultMaxBodyBytes;
    QHostAddress m_address;
    QHash<QTcpSocket*, ApiReply> m_refusals; // WebSocket requests refused, answered by missingHandler
};

// "127.0.0.1:8765", "[::1]:8765", "localhost:8765" → address and port. Throws Error for anything else.
std::pair<QHostAddress, quint16> parseListenAddress(const QString& text);

} // namespace retrainer
