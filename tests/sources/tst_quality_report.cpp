// The quality report on a hand-made CSV (tests/data/quality/visits.csv): 24 usable rows, 2 rejected, exactly
// 3 duplicate rows, age missing twice and clinic once, one outlier weight (250), a constant column (site),
// 18 "ok" and 6 "late"; timestamps 2 / 5 / 11 / 20 rows within 24 h / 7 d / 30 d / 90 d of 2026-06-30 12:00 UTC.
#include "error.h"
#include "quality_report.h"
#include "source.h"

#include <QTest>

using namespace retrainer;

class TstQualityReport : public QObject
{
    Q_OBJECT

    static Dataset visits()
    {
        DatasetSchema schema;
        schema.task = Task::Classification;
        schema.label = QStringLiteral("outcome");
        schema.timestamp = QStringLiteral("time");
        return buildDataset(readCsv(QStringLiteral(RETRAINER_TEST_DATA "/quality/visits.csv")), schema);
    }

    static QualityReport report()
    {
        QualityOptions options;
        options.now = QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);
        return computeQualityReport(visits(), options);
    }

    static const ColumnQuality& column(const QualityReport& r, const char* name)
    {
        for (const auto& c : r.columns)
            if (c.name == QLatin1String(name))
                return c;
        qFatal("no column %s", name);
    }

private Q_SLOTS:
    void counts()
    {
        const QualityReport r = report();
        QCOMPARE(r.rows, 24L);
        QCOMPARE(r.rejected, 2L);
        QCOMPARE(r.rejectedByReason.size(), size_t(2));
        QCOMPARE(r.rejectedByReason.at(QStringLiteral("missing label 'outcome'")), 1L);
        QCOMPARE(r.rejectedByReason.at(QStringLiteral("feature 'age' is not a number")), 1L);
        QCOMPARE(r.duplicates, 3L);
        QCOMPARE(r.outlierRows, 1L);
    }

    void periods()
    {
        const QualityReport r = report();
        QVERIFY(r.periods.has_value());
        QCOMPARE(r.periods->last24h, 2L);
        QCOMPARE(r.periods->last7d, 5L);
        QCOMPARE(r.periods->last30d, 11L);
        QCOMPARE(r.periods->last90d, 20L);
        // A week later the same rows are older.
        QualityOptions later;
        later.now = QDateTime(QDate(2026, 7, 7), QTime(12, 0), Qt::UTC);
        const QualityReport l = computeQualityReport(visits(), later);
        QCOMPARE(l.periods->last24h, 0L);
        QCOMPARE(l.periods->last7d, 0L);
        QCOMPARE(l.periods->last30d, 9L); // rows up to 552 h before the first "now"
    }

    void columns()
    {
        const QualityReport r = report();
        QCOMPARE(r.columns.size(), size_t(4));
        QCOMPARE(column(r, "age").missing, 2L);
        QCOMPARE(column(r, "clinic").missing, 1L);
        QCOMPARE(column(r, "weight").missing, 0L);
        QCOMPARE(column(r, "weight").outliers, 1L);
        QCOMPARE(column(r, "age").outliers, 0L);
        QVERIFY(column(r, "site").constant);
        QVERIFY(!column(r, "clinic").constant);
        QVERIFY(std::abs(column(r, "age").missingRate - 2.0 / 24.0) < 1e-12);
    }

    void labelsAndScore()
    {
        const QualityReport r = report();
        QCOMPARE(r.labelCounts.at("ok"), 18L);
        QCOMPARE(r.labelCounts.at("late"), 6L);
        QCOMPARE(r.imbalanceRatio, 3.0);
        // 100 - 40*3/96 - 30*3/24 - 20*2/26 - 10*1/24 - 5*1 - 10*(1 - 1/3) = 81.38
        QCOMPARE(r.score, 81);
        QCOMPARE(toString(r.readiness), QStringLiteral("minimum"));
        const auto json = r.toJson();
        QCOMPARE(json["new"]["30d"].get<long>(), 11L);
        QCOMPARE(json["readiness"]["level"].get<std::string>(), std::string("minimum"));
    }

    void readinessLevels_data()
    {
        QTest::addColumn<long>("rows");
        QTest::addColumn<QString>("level");
        QTest::newRow("9") << 9L << QStringLiteral("insufficient");
        QTest::newRow("10") << 10L << QStringLiteral("minimum");
        QTest::newRow("49") << 49L << QStringLiteral("minimum");
        QTest::newRow("50") << 50L << QStringLiteral("recommended");
        QTest::newRow("99") << 99L << QStringLiteral("recommended");
        QTest::newRow("100") << 100L << QStringLiteral("excellent");
    }

    void readinessLevels()
    {
        QFETCH(long, rows);
        QFETCH(QString, level);
        QCOMPARE(toString(readinessOf(rows, ReadinessThresholds())), level);
    }

    void readinessThresholdsAreConfigurable()
    {
        const auto t = ReadinessThresholds::fromJson({{"minimum", 5}, {"recommended", 20}, {"excellent", 24}}, QStringLiteral("model 'v'"));
        QualityOptions options;
        options.thresholds = t;
        QCOMPARE(toString(computeQualityReport(visits(), options).readiness), QStringLiteral("excellent"));
        QVERIFY_THROWS_EXCEPTION(Error, ReadinessThresholds::fromJson({{"minimum", 60}, {"recommended", 50}}, QStringLiteral("m")));
    }

    void outlierRule()
    {
        // median 10, MAD 1: 0.6745 * 6 / 1 = 4.05 > 3.5 is an outlier; 0.6745 * 5 = 3.37 is not.
        const auto flags = outlierFlags({9, 10, 11, 10, 9, 11, 10, 16, 5});
        QCOMPARE(std::count(flags.begin(), flags.end(), true), 1L);
        QVERIFY(flags[7]);
        QVERIFY(!flags[8]);
        const auto same = outlierFlags({3, 3, 3, 3, 100}); // MAD 0: no outliers by this rule
        QCOMPARE(std::count(same.begin(), same.end(), true), 0L);
    }

    void emptyDataScoresZero()
    {
        Dataset empty;
        empty.task = Task::Regression;
        const QualityReport r = computeQualityReport(empty, QualityOptions());
        QCOMPARE(r.score, 0);
        QCOMPARE(toString(r.readiness), QStringLiteral("insufficient"));
        QVERIFY(!r.periods.has_value());
    }
};

QTEST_GUILESS_MAIN(TstQualityReport)
#include "tst_quality_report.moc"
