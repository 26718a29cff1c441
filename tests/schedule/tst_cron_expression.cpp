#include "clock.h"
#include "cron_expression.h"
#include "error.h"

#include <QSet>
#include <QTest>

using namespace retrainer;

namespace {

QDateTime at(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

QString show(const QDateTime& moment, const QTimeZone& zone)
{
    return moment.toTimeZone(zone).toString(Qt::ISODate);
}

} // namespace

class TestCronExpression : public QObject
{
    Q_OBJECT

private:
    // "UTC" or an IANA name; callers fail (not skip) when the result is invalid.
    static QTimeZone zone(const QString& name)
    {
        return name == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(name.toLatin1());
    }

    // Compares next() chained from `after` with the expected moments, and that nextN agrees.
    static void checkMoments(const CronExpression& cron, const QDateTime& after, const QTimeZone& tz,
                             const QStringList& expected)
    {
        QDateTime from = after;
        for (const QString& iso : expected) {
            const std::optional<QDateTime> moment = cron.next(from, tz);
            QVERIFY2(moment, qPrintable(QStringLiteral("no moment after %1, expected %2").arg(show(from, tz), iso)));
            QVERIFY2(*moment == at(iso),
                     qPrintable(QStringLiteral("after %1: got %2, expected %3").arg(show(from, tz), show(*moment, tz), iso)));
            QCOMPARE(moment->timeSpec(), Qt::UTC);
            from = *moment;
        }
        const std::vector<QDateTime> all = cron.nextN(after, static_cast<int>(expected.size()), tz);
        QCOMPARE(all.size(), static_cast<size_t>(expected.size()));
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(all[static_cast<size_t>(i)], at(expected[i]));
    }

private slots:
    void parsesValidForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected"); // in UTC; 2026-01-01 is a Thursday

