#pragma once
// Commands forwarded from the CLI to the running daemon over a local socket (QLocalServer, access
// restricted to the same user). One request and one response per connection, each one line of
// UTF-8 JSON ending in '\n', at most maxMessageBytes:
//   request  {"arguments":["train","churn"],"user":"ada"}
//   response {"exit_code":0,"out":"...","err":"..."}
// A malformed or oversize request gets an error response and its connection is closed; the server
// keeps serving everybody else.
#include "command_messages.h"
#include <QCoroTask>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <optional>

class QLocalServer;
class QLocalSocket;

namespace retrainer {


inline constexpr qint64 maxMessageBytes = 16 * 1024 * 1024; // per line, without its '\n'

class CommandServer : public QObject
{
    Q_OBJECT
public:
    // The handler may co_await (a forwarded `train` waits for its run) and may throw retrainer::Error
    // (its message becomes the response's err, exit code channelFailureExitCode).
    using Handler = std::function<QCoro::Task<CommandResponse>(CommandRequest)>;

    explicit CommandServer(Handler handler, QObject* parent = nullptr);
    ~CommandServer() override; // stops listening and drops the connections still open

    // Listens on a QLocalServer name. A stale socket left by a crashed daemon is removed first; a name
    // on which somebody still answers is refused rather than stolen.
    bool listen(const QString& socketName, QString* error = nullptr);
    // Stops accepting new connections; requests already being handled still get their answer.
    void close();
    bool isListening() const;
    QString fullServerName() const;
    int openConnections() const; // accepted and not yet answered and closed

private:
    void acceptPending();

    Handler m_handler;
    QLocalServer* m_server;
    QList<QPointer<QLocalSocket>> m_connections; // owned by their coroutines, tracked to abort them
};

// Client side, used by the CLI: connects, sends one request and waits for its response, without
// blocking the event loop. nullopt only when nobody listens on the name (no daemon: act directly);
// a daemon that cannot be reached, does not answer within timeoutMs or answers garbage yields a
// response with exit code channelFailureExitCode and the reason in err. timeoutMs -1: no time limit.
// With GCC 12, name the request before awaiting: `CommandRequest r{args, user}; co_await sendCommand(n, r);`
// A braced temporary inside the co_await expression is destroyed twice (a compiler bug; seen under ASan).
QCoro::Task<std::optional<CommandResponse>> sendCommand(const QString& socketName, CommandRequest request,
                                                        int timeoutMs = -1);
// The same for a thread without an event loop (blocks in waitForConnected/ReadyRead).
std::optional<CommandResponse> sendCommandBlocking(const QString& socketName, const CommandRequest& request,
                                                   int timeoutMs);

} // namespace retrainer
