// Issue 12 item 12: the accuracy chart's time axis never repeats a label ("1 Dec 16:48" twice) —
// for ranges from two minutes to two years, every tick label differs from the others.
#include "accuracy_chart.h"
#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace retrainer;

class TestTimeAxis : public QObject
{
    Q_OBJECT

private slots:
    void tickLabelsNeverRepeat_data()
    {
        QTest::addColumn<qint64>("spanMs");
        const qint64 minute = 60 * 1000;
        for (qint64 span : {2 * minute, 3 * minute + 7000, 9 * minute, 11 * minute, 45 * minute, 5 * 60 * minute,
                            23 * 60 * minute, 25 * 60 * minute, 3 * 24 * 60 * minute, 59 * 24 * 60 * minute,
                            61 * 24 * 60 * minute, 730 * 24 * 60 * minute})
            QTest::newRow(qPrintable(QString::number(span / 1000) + QStringLiteral(" s"))) << span;
    }

    void tickLabelsNeverRepeat()
    {
        QFETCH(qint64, spanMs);
        const qint64 from = QDateTime(QDate(2026, 12, 1), QTime(16, 47, 13)).toMSecsSinceEpoch();
        const TimeAxisLayout axis = timeAxisLayout(from, from + spanMs);
        QVERIFY(axis.ticks >= 2 && axis.ticks <= 5);
        QSet<QString> labels;
        for (int i = 0; i < axis.ticks; ++i) {
            const qint64 at = from + spanMs * i / (axis.ticks - 1);
            labels.insert(QDateTime::fromMSecsSinceEpoch(at).toString(axis.format));
        }
        QVERIFY2(labels.size() == axis.ticks, qPrintable(QStringList(labels.values()).join(QStringLiteral(" | "))));
        QVERIFY(axis.format.contains(QStringLiteral("HH")) || spanMs > 60LL * 24 * 3600 * 1000); // 24-hour clock
    }
};

QTEST_MAIN(TestTimeAxis)
#include "tst_time_axis.moc"
