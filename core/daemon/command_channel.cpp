#include "command_channel.h"
#include "json_parse.h"
#include "error.h"
#include <QCoreApplication>
#include <QCoroSignal>
#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>

namespace retrainer {
namespace {

using json = nlohmann::json;

constexpr int requestTimeoutMs = 60'000;  // a connected client has this long to send its request
constexpr int responseTimeoutMs = 60'000; // and to take its answer
constexpr qint64 serverReadBufferBytes = 1024 * 1024;

struct ChannelText
{
    Q_DECLARE_TR_FUNCTIONS(CommandChannel)
};

CommandResponse failure(const QString& message)
{
    return CommandResponse{channelFailureExitCode, {}, message};
}


enum class Received { Incomplete, Line, TooLong, Closed, TimedOut };

// Gathers one '\n'-terminated message, never more than maxMessageBytes plus one byte of it.
class LineReader
{
public:
    Received readFrom(QIODevice& device)
    {
        while (device.bytesAvailable() > 0) {
            const qsizetype from = m_buffer.size();
            const QByteArray chunk = device.read(maxMessageBytes + 1 - from);
            if (chunk.isEmpty())
                break;
            m_buffer += chunk;
            const qsizetype newline = m_buffer.indexOf('\n', from);
            if (newline >= 0) {
                m_buffer.truncate(newline);
                return Received::Line;
            }
            if (m_buffer.size() > maxMessageBytes)
                return Received::TooLong;
        }
        return Received::Incomplete;
    }
    const QByteArray& line() const { return m_buffer; }

private:
    QByteArray m_buffer;
};

// Fires once on the socket's next read, write, state change or error.
class SocketActivity : public QObject
{
    Q_OBJECT
public:
    explicit SocketActivity(QLocalSocket* socket)
    {
        const auto fire = [this] {
            if (!m_fired) {
                m_fired = true;
                Q_EMIT happened();
            }
        };
        connect(socket, &QLocalSocket::readyRead, this, fire);
        connect(socket, &QLocalSocket::bytesWritten, this, fire);
        connect(socket, &QLocalSocket::stateChanged, this, fire);
        connect(socket, &QLocalSocket::errorOccurred, this, fire);
    }

Q_SIGNALS:
    void happened();

private:
    bool m_fired = false;
};

// False when the deadline passed first.
QCoro::Task<bool> nextActivity(QLocalSocket* socket, QDeadlineTimer deadline)
{
    SocketActivity activity(socket);
    const auto result = co_await qCoro(&activity, &SocketActivity::happened,
                                       std::chrono::milliseconds(deadline.remainingTime()));
    co_return result.has_value();
}

QCoro::Task<Received> receiveLine(QLocalSocket* socket, LineReader* reader, QDeadlineTimer deadline)
{
    for (;;) {
        if (const Received status = reader->readFrom(*socket); status != Received::Incomplete)
            co_return status;
        if (socket->state() != QLocalSocket::ConnectedState)
            co_return Received::Closed;
        const bool woke = co_await nextActivity(socket, deadline);
        if (!woke)
            co_return Received::TimedOut;
    }
}

QCoro::Task<bool> sendAll(QLocalSocket* socket, QByteArray data, QDeadlineTimer deadline)
{
    if (socket->write(data) != data.size())
        co_return false;
    while (socket->bytesToWrite() > 0) {
        if (socket->state() != QLocalSocket::ConnectedState)
            co_return false;
        const bool woke = co_await nextActivity(socket, deadline);
        if (!woke)
            co_return false;
    }
    co_return true;
}

struct DeleteLater
{
    void operator()(QObject* object) const { object->deleteLater(); }
};

// One connection, start to end. Owns its socket; takes the handler by value so that a lambda's
// captures outlive a CommandServer destroyed while the request is still being handled.
QCoro::Task<> serveConnection(QLocalSocket* rawSocket, CommandServer::Handler handler)
{
    const std::unique_ptr<QLocalSocket, DeleteLater> socket(rawSocket);
    LineReader reader;
    const QDeadlineTimer requestDeadline(requestTimeoutMs);
    const Received received = co_await receiveLine(socket.get(), &reader, requestDeadline);
    if (received == Received::Closed)
        co_return;
    CommandResponse response = failure(received == Received::TooLong
                                           ? ChannelText::tr("request larger than %1 MiB").arg(maxMessageBytes >> 20)
                                           : ChannelText::tr("no request within %1 s").arg(requestTimeoutMs / 1000));
    try {
        if (received == Received::Line) {
            CommandRequest request = decodeRequest(reader.line());
            if (!handler)
                throw Error(ChannelText::tr("this Retrainer does not take commands"));
            response = co_await handler(std::move(request));
        }
    } catch (const Error& e) {
        response = failure(e.message());
    } catch (const std::exception& e) {
        response = failure(QString::fromLocal8Bit(e.what()));
    }
    if (socket->state() != QLocalSocket::ConnectedState)
        co_return; // the client gave up, or the server went away
    QByteArray line = encodeResponse(response);
    if (line.size() > maxMessageBytes + 1)
        line = encodeResponse(CommandResponse{
            response.exitCode, {}, ChannelText::tr("the answer is larger than %1 MiB").arg(maxMessageBytes >> 20)});
    const QDeadlineTimer deadline(responseTimeoutMs);
    co_await sendAll(socket.get(), line, deadline);
    socket->disconnectFromServer();
    while (socket->state() != QLocalSocket::UnconnectedState) {
        const bool woke = co_await nextActivity(socket.get(), deadline);
        if (!woke)
            break;
    }
}

bool nobodyListens(const QLocalSocket& socket)
{
    return socket.error() == QLocalSocket::ServerNotFoundError ||
           socket.error() == QLocalSocket::ConnectionRefusedError;
}

QString unreachable(const QLocalSocket& socket)
{
    return ChannelText::tr("cannot reach the running Retrainer: %1").arg(socket.errorString());
}

std::optional<CommandResponse> responseFrom(Received received, const LineReader& reader, int timeoutMs)
{
    try {
        switch (received) {
        case Received::Line:
            return decodeResponse(reader.line());
        case Received::TooLong:
            return failure(ChannelText::tr("the running Retrainer answered more than %1 MiB").arg(maxMessageBytes >> 20));
        case Received::Closed:
            return failure(ChannelText::tr("the running Retrainer closed the connection without answering"));
        case Received::TimedOut:
        case Received::Incomplete:
            return failure(ChannelText::tr("the running Retrainer did not answer within %1 ms").arg(timeoutMs));
        }
    } catch (const Error& e) {
        return failure(e.message());
    }
    return std::nullopt;
}

} // namespace

CommandServer::CommandServer(Handler handler, QObject* parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &CommandServer::acceptPending);
}

