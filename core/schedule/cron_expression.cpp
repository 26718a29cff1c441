#include "cron_expression.h"
#include "cron_description.h"

#include "error.h"

#include <QStringList>
#include <algorithm>
#include <array>

namespace retrainer {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kUnixEpochJulianDay = 2440588;
// UTC offsets of real time zones lie within ±14 hours; a little more is a safe search window.
constexpr qint64 kOffsetWindow = 15 * kHour;

struct FieldSpec
{
    QLatin1String name;
    int min;
    int max;
    const std::array<QLatin1String, 12>* names; // value of names[i] is nameBase + i
    int nameBase;
};

const std::array<QLatin1String, 12> kMonthNames = {
    QLatin1String("JAN"), QLatin1String("FEB"), QLatin1String("MAR"), QLatin1String("APR"),
    QLatin1String("MAY"), QLatin1String("JUN"), QLatin1String("JUL"), QLatin1String("AUG"),
    QLatin1String("SEP"), QLatin1String("OCT"), QLatin1String("NOV"), QLatin1String("DEC")};
// Only the first seven are used; the array type is shared with the month names.
const std::array<QLatin1String, 12> kDayNames = {
    QLatin1String("SUN"), QLatin1String("MON"), QLatin1String("TUE"), QLatin1String("WED"),
    QLatin1String("THU"), QLatin1String("FRI"), QLatin1String("SAT"), QLatin1String(),
    QLatin1String(),      QLatin1String(),      QLatin1String(),      QLatin1String()};

const std::array<FieldSpec, 5> kFields = {{
    {QLatin1String("minute"), 0, 59, nullptr, 0},
    {QLatin1String("hour"), 0, 23, nullptr, 0},
    {QLatin1String("day of the month"), 1, 31, nullptr, 0},
    {QLatin1String("month"), 1, 12, &kMonthNames, 1},
    {QLatin1String("day of the week"), 0, 7, &kDayNames, 0},
}};

struct Macro
{
    QLatin1String name;
    QLatin1String expansion;
};

const std::array<Macro, 7> kMacros = {{
    {QLatin1String("@hourly"), QLatin1String("0 * * * *")},
    {QLatin1String("@daily"), QLatin1String("0 0 * * *")},
    {QLatin1String("@midnight"), QLatin1String("0 0 * * *")},
    {QLatin1String("@weekly"), QLatin1String("0 0 * * 0")},
    {QLatin1String("@monthly"), QLatin1String("0 0 1 * *")},
    {QLatin1String("@yearly"), QLatin1String("0 0 1 1 *")},
    {QLatin1String("@annually"), QLatin1String("0 0 1 1 *")},
}};

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Turns problems in one field into an Error naming the expression, the field and the token.
class FieldParser
{
public:
    FieldParser(const QString& text, const FieldSpec& spec) : m_text(text), m_spec(spec) {}

    std::bitset<64> parse(const QString& field) const
    {
        std::bitset<64> bits;
        const QStringList elements = field.split(QLatin1Char(','));
        for (const QString& element : elements) {
            if (element.isEmpty())
                fail(QStringLiteral("'%1' has an empty list entry").arg(field));
            parseElement(element, bits);
        }
        return bits;
    }

private:
    [[noreturn]] void fail(const QString& problem) const
    {
        throw Error(QStringLiteral("cron '%1': %2 %3").arg(m_text, m_spec.name, problem));
    }

    void parseElement(const QString& element, std::bitset<64>& bits) const
    {
        const QStringList parts = element.split(QLatin1Char('/'));
        if (parts.size() > 2)
            fail(QStringLiteral("'%1' has more than one step").arg(element));
        int step = 1;
        if (parts.size() == 2) {
            const QString& stepText = parts[1];
            if (!allDigits(stepText))
                fail(QStringLiteral("'%1' has an invalid step '%2'").arg(element, stepText));
            bool ok = false;
            step = stepText.toInt(&ok);
            if (!ok || step < 1)
                fail(QStringLiteral("'%1' has step %2, which must be at least 1").arg(element, stepText));
        }
        const QString& base = parts[0];
        int low = m_spec.min;
        int high = m_spec.max;
        if (base.isEmpty()) {
            fail(QStringLiteral("'%1' is missing a value before the step").arg(element));
        } else if (base == QLatin1String("*")) {
            // the whole range
        } else if (base.contains(QLatin1Char('-'))) {
            const QStringList ends = base.split(QLatin1Char('-'));
            if (ends.size() != 2)
                fail(QStringLiteral("'%1' is not a valid range").arg(element));
            if (ends[0].isEmpty())
                fail(QStringLiteral("'%1' is missing the start of the range").arg(element));
            if (ends[1].isEmpty())
                fail(QStringLiteral("'%1' is missing the end of the range").arg(element));
            low = value(ends[0]);
            high = value(ends[1]);
            if (low > high)
                fail(QStringLiteral("range '%1' runs backwards").arg(base));
        } else {
            low = value(base);
            high = parts.size() == 2 ? m_spec.max : low; // "5/15" means 5-max/15
        }
        step = std::min(step, 64); // a larger step selects only `low`; avoids overflowing v
        for (int v = low; v <= high; v += step)
            bits.set(static_cast<size_t>(v));
    }

