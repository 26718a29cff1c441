#include "api_server.h"
#include "engine.h"
#include "error.h"
#include "guarded_tcp_server.h"
#include "workspace.h"
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>

namespace retrainer {

using json = nlohmann::json;

namespace {

const QString kEventsPath = QStringLiteral("/api/v1/events");

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

QString bearerToken(const QByteArray& authorization)
{
    const QByteArray prefix = "bearer ";
    if (authorization.size() > prefix.size() && authorization.left(prefix.size()).toLower() == prefix)
        return QString::fromUtf8(authorization.mid(prefix.size()).trimmed());
    return {};
}

} // namespace

std::pair<QHostAddress, quint16> parseListenAddress(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else
        address = QHostAddress(host);
    if (!ok || port > 65535 || address.isNull())
        throw Error(QStringLiteral("--api needs HOST:PORT with a numeric address, such as 127.0.0.1:8765, not '%1'").arg(text));
    return {address, quint16(port)};
}

ApiServer::ApiServer(Engine& engine, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_tokens(engine.workspace().store())
    , m_events(engine)
    , m_context{engine, engine.workspace(), m_tokens, m_events, m_pool}
{
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(-1); // keep the workers and their store connections
    addRoutes(readRoutes());
    addRoutes(actionRoutes());
    addRoutes(approvalRoutes());
    addRoutes(sampleRoutes());
    addRoutes(alertRoutes());
    addRoutes(backtestRoutes());
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &ApiServer::acceptWebSockets);
}

ApiServer::~ApiServer() { m_pool.waitForDone(); }

void ApiServer::addRoutes(const std::vector<ApiRoute>& routes)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)\\}"));
    for (const auto& route : routes) {
        CompiledRoute compiled{route, {}, {}};
        QString regex = QRegularExpression::escape(route.path);
        for (auto it = placeholder.globalMatch(route.path); it.hasNext();) {
            const auto match = it.next();
            compiled.params << match.captured(1);
            regex.replace(QRegularExpression::escape(match.captured(0)), QStringLiteral("([^/]+)"));
        }
        compiled.pattern = QRegularExpression(QLatin1Char('^') + regex + QLatin1Char('$'));
        m_routes.push_back(std::move(compiled));
    }
}

quint16 ApiServer::listen(const QHostAddress& address, quint16 port, bool allowRemote)
{
    if (!address.isLoopback() && !allowRemote)
        throw Error(QStringLiteral("the API listens on a loopback address (127.0.0.1 or ::1) unless remote access is "
                                   "allowed explicitly (--api-allow-remote); %1 is not loopback").arg(address.toString()));
    auto* tcp = new GuardedTcpServer(m_maxBodyBytes, this);
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        throw Error(QStringLiteral("the API cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(why));
    }
    bind(tcp);
    m_address = address;
    return tcp->serverPort();
}

std::optional<ApiReply> ApiServer::admit(const QHttpServerRequest& request, ApiCall& call, const CompiledRoute*& found)
{
    QByteArrayList allowed;
    for (const auto& route : m_routes) {
        const auto match = route.pattern.match(call.path);
        if (!match.hasMatch())
            continue;
        allowed << route.route.method;
        if (route.route.method != call.method)
            continue;
        found = &route;
        for (qsizetype i = 0; i < route.params.size(); ++i)
            call.params.insert(route.params[i], QUrl::fromPercentEncoding(match.captured(int(i) + 1).toUtf8()));
        break;
    }
    if (!found && allowed.isEmpty())
        return errorReply(404, QStringLiteral("not found"), QStringLiteral("no endpoint %1").arg(call.path));
    if (!found) {
        ApiReply reply = errorReply(405, QStringLiteral("method not allowed"),
                                    QStringLiteral("%1 takes %2").arg(call.path, QString::fromLatin1(allowed.join(", "))));
        reply.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
        return reply;
    }
    if (found->route.access != Access::Public) {
        const QString token = bearerToken(request.value("authorization"));
        if (token.isEmpty())
            return errorReply(401, QStringLiteral("unauthorized"),
                              QStringLiteral("send a token as 'Authorization: Bearer TOKEN' (retrainer token create NAME)"));
        const auto identity = m_tokens.authenticate(token);
        if (!identity)
            return errorReply(401, QStringLiteral("unauthorized"), QStringLiteral("the token is unknown or revoked"));
        call.caller = *identity;
        if (found->route.access == Access::Admin && !identity->isAdmin())
            return errorReply(403, QStringLiteral("forbidden"),
                              QStringLiteral("token '%1' has the %2 role; %3 %4 needs an admin token")
                                  .arg(identity->name, identity->role, QString::fromLatin1(call.method), call.path));
    }
    // Refused on the announced length before anything is parsed.
    bool ok = false;
    const qint64 announced = request.value("content-length").toLongLong(&ok);
    if ((ok && announced > m_maxBodyBytes) || request.body().size() > m_maxBodyBytes)
        return errorReply(413, QStringLiteral("body too large"),
                          QStringLiteral("the limit is %1 bytes").arg(m_maxBodyBytes));
    return std::nullopt;
}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        // QtHttpServer 6.4 asks here before it upgrades: true (with nothing written) hands the socket to the
        // WebSocket server; false answers through missingHandler, which sends the refusal kept here.
        const QString refusal = webSocketRefusal(request.url(), request.value("authorization"));
        if (refusal.isEmpty())
            return true;
        m_refusals.insert(socket, errorReply(request.url().path() == kEventsPath ? 401 : 404,
                                             request.url().path() == kEventsPath ? QStringLiteral("unauthorized")
                                                                                 : QStringLiteral("not found"),
                                             refusal));
        return false;
    }
    ApiCall call;
    call.method = methodName(request.method());
    call.path = request.url().path();
    call.query = request.query();
    const CompiledRoute* route = nullptr;
    std::optional<ApiReply> refused;
    try {
        refused = admit(request, call, route);
    } catch (const Error& e) {
        refused = errorReply(500, QStringLiteral("internal error"), e.message());
    }
    if (refused) {
        send(*refused, request, socket);
        return true;
    }
    call.body = request.body();
    answer(std::move(call), route, request, QPointer<QTcpSocket>(socket));
    return true;
}

