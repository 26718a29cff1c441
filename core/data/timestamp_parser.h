#pragma once
// Timestamps as sources write them, parsed quickly for the common ISO shapes with the local-time offset
// looked up once per hour instead of once per cell (the C library's local-time conversion dominated
// typing 100,000 rows). Every result is what Qt's parsers give: any text the fast path does not recognise,
// and any hour with a DST change within two hours of it, goes to Qt. (In the hour that occurs twice when
// clocks go back, Qt's own choice of reading depends on the C library's earlier conversions.)
#include <QHash>
#include <QString>
#include <QStringView>
#include <optional>

namespace retrainer {

class TimestampParser
{
public:
    // msecs since the epoch (UTC), or nullopt; see parseTimestamp in dataset.h for the formats.
    std::optional<qint64> parse(QStringView text);

private:
    std::optional<qint64> localHourStart(int year, int month, int day, int hour);

    // Local hour (year, month, day, hour packed) → msecs of its first millisecond; nullopt marks an hour
    // whose offset changes inside it. Lives as long as the parser (one dataset), so a zone change is seen
    // by the next one.
    QHash<qint64, std::optional<qint64>> m_hours;
};

// Parses the timestamp formats sources use: ISO 8601 with or without 'T', seconds, fraction and offset
// (no offset = local time), a bare date, or Unix seconds. nullopt when it cannot.
std::optional<qint64> parseTimestamp(const QString& text);

} // namespace retrainer
