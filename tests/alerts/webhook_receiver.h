#pragma once
// A real HTTP receiver on 127.0.0.1 for the alert tests: accepts POSTs, keeps each request's body, and
// answers with the next status of a script (then 200 for ever). Minimal HTTP/1.1: one request per
// connection, the body read by Content-Length.
#include <QByteArray>
#include <algorithm>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace retrainer::test {

class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    explicit WebhookReceiver(QList<int> statuses = {}, QObject* parent = nullptr) : QObject(parent), m_statuses(std::move(statuses))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool isListening() const { return m_server.isListening(); }
    QString url(const QString& path = QStringLiteral("/hooks/secret-token")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    const QList<QByteArray>& bodies() const { return m_bodies; }     // every request received, in order
    const QList<QByteArray>& paths() const { return m_paths; }
    const QList<int>& answered() const { return m_answered; }         // the status given to each
    int delivered() const { return int(std::count(m_answered.begin(), m_answered.end(), 200)); }

Q_SIGNALS:
    void received(const QByteArray& body, int status);

private:
    void serve(QTcpSocket* socket)
    {
        auto* buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray& line : buffer->left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            const QByteArray head = buffer->left(buffer->indexOf("\r\n"));
            m_paths << head.split(' ').value(1);
            const QByteArray body = buffer->mid(end + 4, length);
            buffer->clear();
            const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
            m_bodies << body;
            m_answered << status;
            const QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error")
                                     + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
            socket->write(reply);
            socket->disconnectFromHost();
            Q_EMIT received(body, status);
        });
    }

    QTcpServer m_server;
    QList<int> m_statuses;
    QList<QByteArray> m_bodies, m_paths;
    QList<int> m_answered;
};

} // namespace retrainer::test
