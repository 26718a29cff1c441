// readJsonl on tests/data/sources/messages.jsonl: good rows, a blank line, a malformed line and a line that
// is not an object, each rejected with its line number.
#include "dataset.h"
#include "error.h"
#include "source.h"

#include <QTest>

using namespace retrainer;

class TstJsonlSource : public QObject
{
    Q_OBJECT
    const QString path = QStringLiteral(RETRAINER_TEST_DATA "/sources/messages.jsonl");

private Q_SLOTS:
    void goodRows()
    {
        const RawTable table = readJsonl(path);
        QCOMPARE(table.columns, (QStringList{QStringLiteral("text"), QStringLiteral("intent"), QStringLiteral("n"),
                                             QStringLiteral("extra"), QStringLiteral("flag")}));
        QCOMPARE(table.rows.size(), size_t(3));
        QCOMPARE(table.rows[0].cells, (QStringList{QStringLiteral("I need to book an appointment"), QStringLiteral("book"),
                                                   QStringLiteral("3"), QString(), QString()}));
        QCOMPARE(table.rows[0].origin, path + QStringLiteral(":1"));
        QCOMPARE(table.rows[1].origin, path + QStringLiteral(":3")); // line 2 is blank
        QCOMPARE(table.rows[1].cells.at(3), QString());             // null is a missing value
        QCOMPARE(table.rows[2].cells, (QStringList{QStringLiteral("when are you open"), QStringLiteral("hours"),
                                                   QStringLiteral("2.5"), QString(), QStringLiteral("true")}));
    }

    void malformedLinesNamedByNumber()
    {
        const RawTable table = readJsonl(path);
        QCOMPARE(table.rejected.size(), size_t(2));
        QCOMPARE(table.rejected[0].where, path + QStringLiteral(":4"));
        QVERIFY(table.rejected[0].reason.startsWith(QStringLiteral("not valid JSON: ")));
        QVERIFY2(table.rejected[0].reason.contains(QStringLiteral("parse error")), qPrintable(table.rejected[0].reason));
        QCOMPARE(table.rejected[1].where, path + QStringLiteral(":5"));
        QCOMPARE(table.rejected[1].reason, QStringLiteral("not a JSON object"));
    }

    void uriAndTyping()
    {
        const SourceUri uri = SourceUri::parse(QStringLiteral("jsonl:messages.jsonl"), QStringLiteral(RETRAINER_TEST_DATA "/sources"));
        QVERIFY(uri.kind == SourceUri::Kind::Jsonl);
        QCOMPARE(uri.path, path);
        DatasetSchema schema;
        schema.task = Task::Classification;
        schema.label = QStringLiteral("intent");
        schema.features = {QStringLiteral("text")};
        schema.kinds.insert(QStringLiteral("text"), ColumnKind::Text);
        const Dataset data = buildDataset(readJsonl(path), schema);
        QCOMPARE(data.samples.size(), size_t(3));
        QCOMPARE(data.samples[1].categories[0], std::string("cancel please"));
        QCOMPARE(data.rejected.size(), size_t(2));
    }

    void textDetection()
    {
        // "text" has several words per value and distinct values: text, unless the schema turns detection off
        // (models other than the linear text classifier keep such a column categorical).
        DatasetSchema schema;
        schema.task = Task::Classification;
        schema.label = QStringLiteral("intent");
        schema.features = {QStringLiteral("text"), QStringLiteral("n")};
        const RawTable table = readJsonl(path);
        QCOMPARE(columnKindName(detectColumnKinds(table).value(QStringLiteral("text"))), QStringLiteral("text"));
        QCOMPARE(columnKindName(detectColumnKinds(table).value(QStringLiteral("intent"))), QStringLiteral("categorical"));
        QCOMPARE(columnKindName(buildDataset(table, schema).features[0].kind), QStringLiteral("text"));
        schema.detectText = false;
        QCOMPARE(columnKindName(buildDataset(table, schema).features[0].kind), QStringLiteral("categorical"));
        QCOMPARE(columnKindName(buildDataset(table, schema).features[1].kind), QStringLiteral("numeric"));
    }

    void missingFileThrows()
    {
        QVERIFY_THROWS_EXCEPTION(Error, readJsonl(QStringLiteral(RETRAINER_TEST_DATA "/sources/none.jsonl")));
    }
};

QTEST_GUILESS_MAIN(TstJsonlSource)
#include "tst_jsonl_source.moc"
