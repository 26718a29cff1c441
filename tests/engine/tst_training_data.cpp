// scrubModelRows: scrubbing personal data detects the column kinds once and hands them to typing when the
// scrub changed nothing. The rows typed that way must equal the rows typed with the kinds detected again.
#include "training_data.h"
#include "model_config.h"
#include <QTest>

using namespace retrainer;

namespace {

RawTable sampleTable(bool withPii)
{
    RawTable table;
    table.columns = {QStringLiteral("t"), QStringLiteral("note"), QStringLiteral("colour"), QStringLiteral("x"),
                     QStringLiteral("y")};
    const QString colours[] = {QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")};
    for (int i = 0; i < 60; ++i) {
        QString note = QStringLiteral("patient waited %1 minutes at desk %2 today").arg(i).arg(i % 7);
        if (withPii && i % 10 == 0)
            note += QStringLiteral(" call jane.doe%1@example.org").arg(i);
        const QString x = i == 13 ? QStringLiteral("n/a") : QString::number(i * 0.25); // one bad number
        table.rows.push_back({{QStringLiteral("2025-03-%1T08:00:00").arg(1 + i % 28, 2, 10, QLatin1Char('0')), note,
                               colours[i % 3], x, QString::number(i % 5 + 0.5)},
                              QStringLiteral("row %1").arg(i + 1)});
    }
    return table;
}

// The rows typed as before: PII scrubbed from the detected text columns, then kinds detected again.
Dataset typedAsBefore(const ModelConfig& model, RawTable table, PiiCounts& replaced)
{
    replaced = scrubTable(table, textColumns(model.schema(), detectColumnKinds(table)));
    return buildDataset(table, model.schema());
}

void compareDatasets(const Dataset& actual, const Dataset& expected)
{
    QCOMPARE(actual.features.size(), expected.features.size());
    for (size_t f = 0; f < actual.features.size(); ++f) {
        QCOMPARE(actual.features[f].name, expected.features[f].name);
        QCOMPARE(int(actual.features[f].kind), int(expected.features[f].kind));
    }
    QCOMPARE(actual.samples.size(), expected.samples.size());
    for (size_t i = 0; i < actual.samples.size(); ++i) {
        QCOMPARE(actual.samples[i].categories, expected.samples[i].categories);
        QCOMPARE(actual.samples[i].target, expected.samples[i].target);
        QCOMPARE(actual.samples[i].timestampMs, expected.samples[i].timestampMs);
        QCOMPARE(actual.samples[i].origin, expected.samples[i].origin);
    }
    QCOMPARE(actual.rejected.size(), expected.rejected.size());
    for (size_t i = 0; i < actual.rejected.size(); ++i)
        QCOMPARE(actual.rejected[i].reason, expected.rejected[i].reason);
}

} // namespace

class TestTrainingData : public QObject
{
    Q_OBJECT

private slots:
    void sameRowsAsDetectingTwice_data()
    {
        QTest::addColumn<bool>("withPii");
        QTest::addColumn<bool>("textDetected"); // a linear classifier types text columns as text
        QTest::newRow("no personal data, forest") << false << false;
        QTest::newRow("no personal data, linear classifier") << false << true;
        QTest::newRow("personal data, forest") << true << false;
        QTest::newRow("personal data, linear classifier") << true << true;
    }

    void sameRowsAsDetectingTwice()
    {
        QFETCH(bool, withPii);
        QFETCH(bool, textDetected);
        ModelConfig model;
        model.name = QStringLiteral("m");
        model.label = QStringLiteral("y");
        model.timestamp = QStringLiteral("t");
        model.task = textDetected ? Task::Classification : Task::Regression;
        model.algorithm = textDetected ? Algorithm::Linear : Algorithm::RandomForest;

        PiiCounts expectedPii;
        const Dataset expected = typedAsBefore(model, sampleTable(withPii), expectedPii);
        RawTable table = sampleTable(withPii);
        PiiCounts pii;
        const DatasetSchema schema = scrubModelRows(model, table, pii);
        const Dataset actual = buildDataset(table, schema);

        QCOMPARE(pii.total(), expectedPii.total());
        QCOMPARE(pii.total() > 0, withPii);
        QCOMPARE(schema.kinds.contains(QStringLiteral("note")), !withPii); // reused only when nothing changed
        QCOMPARE(int(actual.features[0].kind),
                 int(textDetected ? ColumnKind::Text : ColumnKind::Categorical)); // note
        compareDatasets(actual, expected);
        QCOMPARE(actual.rejected.size(), size_t(1)); // the row with "n/a" in a numeric column
    }

    // A model whose hygiene keeps PII gets its configured schema: nothing is detected nor scrubbed.
    void noScrubNoDetection()
    {
        ModelConfig model;
        model.label = QStringLiteral("y");
        model.hygiene.scrubPii = false;
        RawTable table = sampleTable(true);
        PiiCounts pii;
        const DatasetSchema schema = scrubModelRows(model, table, pii);
        QVERIFY(schema.kinds.isEmpty());
        QCOMPARE(pii.total(), 0L);
        QVERIFY(table.rows[0].cells[1].contains(QStringLiteral("@example.org")));
    }
};

QTEST_GUILESS_MAIN(TestTrainingData)
#include "tst_training_data.moc"