        const QString newYear = QStringLiteral("2026-01-01T00:00:00Z");
        QTest::newRow("step from star") << QStringLiteral("*/15 * * * *") << newYear
                                        << QStringList{QStringLiteral("2026-01-01T00:15:00Z"), QStringLiteral("2026-01-01T00:30:00Z"),
                                                       QStringLiteral("2026-01-01T00:45:00Z"), QStringLiteral("2026-01-01T01:00:00Z")};
        QTest::newRow("step over range") << QStringLiteral("0-30/10 * * * *") << newYear
                                         << QStringList{QStringLiteral("2026-01-01T00:10:00Z"), QStringLiteral("2026-01-01T00:20:00Z"),
                                                        QStringLiteral("2026-01-01T00:30:00Z"), QStringLiteral("2026-01-01T01:00:00Z")};
        QTest::newRow("step from value") << QStringLiteral("5/15 * * * *") << newYear
                                         << QStringList{QStringLiteral("2026-01-01T00:05:00Z"), QStringLiteral("2026-01-01T00:20:00Z"),
                                                        QStringLiteral("2026-01-01T00:35:00Z"), QStringLiteral("2026-01-01T00:50:00Z"),
                                                        QStringLiteral("2026-01-01T01:05:00Z")};
        QTest::newRow("list") << QStringLiteral("1,5,9 * * * *") << newYear
                              << QStringList{QStringLiteral("2026-01-01T00:01:00Z"), QStringLiteral("2026-01-01T00:05:00Z"),
                                             QStringLiteral("2026-01-01T00:09:00Z"), QStringLiteral("2026-01-01T01:01:00Z")};
        QTest::newRow("huge step") << QStringLiteral("59/2147483647 * * * *") << newYear
                                   << QStringList{QStringLiteral("2026-01-01T00:59:00Z"), QStringLiteral("2026-01-01T01:59:00Z")};
        QTest::newRow("mixed list") << QStringLiteral("0 1-2,20/2 * * *") << newYear
                                    << QStringList{QStringLiteral("2026-01-01T01:00:00Z"), QStringLiteral("2026-01-01T02:00:00Z"),
                                                   QStringLiteral("2026-01-01T20:00:00Z"), QStringLiteral("2026-01-01T22:00:00Z"),
                                                   QStringLiteral("2026-01-02T01:00:00Z")};
        QTest::newRow("month names any case") << QStringLiteral("0 0 1 jan,Jul *") << newYear
                                              << QStringList{QStringLiteral("2026-07-01T00:00:00Z"), QStringLiteral("2027-01-01T00:00:00Z")};
        QTest::newRow("month step") << QStringLiteral("0 0 1 */6 *") << newYear
                                    << QStringList{QStringLiteral("2026-07-01T00:00:00Z"), QStringLiteral("2027-01-01T00:00:00Z")};
        QTest::newRow("weekday name range") << QStringLiteral("0 12 * * mon-Fri") << newYear
                                            << QStringList{QStringLiteral("2026-01-01T12:00:00Z"), QStringLiteral("2026-01-02T12:00:00Z"),
                                                           QStringLiteral("2026-01-05T12:00:00Z")};
        QTest::newRow("weekday names list") << QStringLiteral("0 0 * * SUN,sat") << newYear
                                            << QStringList{QStringLiteral("2026-01-03T00:00:00Z"), QStringLiteral("2026-01-04T00:00:00Z"),
                                                           QStringLiteral("2026-01-10T00:00:00Z")};
        QTest::newRow("sunday as 7") << QStringLiteral("0 0 * * 7") << newYear
                                     << QStringList{QStringLiteral("2026-01-04T00:00:00Z"), QStringLiteral("2026-01-11T00:00:00Z")};
        QTest::newRow("sunday as 0") << QStringLiteral("0 0 * * 0") << newYear
                                     << QStringList{QStringLiteral("2026-01-04T00:00:00Z"), QStringLiteral("2026-01-11T00:00:00Z")};
        QTest::newRow("range up to 7") << QStringLiteral("0 0 * * 5-7") << newYear
                                       << QStringList{QStringLiteral("2026-01-02T00:00:00Z"), QStringLiteral("2026-01-03T00:00:00Z"),
                                                      QStringLiteral("2026-01-04T00:00:00Z"), QStringLiteral("2026-01-09T00:00:00Z")};
        QTest::newRow("day-of-month step") << QStringLiteral("0 0 */10 * *") << newYear
                                           << QStringList{QStringLiteral("2026-01-11T00:00:00Z"), QStringLiteral("2026-01-21T00:00:00Z"),
                                                          QStringLiteral("2026-01-31T00:00:00Z"), QStringLiteral("2026-02-01T00:00:00Z")};
        QTest::newRow("extra whitespace") << QStringLiteral("  0\t3  * *   * ") << newYear
                                          << QStringList{QStringLiteral("2026-01-01T03:00:00Z"), QStringLiteral("2026-01-02T03:00:00Z")};
        QTest::newRow("@hourly") << QStringLiteral("@hourly") << newYear
                                 << QStringList{QStringLiteral("2026-01-01T01:00:00Z"), QStringLiteral("2026-01-01T02:00:00Z")};
        QTest::newRow("@daily") << QStringLiteral("@daily") << newYear
                                << QStringList{QStringLiteral("2026-01-02T00:00:00Z"), QStringLiteral("2026-01-03T00:00:00Z")};
        QTest::newRow("@midnight") << QStringLiteral("@midnight") << newYear
                                   << QStringList{QStringLiteral("2026-01-02T00:00:00Z"), QStringLiteral("2026-01-03T00:00:00Z")};
        QTest::newRow("@weekly") << QStringLiteral("@weekly") << newYear
                                 << QStringList{QStringLiteral("2026-01-04T00:00:00Z"), QStringLiteral("2026-01-11T00:00:00Z")};
        QTest::newRow("@monthly") << QStringLiteral("@monthly") << newYear
                                  << QStringList{QStringLiteral("2026-02-01T00:00:00Z"), QStringLiteral("2026-03-01T00:00:00Z")};
        QTest::newRow("@yearly") << QStringLiteral("@yearly") << newYear
                                 << QStringList{QStringLiteral("2027-01-01T00:00:00Z"), QStringLiteral("2028-01-01T00:00:00Z")};
        QTest::newRow("@ANNUALLY") << QStringLiteral("@ANNUALLY") << newYear
                                   << QStringList{QStringLiteral("2027-01-01T00:00:00Z"), QStringLiteral("2028-01-01T00:00:00Z")};
    }

