#include "recurrence.h"
#include "cron_expression.h"
#include <QStringList>
#include <algorithm>

namespace retrainer {
namespace {

template <size_t N>
std::optional<int> onlyBit(const std::bitset<N>& bits)
{
    if (bits.count() != 1)
        return std::nullopt;
    for (size_t i = 0; i < N; ++i)
        if (bits[i])
            return int(i);
    return std::nullopt;
}

} // namespace

QString Recurrence::toCron() const
{
    const int minute = time.isValid() ? time.minute() : 0;
    const int hour = time.isValid() ? time.hour() : 0;
    switch (kind) {
    case Kind::Daily:
        return QStringLiteral("%1 %2 * * *").arg(minute).arg(hour);
    case Kind::EveryHours:
        return everyHours <= 1 ? QStringLiteral("%1 * * * *").arg(minute)
                               : QStringLiteral("%1 */%2 * * *").arg(minute).arg(std::min(everyHours, 23));
    case Kind::Weekly: {
        QList<int> days = weekdays;
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        QStringList list;
        for (int day : days)
            list << QString::number(day);
        return QStringLiteral("%1 %2 * * %3").arg(minute).arg(hour).arg(list.isEmpty() ? QStringLiteral("1") : list.join(QLatin1Char(',')));
    }
    case Kind::Monthly:
        return QStringLiteral("%1 %2 %3 * *").arg(minute).arg(hour).arg(std::clamp(dayOfMonth, 1, 31));
    }
    return {};
}

std::optional<Recurrence> Recurrence::fromCron(const QString& text)
{
    const auto cron = CronExpression::tryParse(text);
    if (!cron || cron->months().count() != 12) // bits 1-12: every month
        return std::nullopt;
    const auto minute = onlyBit(cron->minutes());
    if (!minute)
        return std::nullopt;
    Recurrence r;
    const auto hour = onlyBit(cron->hours());
    if (!hour) {
        if (!cron->dayOfMonthIsStar() || !cron->dayOfWeekIsStar())
            return std::nullopt;
        // Every N hours from midnight: hours 0, N, 2N… and nothing else.
        for (int n = 1; n <= 23; ++n) {
            std::bitset<24> expected;
            for (int h = 0; h < 24; h += n)
                expected.set(size_t(h));
            if (expected == cron->hours()) {
                r.kind = Kind::EveryHours;
                r.everyHours = n;
                r.time = QTime(0, *minute);
                return r;
            }
        }
        return std::nullopt;
    }
    r.time = QTime(*hour, *minute);
    if (cron->dayOfMonthIsStar() && cron->dayOfWeekIsStar()) {
        r.kind = Kind::Daily;
        return r;
    }
    if (cron->dayOfMonthIsStar()) {
        r.kind = Kind::Weekly;
        for (int day = 0; day < 7; ++day)
            if (cron->daysOfWeek()[size_t(day)])
                r.weekdays << day;
        return r;
    }
    const auto day = onlyBit(cron->daysOfMonth());
    if (!cron->dayOfWeekIsStar() || !day)
        return std::nullopt;
    r.kind = Kind::Monthly;
    r.dayOfMonth = *day;
    return r;
}

} // namespace retrainer
