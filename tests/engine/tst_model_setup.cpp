// setUpModelColumns, identifierLikeColumns and the wizard's suggestions, on generated CSV rows.
#include "error.h"
#include "fixture_data.h"
#include "model_setup.h"
#include "source.h"
#include <QTemporaryDir>
#include <QTest>

using namespace retrainer;

namespace {

RawTable tableOf(const QString& csv)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    if (!test::writeFile(path, csv))
        return {};
    return readCsv(path);
}

ModelConfig regressionModel(const QString& timestamp = QString())
{
    ModelConfig model;
    model.name = QStringLiteral("m");
    model.label = QStringLiteral("y");
    model.timestamp = timestamp;
    return model;
}

} // namespace

class TestModelSetup : public QObject
{
    Q_OBJECT

private slots:
    void leavesOutIdentifierLikeColumns()
    {
        const RawTable table = tableOf(test::regressionCsv(120));
        QCOMPARE(table.rows.size(), size_t(120));
        ModelConfig model = regressionModel();
        const ModelSetup setup = setUpModelColumns(model, table);
        QCOMPARE(setup.leftOut, QStringList{QStringLiteral("when")});
        QCOMPARE(model.features, (QStringList{QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("colour")}));
        QCOMPARE(setup.data.features.size(), size_t(3));
        QCOMPARE(setup.data.samples.size(), size_t(120));
        QVERIFY(model.kinds.value(QStringLiteral("x1")) == ColumnKind::Numeric);
        QVERIFY(model.kinds.value(QStringLiteral("colour")) == ColumnKind::Categorical);
        QVERIFY(!model.kinds.contains(QStringLiteral("when")));
    }

    // The imbalance rule: smallest class under a third of the largest -> macro-F1; otherwise accuracy (left
    // empty in the configuration); an explicit choice and regression models are left alone.
    void imbalancedLabelsPickMacroF1_data()
    {
        QTest::addColumn<int>("rare");     // rows of class "rare" among 120
        QTest::addColumn<QString>("given"); // the model's primary metric before setup
        QTest::addColumn<QString>("metric");
        QTest::newRow("balanced") << 60 << QString() << QString();
        QTest::newRow("exactly a third") << 30 << QString() << QString();
        QTest::newRow("under a third") << 29 << QString() << QStringLiteral("macro_f1");
        QTest::newRow("6 %") << 7 << QString() << QStringLiteral("macro_f1");
        QTest::newRow("chosen by the user") << 7 << QStringLiteral("accuracy") << QStringLiteral("accuracy");
    }

    void imbalancedLabelsPickMacroF1()
    {
        QFETCH(int, rare);
        QFETCH(QString, given);
        QFETCH(QString, metric);
        QString csv = QStringLiteral("x,kind\n");
        for (int i = 0; i < 120; ++i) // "rare" rows, the rest "common"
            csv += QStringLiteral("%1,%2\n").arg(i).arg(i < rare ? QStringLiteral("rare") : QStringLiteral("common"));
        ModelConfig model;
        model.name = QStringLiteral("m");
        model.task = Task::Classification;
        model.label = QStringLiteral("kind");
        model.primaryMetric = given;
        const ModelSetup setup = setUpModelColumns(model, tableOf(csv));
        QCOMPARE(model.primaryMetric, metric);
        QCOMPARE(setup.metricNote.isEmpty(), metric != QLatin1String("macro_f1") || !given.isEmpty());
        if (!setup.metricNote.isEmpty())
            QVERIFY2(setup.metricNote.contains(QStringLiteral("'rare': %1 rows").arg(rare)), qPrintable(setup.metricNote));
        QCOMPARE(primaryMetricForLabels(setup.data), metric.isEmpty() ? QStringLiteral("accuracy") : QStringLiteral("macro_f1"));
        ModelConfig regression = regressionModel();
        setUpModelColumns(regression, tableOf(test::regressionCsv(40)));
        QVERIFY(regression.primaryMetric.isEmpty());
    }

    void fewRowsKeepEveryColumn()
    {
        // 40 rows: 'when' has 40 distinct values, not more than 50, so it stays.
        ModelConfig model = regressionModel();
        const ModelSetup setup = setUpModelColumns(model, tableOf(test::regressionCsv(40)));
        QVERIFY(setup.leftOut.isEmpty());
        QVERIFY(model.features.isEmpty()); // empty still means every column but label and timestamp
        QCOMPARE(model.kinds.size(), 4);
        QVERIFY(model.kinds.value(QStringLiteral("when")) == ColumnKind::Categorical);
    }

    void timestampAndNamedFeaturesAreKept()
    {
        const RawTable table = tableOf(test::regressionCsv(120));
        ModelConfig withTimestamp = regressionModel(QStringLiteral("when"));
        const ModelSetup timed = setUpModelColumns(withTimestamp, table);
        QVERIFY(timed.leftOut.isEmpty());
        QVERIFY(withTimestamp.features.isEmpty());
        QVERIFY(timed.data.hasTimestamp);
        QCOMPARE(withTimestamp.kinds.size(), 3);

        ModelConfig named = regressionModel();
        named.features = {QStringLiteral("when"), QStringLiteral("x1")};
        const ModelSetup setup = setUpModelColumns(named, table);
        QVERIFY(setup.leftOut.isEmpty());
        QCOMPARE(named.features, (QStringList{QStringLiteral("when"), QStringLiteral("x1")}));
        QCOMPARE(named.kinds.size(), 2);
    }

    void unknownColumnsThrow()
    {
        ModelConfig model = regressionModel();
        model.label = QStringLiteral("nope");
        QVERIFY_THROWS_EXCEPTION(Error, setUpModelColumns(model, tableOf(test::regressionCsv(10))));
    }

    void suggestsTaskFromTheLabel_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("task");
        QTest::newRow("numbers") << QStringLiteral("y") << QStringLiteral("regression");
        QTest::newRow("text") << QStringLiteral("colour") << QStringLiteral("classification");
        QTest::newRow("0 and 1") << QStringLiteral("flag") << QStringLiteral("classification");
        QTest::newRow("three numbers") << QStringLiteral("level") << QStringLiteral("regression");
        QTest::newRow("unknown") << QStringLiteral("nope") << QString();
    }

    void suggestsTaskFromTheLabel()
    {
        QFETCH(QString, label);
        QFETCH(QString, task);
        const RawTable table = tableOf(QStringLiteral("y,colour,flag,level\n1.5,red,0,1\n2.5,blue,1,2\n"
                                                      "3.5,red,1,3\n4.5,green,,1\n"));
        const auto suggested = suggestTask(table, label);
        QCOMPARE(suggested ? toString(*suggested) : QString(), task);
    }

    void suggestsATimestampColumn()
    {
        QCOMPARE(suggestTimestampColumn(tableOf(test::regressionCsv(20))), QStringLiteral("when"));
        QCOMPARE(suggestTimestampColumn(tableOf(QStringLiteral("id,day,x\nA,2024-03-01,1\nB,2024-03-02,2\n"))),
                 QStringLiteral("day"));
        // Plain numbers are not dates, nor is text that only sometimes reads as one.
        QCOMPARE(suggestTimestampColumn(tableOf(QStringLiteral("n,t\n1700000000,x\n1700003600,2024-01-01\n"))), QString());
    }
};

QTEST_GUILESS_MAIN(TestModelSetup)
#include "tst_model_setup.moc"