CommandServer::~CommandServer()
{
    close();
    for (const auto& connection : std::as_const(m_connections)) {
        if (connection)
            connection->abort(); // its coroutine wakes up, sees it closed and deletes it
    }
}

bool CommandServer::listen(const QString& socketName, QString* error)
{
    close();
    QLocalSocket probe;
    probe.connectToServer(socketName);
    if (probe.state() == QLocalSocket::ConnectingState)
        probe.waitForConnected(1000);
    if (probe.state() == QLocalSocket::ConnectedState) {
        probe.abort();
        if (error)
            *error = tr("another program already listens on %1").arg(socketName);
        return false;
    }
    QLocalServer::removeServer(socketName); // a socket file left by a daemon that crashed
    if (!m_server->listen(socketName)) {
        if (error)
            *error = tr("cannot listen on %1: %2").arg(socketName, m_server->errorString());
        return false;
    }
    return true;
}

void CommandServer::close() { m_server->close(); }
bool CommandServer::isListening() const { return m_server->isListening(); }
QString CommandServer::fullServerName() const { return m_server->fullServerName(); }

int CommandServer::openConnections() const
{
    return int(std::count_if(m_connections.begin(), m_connections.end(),
                             [](const QPointer<QLocalSocket>& c) { return !c.isNull(); }));
}

void CommandServer::acceptPending()
{
    m_connections.removeIf([](const QPointer<QLocalSocket>& c) { return c.isNull(); });
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(nullptr); // owned by its coroutine, which may outlive the server
        socket->setReadBufferSize(serverReadBufferBytes);
        m_connections << QPointer<QLocalSocket>(socket);
        serveConnection(socket, m_handler); // runs on its own; the server never waits for it
    }
}

namespace {

// The coroutine behind sendCommand. It takes only what it needs, already encoded: GCC 12 mishandles
// non-trivial temporaries passed straight into a coroutine inside a co_await expression.
QCoro::Task<std::optional<CommandResponse>> exchange(QString socketName, QByteArray requestLine, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    QLocalSocket socket;
    socket.connectToServer(socketName);
    while (socket.state() == QLocalSocket::ConnectingState) {
        const bool woke = co_await nextActivity(&socket, deadline);
        if (!woke)
            break;
    }
    if (socket.state() != QLocalSocket::ConnectedState) {
        if (nobodyListens(socket))
            co_return std::nullopt;
        co_return failure(socket.state() == QLocalSocket::ConnectingState
                              ? ChannelText::tr("the running Retrainer did not accept the connection in time")
                              : unreachable(socket));
    }
    // Even when sending fails, the server may have answered why (a request too large, say).
    const bool sent = co_await sendAll(&socket, requestLine, deadline);
    LineReader reader;
    const Received received = co_await receiveLine(&socket, &reader, deadline);
    if (!sent && received == Received::Closed)
        co_return failure(unreachable(socket));
    co_return responseFrom(received, reader, timeoutMs);
}

} // namespace

QCoro::Task<std::optional<CommandResponse>> sendCommand(const QString& socketName, CommandRequest request,
                                                        int timeoutMs)
{
    QString name = socketName;
    QByteArray line = encodeRequest(request);
    return exchange(std::move(name), std::move(line), timeoutMs);
}

std::optional<CommandResponse> sendCommandBlocking(const QString& socketName, const CommandRequest& request,
                                                   int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    const auto remaining = [&deadline] { return int(qMin<qint64>(deadline.remainingTime(), INT_MAX)); };
    QLocalSocket socket;
    socket.connectToServer(socketName);
    if (socket.state() == QLocalSocket::ConnectingState)
        socket.waitForConnected(remaining());
    if (socket.state() != QLocalSocket::ConnectedState) {
        if (nobodyListens(socket))
            return std::nullopt;
        return failure(unreachable(socket));
    }
    socket.write(encodeRequest(request));
    bool sent = true;
    while (sent && socket.bytesToWrite() > 0)
        sent = socket.waitForBytesWritten(remaining());
    LineReader reader;
    for (;;) {
        if (const Received status = reader.readFrom(socket); status != Received::Incomplete)
            return responseFrom(status, reader, timeoutMs);
        if (socket.state() != QLocalSocket::ConnectedState)
            return sent ? responseFrom(Received::Closed, reader, timeoutMs) : failure(unreachable(socket));
        if (!socket.waitForReadyRead(remaining()) && socket.bytesAvailable() == 0 &&
            socket.state() == QLocalSocket::ConnectedState && deadline.hasExpired())
            return responseFrom(Received::TimedOut, reader, timeoutMs);
    }
}

} // namespace retrainer

#include "command_channel.moc"
