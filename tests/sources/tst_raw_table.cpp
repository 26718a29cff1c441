// The compact row: cells read back as given (views, copies, lists), changed cells, origins spelled from a
// shared prefix, and the rows of a CSV file typed and rejected through it.
#include "dataset.h"
#include "source.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace retrainer;

class TestRawTable : public QObject
{
    Q_OBJECT

private slots:
    void cellsReadBackAsGiven_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("none") << QStringList();
        QTest::newRow("one empty") << QStringList{QString()};
        QTest::newRow("numbers") << QStringList{QStringLiteral("1"), QStringLiteral("-2.5e3"), QStringLiteral("")};
        QTest::newRow("empty between") << QStringList{QString(), QStringLiteral("x"), QString(), QString()};
        QTest::newRow("not ASCII") << QStringList{QStringLiteral("café"), QStringLiteral("नमस्ते"), QStringLiteral("😀 ok")};
        QTest::newRow("separators inside") << QStringList{QStringLiteral("a,b"), QStringLiteral("\"q\"\n\r\t"), QStringLiteral(" ")};
        QTest::newRow("long cell") << QStringList{QString(70000, QLatin1Char('z')), QStringLiteral("after")};
    }

    void cellsReadBackAsGiven()
    {
        QFETCH(QStringList, cells);
        const RawCells row(cells);
        QCOMPARE(row.size(), cells.size());
        QCOMPARE(row.isEmpty(), cells.isEmpty());
        for (qsizetype i = 0; i < cells.size(); ++i) {
            QCOMPARE(row.at(i), QStringView(cells[i]));
            QCOMPARE(row[i].toString(), cells[i]);
            QCOMPARE(row.value(i), cells[i]);
        }
        QCOMPARE(row.toList(), cells);
        QVERIFY(row.value(cells.size()).isEmpty()); // beyond the end: empty, as QStringList::value
        QVERIFY(row.value(-1).isEmpty());

        // UTF-8 appended cell by cell gives the same cells.
        RawCellsBuilder builder;
        for (const QString& cell : cells)
            builder.appendUtf8(cell.toUtf8());
        QCOMPARE(builder.size(), cells.size());
        const RawCells fromUtf8 = builder.take();
        QVERIFY(fromUtf8 == row);
        QCOMPARE(builder.size(), 0); // the builder starts the next row empty
    }

    void builderServesManyRows()
    {
        RawCellsBuilder builder;
        builder.append(QStringLiteral("a long first row's first cell"));
        builder.append(QStringLiteral("b"));
        const RawCells first = builder.take();
        builder.appendUtf8("c");
        const RawCells second = builder.take();
        QCOMPARE(first.toList(), (QStringList{QStringLiteral("a long first row's first cell"), QStringLiteral("b")}));
        QCOMPARE(second.toList(), QStringList{QStringLiteral("c")});
        builder.append(QStringLiteral("dropped"));
        builder.clear();
        QCOMPARE(builder.take().size(), 0);
    }

    void changedCellLeavesOthersAndCopies()
    {
        RawCells row{QStringLiteral("one"), QStringLiteral("call 555-123-4567"), QStringLiteral("three")};
        const RawCells copy = row;
        row.set(1, QStringLiteral("call [PHONE]"));
        QCOMPARE(row.toList(), (QStringList{QStringLiteral("one"), QStringLiteral("call [PHONE]"), QStringLiteral("three")}));
        QCOMPARE(copy.at(1), QStringLiteral("call 555-123-4567")); // a copy keeps what it had
        row.set(0, QStringView());
        QVERIFY(row.at(0).isEmpty());
        QCOMPARE(row.at(2), QStringLiteral("three"));
        QVERIFY(!(row == copy));
    }

    void originsSpelledFromPrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("text");
        QTest::newRow("file line") << QStringLiteral("/data/big.csv:") << qint64(12345) << QStringLiteral("/data/big.csv:12345");
        QTest::newRow("query row") << QStringLiteral("row ") << qint64(1) << QStringLiteral("row 1");
        QTest::newRow("stored sample") << QStringLiteral("sample ") << qint64(9007199254740993) << QStringLiteral("sample 9007199254740993");
        QTest::newRow("line zero") << QStringLiteral("x:") << qint64(0) << QStringLiteral("x:0");
    }

    void originsSpelledFromPrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(qint64, number);
        QFETCH(QString, text);
        const RowOrigin origin(prefix, number);
        QCOMPARE(origin.text(), text);
        QVERIFY(origin == RowOrigin(text)); // the same place given whole compares equal
        QVERIFY(!(origin == RowOrigin(prefix, number + 1)));
        QCOMPARE(RowOrigin(text).text(), text);
        QVERIFY(RowOrigin().text().isEmpty());
    }

    void csvRowsTypedAndRejectedThroughCompactRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("visits.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("t,x,note,y\n"
                   "2025-01-01T00:00:00,1.5,plain,10\n"
                   "2025-01-01T00:01:00,oops,\"two\nlines\",11\n"
                   "2025-01-01T00:02:00,2.5,café,12\n"
                   "2025-01-01T00:03:00,3.5,short\n"
                   "2025-01-01T00:04:00,,\"a,b\",\n");
        file.close();
        const RawTable table = readCsv(path);
        QCOMPARE(table.rows.size(), size_t(4));
        QCOMPARE(table.rows[1].cells.at(2), QStringLiteral("two\nlines"));
        QCOMPARE(table.rows[2].cells.at(2), QStringLiteral("café"));
        QCOMPARE(table.rows[1].origin.text(), path + QStringLiteral(":3"));
        QCOMPARE(table.rows[2].origin.text(), path + QStringLiteral(":5")); // the record on lines 3-4 took two
        QCOMPARE(table.rejected.size(), size_t(1));
        QCOMPARE(table.rejected[0].where, path + QStringLiteral(":6"));
        QCOMPARE(table.rejected[0].reason, QStringLiteral("expected 4 fields, found 3"));

        DatasetSchema schema;
        schema.label = QStringLiteral("y");
        schema.timestamp = QStringLiteral("t");
        schema.features = {QStringLiteral("x")};
        schema.kinds.insert(QStringLiteral("x"), ColumnKind::Numeric); // too few rows to detect it past "oops"
        const Dataset data = buildDataset(table, schema);
        QCOMPARE(data.samples.size(), size_t(2));
        QCOMPARE(data.samples[0].numbers, std::vector<double>{1.5});
        QVERIFY(data.samples[0].categories.empty()); // numeric only: no empty category per feature
        QCOMPARE(data.samples[1].origin.text(), path + QStringLiteral(":5"));
        QCOMPARE(data.rejected.size(), size_t(3));
        QCOMPARE(data.rejected[1].where, path + QStringLiteral(":3"));
        QCOMPARE(data.rejected[1].reason, QStringLiteral("feature 'x' is not a number: 'oops'"));
        QCOMPARE(data.rejected[2].where, path + QStringLiteral(":7"));
        QCOMPARE(data.rejected[2].reason, QStringLiteral("missing label 'y'"));

        schema.features = {QStringLiteral("x"), QStringLiteral("note")};
        const Dataset mixed = buildDataset(table, schema);
        QCOMPARE(mixed.samples[1].categories, (std::vector<std::string>{std::string(), "café"}));
    }
};

QTEST_GUILESS_MAIN(TestRawTable)
#include "tst_raw_table.moc"