    int value(const QString& token) const
    {
        if (allDigits(token)) {
            bool ok = false;
            const int v = token.toInt(&ok);
            if (!ok || v < m_spec.min || v > m_spec.max)
                fail(QStringLiteral("%1 is out of range: it must be from %2 to %3").arg(token).arg(m_spec.min).arg(m_spec.max));
            return v;
        }
        if (m_spec.names) {
            for (size_t i = 0; i < m_spec.names->size(); ++i) {
                const QLatin1String name = (*m_spec.names)[i];
                if (!name.isEmpty() && token.compare(name, Qt::CaseInsensitive) == 0)
                    return m_spec.nameBase + static_cast<int>(i);
            }
            fail(QStringLiteral("'%1' is neither a number nor a name").arg(token));
        }
        fail(QStringLiteral("'%1' is not a number").arg(token));
    }

    const QString& m_text;
    const FieldSpec& m_spec;
};

template<size_t N>
std::bitset<N> narrow(const std::bitset<64>& bits)
{
    return std::bitset<N>(bits.to_ullong());
}

template<size_t N>
int nextSetBit(const std::bitset<N>& bits, int from)
{
    for (int i = std::max(from, 0); i < static_cast<int>(N); ++i) {
        if (bits[static_cast<size_t>(i)])
            return i;
    }
    return -1;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

int offsetAt(const QTimeZone& zone, qint64 utcSecs)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
}

// Wall-clock seconds: local date and time counted as if they were UTC.
qint64 wallSeconds(const QDate& date, int hour, int minute)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * kDay + hour * kHour + minute * kMinute;
}

// The UTC instant of a local wall-clock time. Qt 6.4 gives an invalid QDateTime for times in a
// spring-forward gap and the later offset for repeated times, neither of which is the schedule we
// want, so the offsets are worked out here: a valid offset o satisfies offsetAt(wall - o) == o.
qint64 wallToUtc(qint64 wall, const QTimeZone& zone)
{
    std::optional<qint64> earliest;
    for (qint64 probe : {wall - kOffsetWindow, wall, wall + kOffsetWindow}) {
        const int offset = offsetAt(zone, probe);
        const qint64 utc = wall - offset;
        if (offsetAt(zone, utc) == offset && (!earliest || utc < *earliest))
            earliest = utc;
    }
    if (earliest)
        return *earliest; // the first occurrence when the time is repeated
    // A gap: find the first instant whose wall time is later (the transition), by bisection.
    qint64 low = wall - kOffsetWindow; // its wall time is before `wall`
    qint64 high = wall + kOffsetWindow; // its wall time is after `wall`
    while (high - low > 1) {
        const qint64 middle = low + (high - low) / 2;
        if (middle + offsetAt(zone, middle) > wall)
            high = middle;
        else
            low = middle;
    }
    const qint64 past = floorMod(high + offsetAt(zone, high), kMinute);
    return past == 0 ? high : high + kMinute - past; // the first valid minute after the gap
}

} // namespace

