#pragma once
// An injectable time source (STYLE.md, practice 7): the scheduler asks a Clock for "now", so tests can
// drive it with a ManualClock through cron times and daylight-saving changes without sleeping.
#include <QDateTime>

namespace retrainer {

class Clock
{
public:
    virtual ~Clock() = default;
    // The current moment as a UTC QDateTime.
    virtual QDateTime now() const = 0;
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to. Starts at the Unix epoch unless given a start.
class ManualClock : public Clock
{
public:
    ManualClock() = default;
    explicit ManualClock(const QDateTime& start) : m_now(start.toUTC()) {}

    QDateTime now() const override { return m_now; }
    void set(const QDateTime& moment) { m_now = moment.toUTC(); }
    void advance(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
};

} // namespace retrainer