    void parsesValidForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        QString error;
        const std::optional<CronExpression> cron = CronExpression::tryParse(text, &error);
        QVERIFY2(cron, qPrintable(error));
        QCOMPARE(cron->text(), text.trimmed());
        checkMoments(*cron, at(after), QTimeZone::utc(), expected);
    }

    void rejectsInvalidForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("fragments"); // each must appear in the error

        QTest::newRow("6 fields") << QStringLiteral("0 0 * * * *") << QStringList{QStringLiteral("a schedule is 5 values separated by spaces"), QStringLiteral("but this has 6")};
        QTest::newRow("4 fields") << QStringLiteral("0 0 * *") << QStringList{QStringLiteral("but this has 4")};
        QTest::newRow("empty") << QString() << QStringList{QStringLiteral("but this has 0")};
        QTest::newRow("minute 60") << QStringLiteral("60 * * * *") << QStringList{QStringLiteral("minute 60 is out of range: it must be from 0 to 59")};
        QTest::newRow("hour 25") << QStringLiteral("0 25 * * *")
                                 << QStringList{QStringLiteral("cron '0 25 * * *': hour 25 is out of range: it must be from 0 to 23")};
        QTest::newRow("day 0") << QStringLiteral("0 0 0 * *") << QStringList{QStringLiteral("day of the month 0 is out of range: it must be from 1 to 31")};
        QTest::newRow("month 13") << QStringLiteral("0 0 * 13 *") << QStringList{QStringLiteral("month 13 is out of range: it must be from 1 to 12")};
        QTest::newRow("weekday 8") << QStringLiteral("0 0 * * 8") << QStringList{QStringLiteral("day of the week 8 is out of range: it must be from 0 to 7")};
        QTest::newRow("huge number") << QStringLiteral("99999999999 * * * *") << QStringList{QStringLiteral("minute 99999999999 is out of range")};
        QTest::newRow("open range MON-") << QStringLiteral("0 0 * * MON-")
                                         << QStringList{QStringLiteral("day of the week 'MON-'"), QStringLiteral("end of the range")};
        QTest::newRow("open range 1-") << QStringLiteral("0 1- * * *") << QStringList{QStringLiteral("hour '1-'")};
        QTest::newRow("open range -5") << QStringLiteral("-5 * * * *") << QStringList{QStringLiteral("minute '-5'"), QStringLiteral("start of the range")};
        QTest::newRow("step 0") << QStringLiteral("*/0 * * * *") << QStringList{QStringLiteral("minute '*/0'"), QStringLiteral("at least 1")};
        QTest::newRow("empty step") << QStringLiteral("*/ * * * *") << QStringList{QStringLiteral("minute '*/'")};
        QTest::newRow("two steps") << QStringLiteral("*/5/2 * * * *") << QStringList{QStringLiteral("minute '*/5/2'")};
        QTest::newRow("bad step") << QStringLiteral("*/x * * * *") << QStringList{QStringLiteral("minute '*/x'"), QStringLiteral("'x'")};
        QTest::newRow("bad month name") << QStringLiteral("0 0 * FOO *") << QStringList{QStringLiteral("month 'FOO'")};
        QTest::newRow("full weekday name") << QStringLiteral("0 0 * * MONDAY") << QStringList{QStringLiteral("day of the week 'MONDAY'")};
        QTest::newRow("name in hour") << QStringLiteral("0 MON * * *") << QStringList{QStringLiteral("hour 'MON' is not a number")};
        QTest::newRow("month name in weekday") << QStringLiteral("0 0 * * JAN") << QStringList{QStringLiteral("day of the week 'JAN'")};
        QTest::newRow("backwards range") << QStringLiteral("0 0 * * 5-1") << QStringList{QStringLiteral("day of the week"), QStringLiteral("'5-1'")};
        QTest::newRow("double range") << QStringLiteral("0 0 * * 1-2-3") << QStringList{QStringLiteral("day of the week '1-2-3'")};
        QTest::newRow("empty list entry") << QStringLiteral("1,,2 * * * *") << QStringList{QStringLiteral("minute '1,,2'")};
        QTest::newRow("trailing comma") << QStringLiteral("0 0 1, * *") << QStringList{QStringLiteral("day of the month '1,'")};
        QTest::newRow("unknown macro") << QStringLiteral("@reboot") << QStringList{QStringLiteral("unknown macro '@reboot'")};
    }

    void rejectsInvalidForms()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, fragments);
        QString error;
        QVERIFY(!CronExpression::tryParse(text, &error));
        for (const QString& fragment : fragments)
            QVERIFY2(error.contains(fragment), qPrintable(QStringLiteral("'%1' not in: %2").arg(fragment, error)));
        QVERIFY2(error.startsWith(QStringLiteral("cron '%1'").arg(text.trimmed())), qPrintable(error));

        QString thrown;
        try {
            CronExpression::parse(text);
        } catch (const Error& e) {
            thrown = e.message();
        }
        QCOMPARE(thrown, error);
    }

    void nextInUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("every 15 minutes") << QStringLiteral("*/15 * * * *") << QStringLiteral("2026-05-10T10:07:30Z")
                                          << QStringList{QStringLiteral("2026-05-10T10:15:00Z"), QStringLiteral("2026-05-10T10:30:00Z"),
                                                         QStringLiteral("2026-05-10T10:45:00Z"), QStringLiteral("2026-05-10T11:00:00Z")};
        QTest::newRow("strictly after a firing") << QStringLiteral("*/15 * * * *") << QStringLiteral("2026-05-10T10:15:00Z")
                                                 << QStringList{QStringLiteral("2026-05-10T10:30:00Z")};
        QTest::newRow("within the firing second") << QStringLiteral("*/15 * * * *") << QStringLiteral("2026-05-10T10:15:00.500Z")
                                                  << QStringList{QStringLiteral("2026-05-10T10:30:00Z")};
        QTest::newRow("@daily over year end") << QStringLiteral("@daily") << QStringLiteral("2026-12-31T23:59:59Z")
                                              << QStringList{QStringLiteral("2027-01-01T00:00:00Z"), QStringLiteral("2027-01-02T00:00:00Z")};
        QTest::newRow("last minute of the year") << QStringLiteral("59 23 31 12 *") << QStringLiteral("2026-06-01T00:00:00Z")
                                                 << QStringList{QStringLiteral("2026-12-31T23:59:00Z"), QStringLiteral("2027-12-31T23:59:00Z")};
        QTest::newRow("@weekly on Sunday") << QStringLiteral("@weekly") << QStringLiteral("2026-05-06T12:00:00Z")
                                           << QStringList{QStringLiteral("2026-05-10T00:00:00Z"), QStringLiteral("2026-05-17T00:00:00Z")};
        QTest::newRow("@monthly") << QStringLiteral("@monthly") << QStringLiteral("2026-01-31T12:00:00Z")
                                  << QStringList{QStringLiteral("2026-02-01T00:00:00Z"), QStringLiteral("2026-03-01T00:00:00Z")};
        QTest::newRow("weekdays across a weekend") << QStringLiteral("0 9 * * MON-FRI") << QStringLiteral("2026-05-08T09:00:00Z")
                                                   << QStringList{QStringLiteral("2026-05-11T09:00:00Z"), QStringLiteral("2026-05-12T09:00:00Z")};
        QTest::newRow("leap day") << QStringLiteral("0 0 29 2 *") << QStringLiteral("2026-03-01T00:00:00Z")
                                  << QStringList{QStringLiteral("2028-02-29T00:00:00Z"), QStringLiteral("2032-02-29T00:00:00Z")};
        // Both day fields restricted: the 13th OR any Friday (2026-04-03 is a Friday, the 13th a Monday).
        QTest::newRow("13th or Friday") << QStringLiteral("0 0 13 * FRI") << QStringLiteral("2026-03-28T00:00:00Z")
                                        << QStringList{QStringLiteral("2026-04-03T00:00:00Z"), QStringLiteral("2026-04-10T00:00:00Z"),
                                                       QStringLiteral("2026-04-13T00:00:00Z"), QStringLiteral("2026-04-17T00:00:00Z")};
        // A day of the month starting with '*' counts as unrestricted: odd days AND Fridays.
        QTest::newRow("star step and Friday") << QStringLiteral("0 0 */2 * FRI") << QStringLiteral("2026-04-01T00:00:00Z")
                                              << QStringList{QStringLiteral("2026-04-03T00:00:00Z"), QStringLiteral("2026-04-17T00:00:00Z"),
                                                             QStringLiteral("2026-05-01T00:00:00Z")};
        QTest::newRow("31st skips short months") << QStringLiteral("0 0 31 * *") << QStringLiteral("2026-01-31T00:00:00Z")
                                                 << QStringList{QStringLiteral("2026-03-31T00:00:00Z"), QStringLiteral("2026-05-31T00:00:00Z"),
                                                                QStringLiteral("2026-07-31T00:00:00Z"), QStringLiteral("2026-08-31T00:00:00Z")};
        QTest::newRow("after given in another zone") << QStringLiteral("0 12 * * *") << QStringLiteral("2026-05-10T13:30:00+02:00")
                                                     << QStringList{QStringLiteral("2026-05-10T12:00:00Z"), QStringLiteral("2026-05-11T12:00:00Z")};
    }

    void nextInUtc()
    {
        QFETCH(QString, text);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        checkMoments(CronExpression::parse(text), at(after), QTimeZone::utc(), expected);
    }

    void neverFiring_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("30 February") << QStringLiteral("0 0 30 2 *");
        QTest::newRow("31 of 30-day months") << QStringLiteral("0 0 31 4,6,9,11 *");
    }

    void neverFiring()
    {
        QFETCH(QString, text);
        const CronExpression cron = CronExpression::parse(text);
        QCOMPARE(cron.next(at(QStringLiteral("2026-01-01T00:00:00Z")), QTimeZone::utc()), std::nullopt);
        QVERIFY(cron.nextN(at(QStringLiteral("2026-01-01T00:00:00Z")), 5, QTimeZone::utc()).empty());
    }

    void nextAcrossDaylightSaving_data()
    {
        QTest::addColumn<QString>("zoneName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");

        const QString berlin = QStringLiteral("Europe/Berlin");
        const QString newYork = QStringLiteral("America/New_York");
        // Berlin: 2026-03-29 02:00 -> 03:00 (gap), 2026-10-25 03:00 -> 02:00 (02:xx twice).
        QTest::newRow("Berlin gap time fires after the gap")
            << berlin << QStringLiteral("30 2 * * *") << QStringLiteral("2026-03-28T12:00:00+01:00")
            << QStringList{QStringLiteral("2026-03-29T03:00:00+02:00"), QStringLiteral("2026-03-30T02:30:00+02:00")};
        QTest::newRow("Berlin 02:00 on the spring night")
            << berlin << QStringLiteral("0 2 * * *") << QStringLiteral("2026-03-28T12:00:00+01:00")
            << QStringList{QStringLiteral("2026-03-29T03:00:00+02:00"), QStringLiteral("2026-03-30T02:00:00+02:00")};
        QTest::newRow("Berlin repeated time fires at first occurrence")
            << berlin << QStringLiteral("30 2 * * *") << QStringLiteral("2026-10-24T12:00:00+02:00")
            << QStringList{QStringLiteral("2026-10-25T02:30:00+02:00"), QStringLiteral("2026-10-26T02:30:00+01:00")};
        QTest::newRow("Berlin not again at the second occurrence")
            << berlin << QStringLiteral("30 2 * * *") << QStringLiteral("2026-10-25T02:30:00+01:00")
            << QStringList{QStringLiteral("2026-10-26T02:30:00+01:00")};
        QTest::newRow("Berlin not again inside the repeated hour")
            << berlin << QStringLiteral("30 2 * * *") << QStringLiteral("2026-10-25T02:00:00+01:00")
            << QStringList{QStringLiteral("2026-10-26T02:30:00+01:00")};
        QTest::newRow("Berlin hourly on the fall night")
            << berlin << QStringLiteral("30 * * * *") << QStringLiteral("2026-10-25T00:00:00+02:00")
            << QStringList{QStringLiteral("2026-10-25T00:30:00+02:00"), QStringLiteral("2026-10-25T01:30:00+02:00"),
                           QStringLiteral("2026-10-25T02:30:00+02:00"), QStringLiteral("2026-10-25T03:30:00+01:00"),
                           QStringLiteral("2026-10-25T04:30:00+01:00")};
        QTest::newRow("Berlin hourly on the spring night")
            << berlin << QStringLiteral("30 * * * *") << QStringLiteral("2026-03-29T00:00:00+01:00")
            << QStringList{QStringLiteral("2026-03-29T00:30:00+01:00"), QStringLiteral("2026-03-29T01:30:00+01:00"),
                           QStringLiteral("2026-03-29T03:00:00+02:00"), QStringLiteral("2026-03-29T03:30:00+02:00"),
                           QStringLiteral("2026-03-29T04:30:00+02:00")};
        QTest::newRow("Berlin 02:00 and 03:00 fire once together")
            << berlin << QStringLiteral("0 * * * *") << QStringLiteral("2026-03-29T00:30:00+01:00")
            << QStringList{QStringLiteral("2026-03-29T01:00:00+01:00"), QStringLiteral("2026-03-29T03:00:00+02:00"),
                           QStringLiteral("2026-03-29T04:00:00+02:00")};
        QTest::newRow("Berlin half-hourly through the gap")
            << berlin << QStringLiteral("*/30 * * * *") << QStringLiteral("2026-03-29T01:00:00+01:00")
            << QStringList{QStringLiteral("2026-03-29T01:30:00+01:00"), QStringLiteral("2026-03-29T03:00:00+02:00"),
                           QStringLiteral("2026-03-29T03:30:00+02:00")};
        QTest::newRow("Berlin half-hourly through the repeated hour")
            << berlin << QStringLiteral("*/30 * * * *") << QStringLiteral("2026-10-25T01:45:00+02:00")
            << QStringList{QStringLiteral("2026-10-25T02:00:00+02:00"), QStringLiteral("2026-10-25T02:30:00+02:00"),
                           QStringLiteral("2026-10-25T03:00:00+01:00"), QStringLiteral("2026-10-25T03:30:00+01:00")};
        // New York: 2026-03-08 02:00 -> 03:00 (gap), 2026-11-01 02:00 -> 01:00 (01:xx twice).
        QTest::newRow("New York gap time fires after the gap")
            << newYork << QStringLiteral("30 2 * * *") << QStringLiteral("2026-03-07T12:00:00-05:00")
            << QStringList{QStringLiteral("2026-03-08T03:00:00-04:00"), QStringLiteral("2026-03-09T02:30:00-04:00")};
        QTest::newRow("New York repeated time fires at first occurrence")
            << newYork << QStringLiteral("30 1 * * *") << QStringLiteral("2026-10-31T12:00:00-04:00")
            << QStringList{QStringLiteral("2026-11-01T01:30:00-04:00"), QStringLiteral("2026-11-02T01:30:00-05:00")};
        QTest::newRow("New York not again at the second occurrence")
            << newYork << QStringLiteral("30 1 * * *") << QStringLiteral("2026-11-01T01:30:00-05:00")
            << QStringList{QStringLiteral("2026-11-02T01:30:00-05:00")};
        QTest::newRow("New York 02:00 after the repeated hour")
            << newYork << QStringLiteral("0 2 * * *") << QStringLiteral("2026-10-31T12:00:00-04:00")
            << QStringList{QStringLiteral("2026-11-01T02:00:00-05:00"), QStringLiteral("2026-11-02T02:00:00-05:00")};
    }

    void nextAcrossDaylightSaving()
    {
        QFETCH(QString, zoneName);
        QFETCH(QString, text);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        const QTimeZone tz = zone(zoneName);
        QVERIFY2(tz.isValid(), qPrintable(QStringLiteral("time zone %1 is missing: install tzdata").arg(zoneName)));
        checkMoments(CronExpression::parse(text), at(after), tz, expected);
    }

    void firingsOnTransitionDays_data()
    {
        QTest::addColumn<QString>("zoneName");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");

        // Spring days last 23 hours and the skipped wall times collapse onto the end of the gap;
        // fall days last 25 hours but each wall-clock time fires once.
        const struct
        {
            const char* name;
            QDate spring;
            QDate fall;
        } zones[] = {{"Europe/Berlin", QDate(2026, 3, 29), QDate(2026, 10, 25)},
                     {"America/New_York", QDate(2026, 3, 8), QDate(2026, 11, 1)}};
        for (const auto& z : zones) {
            const QString name = QLatin1String(z.name);
            QTest::addRow("%s spring */30", z.name) << name << z.spring << QStringLiteral("*/30 * * * *") << 46;
            QTest::addRow("%s fall */30", z.name) << name << z.fall << QStringLiteral("*/30 * * * *") << 48;
            QTest::addRow("%s spring every minute", z.name) << name << z.spring << QStringLiteral("* * * * *") << 23 * 60;
            QTest::addRow("%s fall every minute", z.name) << name << z.fall << QStringLiteral("* * * * *") << 24 * 60;
            QTest::addRow("%s spring hourly at :00", z.name) << name << z.spring << QStringLiteral("0 * * * *") << 23;
            QTest::addRow("%s spring hourly at :30", z.name) << name << z.spring << QStringLiteral("30 * * * *") << 24;
            QTest::addRow("%s fall hourly at :30", z.name) << name << z.fall << QStringLiteral("30 * * * *") << 24;
            QTest::addRow("%s ordinary day */30", z.name) << name << z.spring.addDays(7) << QStringLiteral("*/30 * * * *") << 48;
        }
    }

    void firingsOnTransitionDays()
    {
        QFETCH(QString, zoneName);
        QFETCH(QDate, day);
        QFETCH(QString, text);
        QFETCH(int, count);
        const QTimeZone tz = zone(zoneName);
        QVERIFY2(tz.isValid(), qPrintable(QStringLiteral("time zone %1 is missing: install tzdata").arg(zoneName)));
        const CronExpression cron = CronExpression::parse(text);

        QDateTime from = QDateTime(day, QTime(0, 0), tz).addSecs(-1);
        QList<QDateTime> firings;
        QSet<QString> wallTimes;
        while (true) {
            const std::optional<QDateTime> moment = cron.next(from, tz);
            QVERIFY(moment);
            QVERIFY2(*moment > from, qPrintable(QStringLiteral("%1 is not after %2").arg(show(*moment, tz), show(from, tz))));
            const QDateTime local = moment->toTimeZone(tz);
            if (local.date() != day)
                break;
            firings << *moment;
            wallTimes << local.time().toString();
            from = *moment;
        }
        QCOMPARE(firings.size(), count);
        QCOMPARE(wallTimes.size(), count); // no wall-clock time fires twice
    }

    // next() must be strictly after its argument and never go backwards as the argument moves on,
    // wherever in a transition night it starts.
    void nextIsMonotonicAcrossTransitions_data()
    {
        QTest::addColumn<QString>("zoneName");
        QTest::addColumn<QString>("transition"); // UTC instant of the change
        QTest::addColumn<QString>("text");
        const QStringList texts = {QStringLiteral("*/30 * * * *"), QStringLiteral("30 2 * * *"), QStringLiteral("0 * * * *"),
                                   QStringLiteral("30 1 * * *"), QStringLiteral("* * * * *")};
        const QList<std::pair<QString, QString>> transitions = {
            {QStringLiteral("Europe/Berlin"), QStringLiteral("2026-03-29T01:00:00Z")},
            {QStringLiteral("Europe/Berlin"), QStringLiteral("2026-10-25T01:00:00Z")},
            {QStringLiteral("America/New_York"), QStringLiteral("2026-03-08T07:00:00Z")},
            {QStringLiteral("America/New_York"), QStringLiteral("2026-11-01T06:00:00Z")}};
        for (const auto& [name, instant] : transitions) {
            for (const QString& text : texts)
                QTest::addRow("%s %s %s", qPrintable(name), qPrintable(instant), qPrintable(text)) << name << instant << text;
        }
    }

    void nextIsMonotonicAcrossTransitions()
    {
        QFETCH(QString, zoneName);
        QFETCH(QString, transition);
        QFETCH(QString, text);
        const QTimeZone tz = zone(zoneName);
        QVERIFY2(tz.isValid(), qPrintable(QStringLiteral("time zone %1 is missing: install tzdata").arg(zoneName)));
        const CronExpression cron = CronExpression::parse(text);
        QDateTime previous;
        const QDateTime centre = at(transition);
        for (qint64 secs = -3 * 3600; secs <= 3 * 3600; secs += 7 * 60 + 30) {
            const QDateTime from = centre.addSecs(secs);
            const std::optional<QDateTime> moment = cron.next(from, tz);
            QVERIFY(moment);
            QVERIFY2(*moment > from, qPrintable(show(from, tz)));
            QVERIFY2(!previous.isValid() || *moment >= previous, qPrintable(show(from, tz)));
            const std::optional<QDateTime> following = cron.next(*moment, tz);
            QVERIFY(following);
            QVERIFY2(*following > *moment, qPrintable(show(*moment, tz)));
            previous = *moment;
        }
    }

    void nextNReturnsIncreasingMoments()
    {
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        QVERIFY2(berlin.isValid(), "time zone Europe/Berlin is missing: install tzdata");
        const CronExpression cron = CronExpression::parse(QStringLiteral("*/20 1-3 * * *"));
        const QDateTime after = at(QStringLiteral("2026-03-29T00:00:00+01:00"));
        const std::vector<QDateTime> moments = cron.nextN(after, 5, berlin);
        QCOMPARE(moments.size(), size_t(5));
        QVERIFY(moments.front() > after);
        for (size_t i = 1; i < moments.size(); ++i)
            QVERIFY2(moments[i] > moments[i - 1], qPrintable(show(moments[i], berlin)));
        // 01:00 01:20 01:40, then the 02:xx gap collapses onto 03:00, then 03:20.
        QCOMPARE(moments[3], at(QStringLiteral("2026-03-29T03:00:00+02:00")));
        QCOMPARE(moments[4], at(QStringLiteral("2026-03-29T03:20:00+02:00")));
        QVERIFY(cron.nextN(after, 0, berlin).empty());
    }

    void manualClockMovesOnlyWhenTold()
    {
        ManualClock clock(at(QStringLiteral("2026-03-29T02:59:00+02:00")));
        QCOMPARE(clock.now(), at(QStringLiteral("2026-03-29T00:59:00Z")));
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
        clock.advance(90);
        QCOMPARE(clock.now(), at(QStringLiteral("2026-03-29T01:00:30Z")));
        clock.set(at(QStringLiteral("2027-01-01T00:00:00+01:00")));
        QCOMPARE(clock.now(), at(QStringLiteral("2026-12-31T23:00:00Z")));
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);

        const SystemClock system;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = system.now();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before && now <= before.addSecs(60));
    }
};

QTEST_GUILESS_MAIN(TestCronExpression)
#include "tst_cron_expression.moc"
