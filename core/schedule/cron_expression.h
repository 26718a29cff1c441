#pragma once
// A five-field cron expression (minute hour day-of-month month day-of-week) with Vixie-cron semantics,
// and the moments it fires on a local wall clock.
//
// Daylight saving: the schedule follows local wall-clock time.
// - A wall time skipped by a spring-forward gap fires at the first valid minute after the gap, once.
// - A wall time repeated by a fall-back fires once, at its first (earlier, summer-time) occurrence.
// - Consecutive results of next() are strictly increasing UTC instants; several wall times that map to
//   the same instant (e.g. 02:00, 02:30 and 03:00 on a spring-forward night) fire once.
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <bitset>
#include <optional>
#include <vector>

namespace retrainer {

class CronExpression
{
public:
    // Accepts lists (1,5,9), ranges (1-5), steps (*/15, 0-30/10, 5/15), names JAN-DEC and SUN-SAT
    // (any case), day-of-week 0-7 (0 and 7 are Sunday) and the macros @hourly, @daily, @midnight,
    // @weekly, @monthly, @yearly, @annually. Throws Error naming the field and the bad token.
    static CronExpression parse(const QString& text);
    static std::optional<CronExpression> tryParse(const QString& text, QString* error = nullptr);

    // The text as given (trimmed).
    QString text() const { return m_text; }

    // The first moment strictly after `after` at which the expression fires in `zone`, as a UTC
    // QDateTime; std::nullopt if there is none within five years (e.g. "0 0 30 2 *").
    std::optional<QDateTime> next(const QDateTime& after,
                                  const QTimeZone& zone = QTimeZone::systemTimeZone()) const;
    // Up to `count` consecutive moments after `after` (fewer if the expression stops firing).
    std::vector<QDateTime> nextN(const QDateTime& after, int count,
                                 const QTimeZone& zone = QTimeZone::systemTimeZone()) const;

    // describeCron(*this): a sentence for common forms ("Every day at 02:00"), translatable.
    QString describe() const;

    // The parsed fields: bit n is set when value n matches (day of week: bit 0 = Sunday).
    const std::bitset<60>& minutes() const { return m_minutes; }
    const std::bitset<24>& hours() const { return m_hours; }
    const std::bitset<32>& daysOfMonth() const { return m_daysOfMonth; } // bits 1-31
    const std::bitset<13>& months() const { return m_months; }           // bits 1-12
    const std::bitset<7>& daysOfWeek() const { return m_daysOfWeek; }
    // Whether the day-of-month / day-of-week field was '*' (Vixie rule: when neither is, a day matches
    // if EITHER field matches).
    bool dayOfMonthIsStar() const { return m_dayOfMonthStar; }
    bool dayOfWeekIsStar() const { return m_dayOfWeekStar; }

private:
    CronExpression() = default;
    bool dayMatches(const QDate& date) const;

    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth; // bits 1-31
    std::bitset<13> m_months;      // bits 1-12
    std::bitset<7> m_daysOfWeek;   // bit 0 = Sunday
    // Vixie rule: when neither day field starts with '*', a day matches if EITHER field matches.
    bool m_dayOfMonthStar = true;
    bool m_dayOfWeekStar = true;
};

} // namespace retrainer
