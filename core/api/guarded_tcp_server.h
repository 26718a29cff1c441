#pragma once
// The API's listening socket, with the limits QtHttpServer does not enforce itself. QtHttpServer reads a
// whole request body into memory before any handler can look at it, keeps a connection whose announced body
// never arrives open for ever, and silently drops headers past its own limit (the Authorization header among
// them). Every accepted connection is watched here first: a request is refused before its body is read
//  - 413 when Content-Length announces more than the body limit,
//  - 411 for a chunked body (no length to check in advance),
//  - 431 when the request head (request line and headers) passes kMaxHeadBytes or kMaxHeaderLines,
//  - 408 when a started request stalls for kStallSecs;
// the refusal is written, the rest of the connection's input discarded and the connection closed.
#include <QTcpServer>

namespace retrainer {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxHeadBytes = 32 * 1024;
    static constexpr int kMaxHeaderLines = 64;
    static constexpr int kStallSecs = 30;

    explicit GuardedTcpServer(qint64 maxBodyBytes, QObject* parent = nullptr);

    void setStallSecs(int secs) { m_stallSecs = secs; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_maxBodyBytes;
    int m_stallSecs = kStallSecs;
};

} // namespace retrainer
