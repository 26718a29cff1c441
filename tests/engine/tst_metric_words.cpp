// Metrics in words: each known metric has a name, a meaning with its direction, and a value as people
// read it — accuracy as a share, errors in the label's units.
#include "metric_words.h"
#include <QTest>

using namespace retrainer;

class TestMetricWords : public QObject
{
    Q_OBJECT

private slots:
    void sentences_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("accuracy") << QStringLiteral("accuracy") << 0.9412 << QStringLiteral("outcome")
                                  << QStringLiteral("accuracy 94 % — share of cases predicted right; higher is better");
        QTest::newRow("almost all right") << QStringLiteral("accuracy") << 0.996 << QString()
                                          << QStringLiteral("accuracy 99.6 % — share of cases predicted right; higher is better");
        QTest::newRow("macro-F1") << QStringLiteral("macro_f1") << 0.951 << QStringLiteral("quality")
                                  << QStringLiteral("macro-F1 0.95 — how well every class is found, rare ones too; 1 is perfect");
        QTest::newRow("minutes") << QStringLiteral("mae") << 4.213 << QStringLiteral("waiting_minutes")
                                 << QStringLiteral("typical error ± 4.21 minutes — how far a prediction is off on average; lower is better");
        QTest::newRow("hours") << QStringLiteral("rmse") << 12.34 << QStringLiteral("delay_hours")
                               << QStringLiteral("error on big misses ± 12.3 hours — like the typical error, but big misses count more; lower is better");
        QTest::newRow("a count") << QStringLiteral("mae") << 3.0 << QStringLiteral("orders")
                                 << QStringLiteral("typical error ± 3.00 orders — how far a prediction is off on average; lower is better");
        QTest::newRow("no unit") << QStringLiteral("mae") << 140.0 << QStringLiteral("cost")
                                 << QStringLiteral("typical error ± 140 (in cost) — how far a prediction is off on average; lower is better");
        QTest::newRow("r2") << QStringLiteral("r2") << 0.873 << QStringLiteral("cost")
                            << QStringLiteral("R² 0.87 — how much of the ups and downs the model explains; 1 is perfect, 0 is no better than the average");
        QTest::newRow("unknown") << QStringLiteral("psi") << 0.25 << QString() << QStringLiteral("psi 0.25");
    }

    void sentences()
    {
        QFETCH(QString, metric);
        QFETCH(double, value);
        QFETCH(QString, label);
        QFETCH(QString, sentence);
        QCOMPARE(MetricWords::sentence(metric, value, label, QLocale::c()), sentence);
    }

    void numbersFollowTheLocale()
    {
        const QLocale spanish(QLocale::Spanish, QLocale::Spain);
        QCOMPARE(MetricWords::value(QStringLiteral("r2"), 0.873, {}, spanish), QStringLiteral("0,87"));
        QCOMPARE(MetricWords::value(QStringLiteral("mae"), 4.2, QStringLiteral("delay_h"), spanish), QStringLiteral("± 4,20 hours"));
    }
};

QTEST_GUILESS_MAIN(TestMetricWords)
#include "tst_metric_words.moc"