QCoro::Task<> ApiServer::answer(ApiCall call, const CompiledRoute* route, const QHttpServerRequest& request,
                                QPointer<QTcpSocket> socket)
{
    QPointer<ApiServer> self(this);
    ApiReply reply;
    try {
        reply = co_await route->route.handler(m_context, call);
    } catch (const ApiError& e) {
        reply = e.reply();
    } catch (const Error& e) {
        reply = errorReply(500, QStringLiteral("internal error"), e.message());
    } catch (const std::exception& e) {
        reply = errorReply(500, QStringLiteral("internal error"), QString::fromUtf8(e.what()));
    }
    if (!self)
        co_return;
    // Changes are logged; reads are not (predict is a POST that changes nothing, asked thousands of times a
    // second: a log line each was a twentieth of its time and flooded the journal).
    if ((call.method != "GET" && route->route.access == Access::Admin) || reply.status >= 500)
        qInfo("API %s %s by %s: %d", call.method.constData(), qPrintable(call.path),
              qPrintable(call.caller.name.isEmpty() ? QStringLiteral("-") : call.caller.name), reply.status);
    if (socket) // the request object lives as long as its socket
        send(reply, request, socket);
}

void ApiServer::send(const ApiReply& reply, const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), QByteArray::fromStdString(reply.body.dump()),
                                 static_cast<QHttpServerResponse::StatusCode>(reply.status));
    for (const auto& [name, value] : reply.headers)
        response.setHeader(name, value);
    response.write(makeResponder(request, socket));
}

void ApiServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const ApiReply reply = m_refusals.take(socket);
    send(reply.status == 200 ? errorReply(404, QStringLiteral("not found"), request.url().path()) : reply, request, socket);
}

QString ApiServer::webSocketRefusal(const QUrl& url, const QByteArray& authorization)
{
    QString token = bearerToken(authorization);
    if (token.isEmpty())
        token = QUrlQuery(url).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (url.path() != kEventsPath)
        return QStringLiteral("no WebSocket at %1; events are at %2").arg(url.path(), kEventsPath);
    if (!m_tokens.authenticate(token))
        return QStringLiteral("the token is missing, unknown or revoked (send 'Authorization: Bearer TOKEN' or ?token=)");
    return {};
}

void ApiServer::acceptWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket)
            continue;
        // Checked again here (handleRequest refused most already): a token revoked in between, or a Qt
        // version that upgrades before asking. Refused with a message and close code 4401 / 4404.
        const QUrl url = socket->requestUrl();
        const QString refusal = webSocketRefusal(url, socket->request().rawHeader("Authorization"));
        const auto code = QWebSocketProtocol::CloseCode(url.path() == kEventsPath ? 4401 : 4404);
        if (refusal.isEmpty()) {
            m_events.addClient(socket.release());
            continue;
        }
        QWebSocket* refused = socket.release();
        refused->setParent(this);
        refused->sendTextMessage(QString::fromStdString(
            json{{"type", "error"}, {"error", "unauthorized"}, {"detail", refusal.toStdString()}}.dump()));
        refused->close(code, refusal);
        connect(refused, &QWebSocket::disconnected, refused, &QObject::deleteLater);
    }
}

} // namespace retrainer
