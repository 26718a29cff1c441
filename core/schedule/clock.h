#pragma once
// An injectable time source (STYLE.md, practice 7): the scheduler asks a Clock for "now", so tests can
// drive it with a ManualClock through cron times and daylight-saving changes without sleeping.
#include <QDateTime>
#include <QElapsedTimer>
#include <cmath>

namespace retrainer {

class Clock
{
public:
    virtual ~Clock() = default;
    // The current moment as a UTC QDateTime.
    virtual QDateTime now() const = 0;
    // Real milliseconds until `moment` comes on this clock (what a QTimer must wait for it).
    virtual qint64 realMsecsUntil(const QDateTime& moment) const { return now().msecsTo(moment); }
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// Time that runs `scale` times faster than the real clock, from the real moment it was made. The soak test
// runs the real daemon on it (RETRAINER_TIME_SCALE) so that a day of hourly checks passes in minutes.
class ScaledClock : public Clock
{
public:
    explicit ScaledClock(double scale) : m_start(QDateTime::currentDateTimeUtc()), m_scale(scale) { m_elapsed.start(); }

    QDateTime now() const override { return m_start.addMSecs(qint64(double(m_elapsed.elapsed()) * m_scale)); }
    qint64 realMsecsUntil(const QDateTime& moment) const override
    {
        return qint64(std::ceil(double(now().msecsTo(moment)) / m_scale));
    }

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
    double m_scale;
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
