#pragma once
// The command channel's messages (a line without its '\n'). decode* throw Error naming what is malformed.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace retrainer {

struct CommandRequest
{
    QStringList arguments; // the command line without the program name
    QString user;          // who asked (for the daemon's log); informational only
};

struct CommandResponse
{
    int exitCode = 0;
    QString out;
    QString err;
};

inline constexpr int channelFailureExitCode = 1; // protocol errors, lost connections

QByteArray encodeRequest(const CommandRequest& request);   // with its '\n'
QByteArray encodeResponse(const CommandResponse& response); // with its '\n'
CommandRequest decodeRequest(const QByteArray& line);
CommandResponse decodeResponse(const QByteArray& line);

} // namespace retrainer
