#include "timestamp_parser.h"

#include <QDateTime>
#include <limits>

namespace retrainer {

namespace {

constexpr qint64 kMsPerHour = 3600 * 1000;
constexpr qint64 kMsPerDay = 24 * kMsPerHour;

// What Qt's parsers make of a trimmed, non-empty timestamp that is not Unix seconds: ISO 8601 with 'T' or
// ' ', optional seconds, fraction and Z/offset, a bare date (midnight), or the formats below. Without an
// offset the time is local.
std::optional<qint64> parseWithQt(const QString& trimmed)
{
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    static const QString kFormats[] = {QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                                       QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd")};
    for (const QString& format : kFormats) {
        if (time.isValid())
            break;
        time = QDateTime::fromString(trimmed, format);
    }
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (as QDate counts them).
qint64 daysFromCivil(int year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

int daysInMonth(int year, int month)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// The fields of the shapes read without Qt; anything else (offsets, 'T' without seconds, other fractions,
// hour 24, year 0, …) is left to Qt.
struct Fields
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    bool utc = false;
};

bool digitsAt(QStringView text, qsizetype at, qsizetype count, int& value)
{
    value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + int(c - u'0');
    }
    return true;
}

// yyyy-MM-dd | yyyy-MM-dd HH:mm | yyyy-MM-dd[T ]HH:mm:ss[.zzz] | yyyy-MM-ddTHH:mm:ss[.zzz]Z
std::optional<Fields> commonShape(QStringView text)
{
    qsizetype size = text.size();
    Fields f;
    if (size < 10 || !digitsAt(text, 0, 4, f.year) || text[4] != u'-' || !digitsAt(text, 5, 2, f.month)
        || text[7] != u'-' || !digitsAt(text, 8, 2, f.day))
        return std::nullopt;
    if (f.year < 1 || f.month < 1 || f.month > 12 || f.day < 1 || f.day > daysInMonth(f.year, f.month))
        return std::nullopt;
    if (size == 10)
        return f;
    const bool isoT = text[10] == u'T';
    if (!isoT && text[10] != u' ')
        return std::nullopt;
    if (text[size - 1] == u'Z') {
        if (!isoT)
            return std::nullopt;
        f.utc = true;
        --size;
    }
    if (size < 16 || !digitsAt(text, 11, 2, f.hour) || text[13] != u':' || !digitsAt(text, 14, 2, f.minute))
        return std::nullopt;
    if (size == 16 && (isoT || f.utc))
        return std::nullopt;
    if (size > 16 && (size < 19 || text[16] != u':' || !digitsAt(text, 17, 2, f.second)))
        return std::nullopt;
    if (size > 19 && (size != 23 || text[19] != u'.' || !digitsAt(text, 20, 3, f.ms)))
        return std::nullopt;
    if (f.hour > 23 || f.minute > 59 || f.second > 59)
        return std::nullopt;
    return f;
}

int offsetAt(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime).offsetFromUtc();
}

} // namespace

std::optional<qint64> TimestampParser::localHourStart(int year, int month, int day, int hour)
{
    const qint64 key = ((qint64(year) * 16 + month) * 32 + day) * 32 + hour;
    const auto known = m_hours.constFind(key);
    if (known != m_hours.cend())
        return *known;
    // Qt converts the hour's first and last millisecond; the hour is ordinary when they are an hour apart and
    // the offset from UTC is the same two hours before and three after (no DST change near it).
    std::optional<qint64> start;
    const QDate date(year, month, day);
    const QDateTime first(date, QTime(hour, 0), Qt::LocalTime);
    const QDateTime last(date, QTime(hour, 59, 59, 999), Qt::LocalTime);
    if (first.isValid() && last.isValid()) {
        const qint64 begin = first.toMSecsSinceEpoch();
        const qint64 wall = daysFromCivil(year, month, day) * kMsPerDay + hour * kMsPerHour;
        const qint64 offset = wall - begin;
        if (last.toMSecsSinceEpoch() - begin == kMsPerHour - 1 && offset % 1000 == 0
            && offsetAt(begin - 2 * kMsPerHour) * qint64(1000) == offset
            && offsetAt(begin + 3 * kMsPerHour) * qint64(1000) == offset)
            start = begin;
    }
    if (m_hours.size() > 100000)
        m_hours.clear(); // rows spread over more than eleven years of hours: bound the memory
    m_hours.insert(key, start);
    return start;
}

std::optional<qint64> TimestampParser::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    bool allDigits = true;
    for (const QChar c : trimmed)
        allDigits = allDigits && c.isDigit() && c.unicode() < 128;
    if (allDigits) {
        bool ok = false;
        const qint64 seconds = trimmed.toLongLong(&ok);
        constexpr qint64 kLargestSeconds = std::numeric_limits<qint64>::max() / 1000;
        if (!ok || seconds > kLargestSeconds)
            return std::nullopt;
        return seconds * 1000;
    }

    if (const std::optional<Fields> f = commonShape(trimmed)) {
        const qint64 withinHour = qint64(f->minute) * 60000 + qint64(f->second) * 1000 + f->ms;
        if (f->utc)
            return daysFromCivil(f->year, f->month, f->day) * kMsPerDay + f->hour * kMsPerHour + withinHour;
        if (const std::optional<qint64> start = localHourStart(f->year, f->month, f->day, f->hour))
            return *start + withinHour;
    }
    return parseWithQt(trimmed.toString());
}

std::optional<qint64> parseTimestamp(const QString& text)
{
    TimestampParser parser;
    return parser.parse(text);
}

} // namespace retrainer
