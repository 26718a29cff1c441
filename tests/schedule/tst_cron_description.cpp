// describeCron: cron expressions as the sentences an administrator reads in the Settings tab.
#include "cron_description.h"
#include "cron_expression.h"
#include <QTest>
#include <QTranslator>

using namespace retrainer;

namespace {

// A translator that answers every CronDescription string with a marked copy, to prove the sentences
// go through QCoreApplication::translate in that context.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (qstrcmp(context, "CronDescription") != 0)
            return {};
        return QStringLiteral("<%1>").arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestCronDescription : public QObject
{
    Q_OBJECT

private slots:
    void describe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence");

        // Times of day.
        QTest::newRow("daily") << QStringLiteral("0 2 * * *") << QStringLiteral("Every day at 02:00");
        QTest::newRow("@daily") << QStringLiteral("@daily") << QStringLiteral("Every day at 00:00");
        QTest::newRow("all weekdays") << QStringLiteral("15 10 * * 0-6") << QStringLiteral("Every day at 10:15");
        QTest::newRow("any day OR Monday") << QStringLiteral("0 0 1-31 * MON") << QStringLiteral("Every day at 00:00");
        QTest::newRow("twice a day") << QStringLiteral("0 9,17 * * *") << QStringLiteral("Every day at 09:00 and 17:00");
        QTest::newRow("every 12 hours") << QStringLiteral("0 */12 * * *") << QStringLiteral("Every day at 00:00 and 12:00");
        QTest::newRow("three times") << QStringLiteral("30 6,12,18 * * *")
                                     << QStringLiteral("Every day at 06:30, 12:30 and 18:30");
        QTest::newRow("Monday") << QStringLiteral("30 6 * * MON") << QStringLiteral("Every Monday at 06:30");
        QTest::newRow("Sunday as 7") << QStringLiteral("0 0 * * 7") << QStringLiteral("Every Sunday at 00:00");
        QTest::newRow("@weekly") << QStringLiteral("@weekly") << QStringLiteral("Every Sunday at 00:00");
        QTest::newRow("weekdays") << QStringLiteral("0 9 * * 1-5") << QStringLiteral("Every weekday at 09:00");
        QTest::newRow("three days") << QStringLiteral("0 9 * * MON,WED,FRI")
                                    << QStringLiteral("Every Monday, Wednesday and Friday at 09:00");
        QTest::newRow("weekend, Monday first") << QStringLiteral("0 8 * * SUN,SAT")
                                               << QStringLiteral("Every Saturday and Sunday at 08:00");
        QTest::newRow("monthly") << QStringLiteral("0 2 1 * *") << QStringLiteral("At 02:00 on the 1st of each month");
        QTest::newRow("@monthly") << QStringLiteral("@monthly") << QStringLiteral("At 00:00 on the 1st of each month");
        QTest::newRow("ordinals") << QStringLiteral("0 3 2,3,11,22,23 * *")
                                  << QStringLiteral("At 03:00 on the 2nd, 3rd, 11th, 22nd and 23rd of each month");
        QTest::newRow("quarterly") << QStringLiteral("0 2 1 1,4,7,10 *")
                                   << QStringLiteral("At 02:00 on the 1st of January, April, July and October");
        QTest::newRow("yearly") << QStringLiteral("@yearly") << QStringLiteral("Every year on January 1 at 00:00");
        QTest::newRow("leap day") << QStringLiteral("0 6 29 2 *") << QStringLiteral("Every year on February 29 at 06:00");

        // Repeating within the day.
        QTest::newRow("hourly") << QStringLiteral("0 * * * *") << QStringLiteral("Every hour at minute 0");
        QTest::newRow("@hourly") << QStringLiteral("@hourly") << QStringLiteral("Every hour at minute 0");
        QTest::newRow("hourly at 45") << QStringLiteral("45 * * * *") << QStringLiteral("Every hour at minute 45");
        QTest::newRow("every 15 minutes") << QStringLiteral("*/15 * * * *") << QStringLiteral("Every 15 minutes");
        QTest::newRow("every 10 minutes as range") << QStringLiteral("0-59/10 * * * *") << QStringLiteral("Every 10 minutes");
        QTest::newRow("every minute") << QStringLiteral("* * * * *") << QStringLiteral("Every minute");
        QTest::newRow("every 2 hours") << QStringLiteral("0 */2 * * *") << QStringLiteral("Every 2 hours at minute 0");
        QTest::newRow("office hours") << QStringLiteral("0 8-17 * * *") << QStringLiteral("Every hour from 08:00 to 17:00");
        QTest::newRow("minutes on weekdays") << QStringLiteral("*/15 * * * 1-5")
                                             << QStringLiteral("Every 15 minutes on weekdays");
        QTest::newRow("hourly on two days") << QStringLiteral("5 * * * TUE,THU")
                                            << QStringLiteral("Every hour at minute 5 on Tuesday and Thursday");

        // Too irregular for one sentence: field by field.
        QTest::newRow("13th or Friday") << QStringLiteral("0 0 13 * FRI")
                                        << QStringLiteral("At 00:00, on the 13th of the month or on Friday");
        QTest::newRow("uneven step") << QStringLiteral("*/7 * * * *")
                                     << QStringLiteral("At minute 0, 7, 14, 21, 28, 35, 42, 49 and 56 of every hour, every day");
        QTest::newRow("offset step") << QStringLiteral("5/15 * * * *")
                                     << QStringLiteral("At minute 5, 20, 35 and 50 of every hour, every day");
        QTest::newRow("weekday in January") << QStringLiteral("0 0 * 1 MON") << QStringLiteral("At 00:00, on Monday in January");
        QTest::newRow("ranges") << QStringLiteral("0,30 1-4,9-12 * * *")
                                << QStringLiteral("At minute 0 and 30 of hour 1 to 4 and 9 to 12, every day");
        QTest::newRow("every minute of office hours") << QStringLiteral("* 9-10 * * *")
                                                      << QStringLiteral("At every minute of hour 9 and 10, every day");
        QTest::newRow("days in summer") << QStringLiteral("0 4 1,15 6-8 *")
                                        << QStringLiteral("At 04:00 on the 1st and 15th of June, July and August");
    }

    void describe()
    {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        const CronExpression cron = CronExpression::parse(text);
        QCOMPARE(describeCron(cron), sentence);
        QCOMPARE(cron.describe(), sentence);
    }

    void sentencesAreTranslatable()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString daily = describeCron(CronExpression::parse(QStringLiteral("0 2 * * *")));
        const QString monday = describeCron(CronExpression::parse(QStringLiteral("30 6 * * MON")));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(daily, QStringLiteral("<Every day at 02:00>"));
        QCOMPARE(monday, QStringLiteral("<Every <Monday> at 06:30>"));
        QCOMPARE(describeCron(CronExpression::parse(QStringLiteral("0 2 * * *"))), QStringLiteral("Every day at 02:00"));
    }
};

QTEST_GUILESS_MAIN(TestCronDescription)
#include "tst_cron_description.moc"
