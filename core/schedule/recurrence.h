#pragma once
// A schedule as an administrator chooses it — every day at a time, every N hours, weekly on some days,
// monthly on a day — and the cron expression it is stored as. Cron expressions outside these four forms
// have no Recurrence (the console then shows them in its advanced cron field only).
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace retrainer {

struct Recurrence
{
    enum class Kind { Daily, EveryHours, Weekly, Monthly };

    Kind kind = Kind::Daily;
    QTime time{2, 0};     // Daily, Weekly, Monthly: the time of day; EveryHours: only its minute counts
    int everyHours = 12;  // EveryHours: 1 to 23, counted from midnight (12: 00:00 and 12:00)
    QList<int> weekdays;  // Weekly: 0 = Sunday … 6 = Saturday, at least one
    int dayOfMonth = 1;   // Monthly: 1 to 31 (a month without that day is skipped)

    // "30 3 * * *", "0 */6 * * *", "0 7 * * 1,3,5", "0 2 1 * *".
    QString toCron() const;
    // The recurrence a valid cron expression is, or nullopt when it is none of the four forms.
    static std::optional<Recurrence> fromCron(const QString& cron);

    bool operator==(const Recurrence&) const = default;
};

} // namespace retrainer
