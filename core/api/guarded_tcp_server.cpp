#include "guarded_tcp_server.h"
#include <QTcpSocket>
#include <QTimer>
#include <nlohmann/json.hpp>

namespace retrainer {

namespace {

// Follows the requests of one connection in the bytes as they arrive (peeked: QtHttpServer reads them
// after this watcher, which is connected to readyRead first). Stops watching after a WebSocket upgrade.
class ConnectionWatch : public QObject
{
public:
    ConnectionWatch(QTcpSocket* socket, qint64 maxBodyBytes, int stallSecs)
        : QObject(socket), m_socket(socket), m_maxBodyBytes(maxBodyBytes)
    {
        m_stall.setSingleShot(true);
        m_stall.setInterval(stallSecs * 1000);
        connect(&m_stall, &QTimer::timeout, this, [this] {
            refuse(408, "Request Timeout", "request timeout", "the request was not completed within the time allowed");
        });
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionWatch::inspect);
    }

private:
    enum class State { Head, Body, Refused, Upgraded };

    void inspect()
    {
        if (m_state == State::Refused)
            return drain(); // nothing more reaches the HTTP server
        if (m_state == State::Upgraded)
            return;
        // New bytes only: those the HTTP server left unread last time (m_leftover) were inspected already.
        const qint64 available = m_socket->bytesAvailable();
        const QByteArray bytes = m_socket->peek(available).mid(std::min(m_leftover, available));
        if (!m_recording) { // connected after QtHttpServer's own slot: sees what it left in the buffer
            m_recording = true;
            connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_leftover = m_socket->bytesAvailable(); });
        }
        qsizetype at = 0;
        while (at < bytes.size() && m_state != State::Refused && m_state != State::Upgraded) {
            if (m_state == State::Body) {
                const qint64 take = std::min<qint64>(m_bodyLeft, bytes.size() - at);
                m_bodyLeft -= take;
                at += take;
                if (m_bodyLeft == 0)
                    m_state = State::Head;
                continue;
            }
            const qsizetype end = bytes.indexOf('\n', at);
            const qsizetype stop = end < 0 ? bytes.size() : end + 1;
            m_line.append(bytes.constData() + at, stop - at);
            m_headBytes += stop - at;
            at = stop;
            if (m_headBytes > GuardedTcpServer::kMaxHeadBytes)
                return refuse(431, "Request Header Fields Too Large", "headers too large",
                              "the request line and headers may take at most 32 KiB");
            if (end < 0)
                break;
            headLine();
        }
        if (m_state == State::Refused)
            return;
        // A request under way must progress; an idle keep-alive connection may wait.
        if (m_state == State::Body || m_headBytes > 0)
            m_stall.start();
        else
            m_stall.stop();
    }

    // One complete line of a request head (m_line, with its line end).
    void headLine()
    {
        const QByteArray line = m_line.trimmed();
        m_line.clear();
        if (line.isEmpty()) {
            if (m_headLines == 0)
                return; // blank lines between requests are allowed
            endOfHead();
            return;
        }
        if (++m_headLines > GuardedTcpServer::kMaxHeaderLines + 1)
            return refuse(431, "Request Header Fields Too Large", "headers too large",
                          QByteArray("a request may carry at most ") + QByteArray::number(GuardedTcpServer::kMaxHeaderLines)
                              + " headers");
        const qsizetype colon = line.indexOf(':');
        if (m_headLines == 1 || colon <= 0)
            return;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            m_contentLength = value.toLongLong(&ok);
            if (!ok || m_contentLength < 0)
                m_contentLength = -2; // QtHttpServer answers a malformed length itself
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            m_chunked = true;
        } else if (name == "upgrade" && value.toLower() == "websocket") {
            m_upgrade = true;
        }
    }

    void endOfHead()
    {
        const qint64 length = m_contentLength;
        const bool chunked = m_chunked, upgrade = m_upgrade;
        m_headLines = 0;
        m_headBytes = 0;
        m_contentLength = -1;
        m_chunked = m_upgrade = false;
        if (chunked)
            return refuse(411, "Length Required", "length required", "send the body with a Content-Length header, not chunked");
        if (length > m_maxBodyBytes)
            return refuse(413, "Payload Too Large", "body too large",
                          "the body announces " + QByteArray::number(length) + " bytes; the limit is "
                              + QByteArray::number(m_maxBodyBytes) + " bytes",
                          length);
        if (upgrade) {
            m_state = State::Upgraded;
            m_stall.stop();
            return;
        }
        m_bodyLeft = std::max<qint64>(0, length);
        m_state = m_bodyLeft > 0 ? State::Body : State::Head;
    }

    // Answers at once; then reads and drops what the client still sends (up to the announced body, or for
    // kDrainSecs) before closing, so that a client still uploading gets the answer instead of a reset.
    void refuse(int status, const char* reason, const char* error, const QByteArray& detail, qint64 announced = 0)
    {
        if (m_state == State::Refused)
            return;
        m_state = State::Refused;
        m_stall.stop();
        const QByteArray body = QByteArray::fromStdString(
            nlohmann::json{{"error", error}, {"detail", detail.toStdString()}}.dump());
        m_drainLeft = announced - m_socket->readAll().size();
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json"
                        "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        if (m_drainLeft <= 0) {
            m_socket->disconnectFromHost();
            return;
        }
        QTimer::singleShot(kDrainSecs * 1000, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
    }

    void drain()
    {
        m_drainLeft -= m_socket->readAll().size();
        if (m_drainLeft <= 0)
            m_socket->disconnectFromHost();
    }

    static constexpr int kDrainSecs = 5;
    QTcpSocket* m_socket;
    qint64 m_maxBodyBytes;
    QTimer m_stall;
    State m_state = State::Head;
    QByteArray m_line;
    qint64 m_headBytes = 0;
    int m_headLines = 0;
    qint64 m_contentLength = -1;
    bool m_chunked = false, m_upgrade = false;
    qint64 m_bodyLeft = 0;
    qint64 m_leftover = 0;
    qint64 m_drainLeft = 0;
    bool m_recording = false;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, QObject* parent)
    : QTcpServer(parent), m_maxBodyBytes(maxBodyBytes) {}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new ConnectionWatch(socket, m_maxBodyBytes, m_stallSecs);
    addPendingConnection(socket);
}

} // namespace retrainer