CronExpression CronExpression::parse(const QString& text)
{
    CronExpression expression;
    expression.m_text = text.trimmed();
    QString fieldsText = expression.m_text;
    if (fieldsText.startsWith(QLatin1Char('@'))) {
        const auto macro = std::find_if(kMacros.begin(), kMacros.end(), [&](const Macro& m) {
            return fieldsText.compare(m.name, Qt::CaseInsensitive) == 0;
        });
        if (macro == kMacros.end())
            throw Error(QStringLiteral("cron '%1': unknown macro '%1' (use @hourly, @daily, @midnight, "
                                       "@weekly, @monthly, @yearly or @annually)")
                            .arg(expression.m_text));
        fieldsText = macro->expansion;
    }
    const QStringList fields = fieldsText.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != static_cast<qsizetype>(kFields.size()))
        throw Error(QStringLiteral("cron '%1': a schedule is 5 values separated by spaces — minute, hour, day of "
                                   "the month, month, day of the week (\"0 2 * * *\" is every day at 02:00) — "
                                   "but this has %2")
                        .arg(expression.m_text)
                        .arg(fields.size()));

    std::array<std::bitset<64>, 5> bits;
    for (size_t i = 0; i < kFields.size(); ++i)
        bits[i] = FieldParser(expression.m_text, kFields[i]).parse(fields[static_cast<qsizetype>(i)]);
    if (bits[4][7]) { // 7 is Sunday too
        bits[4].reset(7);
        bits[4].set(0);
    }
    expression.m_minutes = narrow<60>(bits[0]);
    expression.m_hours = narrow<24>(bits[1]);
    expression.m_daysOfMonth = narrow<32>(bits[2]);
    expression.m_months = narrow<13>(bits[3]);
    expression.m_daysOfWeek = narrow<7>(bits[4]);
    expression.m_dayOfMonthStar = fields[2].startsWith(QLatin1Char('*'));
    expression.m_dayOfWeekStar = fields[4].startsWith(QLatin1Char('*'));
    return expression;
}

std::optional<CronExpression> CronExpression::tryParse(const QString& text, QString* error)
{
    try {
        return parse(text);
    } catch (const Error& e) {
        if (error)
            *error = e.message();
        return std::nullopt;
    }
}

bool CronExpression::dayMatches(const QDate& date) const
{
    const bool dayOfMonth = m_daysOfMonth[static_cast<size_t>(date.day())];
    const bool dayOfWeek = m_daysOfWeek[static_cast<size_t>(date.dayOfWeek() % 7)];
    if (m_dayOfMonthStar || m_dayOfWeekStar)
        return dayOfMonth && dayOfWeek;
    return dayOfMonth || dayOfWeek;
}

std::optional<QDateTime> CronExpression::next(const QDateTime& after, const QTimeZone& zone) const
{
    if (!after.isValid() || !zone.isValid())
        return std::nullopt;
    const qint64 afterUtc = floorDiv(after.toMSecsSinceEpoch(), 1000);
    // Start at the wall-clock minute after `after`. Earlier wall times all map to instants at or
    // before `after`, because the wall-to-UTC mapping (first occurrence, gaps to their end) is monotonic.
    const qint64 start = (floorDiv(afterUtc + zone.offsetFromUtc(after), kMinute) + 1) * kMinute;
    QDate date = QDate::fromJulianDay(floorDiv(start, kDay) + kUnixEpochJulianDay);
    int hour = static_cast<int>(floorMod(start, kDay) / kHour);
    int minute = static_cast<int>(floorMod(start, kHour) / kMinute);
    const QDate limit = date.addYears(5);

    const auto nextDay = [&] {
        date = date.addDays(1);
        hour = 0;
        minute = 0;
    };
    while (date <= limit) {
        if (!m_months[static_cast<size_t>(date.month())]) {
            date = QDate(date.year(), date.month(), 1).addMonths(1);
            hour = 0;
            minute = 0;
            continue;
        }
        if (!dayMatches(date)) {
            nextDay();
            continue;
        }
        const int h = nextSetBit(m_hours, hour);
        if (h < 0) {
            nextDay();
            continue;
        }
        if (h != hour) {
            hour = h;
            minute = 0;
        }
        const int m = nextSetBit(m_minutes, minute);
        if (m < 0) {
            ++hour;
            minute = 0;
            continue;
        }
        minute = m;
        const qint64 utc = wallToUtc(wallSeconds(date, hour, minute), zone);
        if (utc > afterUtc)
            return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
        ++minute; // a repeated or skipped wall time already passed: keep looking
    }
    return std::nullopt;
}

std::vector<QDateTime> CronExpression::nextN(const QDateTime& after, int count, const QTimeZone& zone) const
{
    std::vector<QDateTime> moments;
    QDateTime from = after;
    for (int i = 0; i < count; ++i) {
        const std::optional<QDateTime> moment = next(from, zone);
        if (!moment)
            break;
        moments.push_back(*moment);
        from = *moment;
    }
    return moments;
}

QString CronExpression::describe() const
{
    return describeCron(*this);
}

} // namespace retrainer
