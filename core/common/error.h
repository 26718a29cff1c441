#pragma once
// One exception type for expected failures (bad input, corrupt files, refused actions).
// The message is user-facing: it names what failed and where.
#include <QString>
#include <stdexcept>

namespace retrainer {

class Error : public std::runtime_error
{
public:
    explicit Error(const QString& message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString& message() const noexcept { return m_message; }

private:
    QString m_message;
};

// Thrown at a cancel point when the run was asked to stop.
class Cancelled : public Error
{
public:
    Cancelled() : Error(QStringLiteral("cancelled")) {}
};

} // namespace retrainer
