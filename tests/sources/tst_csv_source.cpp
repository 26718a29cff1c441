// readCsv: RFC 4180 records, line numbers of every record, rejections and errors.
#include "dataset.h"
#include "error.h"
#include "source.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace retrainer;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(RETRAINER_TEST_DATA "/sources/") + QLatin1String(name);
}

QStringList origins(const RawTable& table)
{
    QStringList list;
    for (const RawRow& row : table.rows)
        list.append(row.origin.text());
    return list;
}

QStringList rejections(const std::vector<RejectedRow>& rejected)
{
    QStringList list;
    for (const RejectedRow& row : rejected)
        list.append(row.where + QLatin1String(" | ") + row.reason);
    return list;
}

QStringList cells(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestCsvSource : public QObject
{
    Q_OBJECT

private slots:
    void quotedFieldsAndEmbeddedNewlines();
    void crlfAndByteOrderMark();
    void wrongFieldCountIsRejectedWithLine();
    void malformedQuotingIsRejectedNotFatal_data();
    void malformedQuotingIsRejectedNotFatal();
    void thousandRowsWithThreeBad();
    void unreadableFilesThrow_data();
    void unreadableFilesThrow();
    void headerOnlyGivesNoRows();
    void lastRecordWithoutLineBreak();
};

void TestCsvSource::quotedFieldsAndEmbeddedNewlines()
{
    const QString path = fixture("quoted.csv");
    const RawTable table = readCsv(path);
    QCOMPARE(table.columns, cells({"id", "name", "comment"}));
    QCOMPARE(table.rows.size(), size_t(3));
    QCOMPARE(table.rows[0].cells, cells({"1", "Smith, John", "He said \"hi\""}));
    QCOMPARE(table.rows[1].cells, cells({"2", "multi\nline\nnote", "plain"}));
    QCOMPARE(table.rows[2].cells, cells({"3", "after", "a,b,c"}));
    // The record after the three-line field starts on line 7 (line 6 is empty and skipped).
    QCOMPARE(origins(table), QStringList({path + QLatin1String(":2"), path + QLatin1String(":3"),
                                          path + QLatin1String(":7")}));
    QVERIFY(table.rejected.empty());
}

void TestCsvSource::crlfAndByteOrderMark()
{
    const QString path = fixture("crlf_bom.csv");
    const RawTable table = readCsv(path);
    QCOMPARE(table.columns, cells({"a", "b", "c"})); // no BOM left on "a"
    QCOMPARE(table.rows.size(), size_t(3));
    QCOMPARE(table.rows[0].cells, cells({"1", "2", "3"}));           // no '\r' left on "3"
    QCOMPARE(table.rows[1].cells, cells({"4", "x\r\ny", "6"}));      // a quoted CRLF is content
    QCOMPARE(table.rows[2].cells, cells({"7", "8", "9"}));
    QCOMPARE(origins(table), QStringList({path + QLatin1String(":2"), path + QLatin1String(":3"),
                                          path + QLatin1String(":5")}));
}

void TestCsvSource::wrongFieldCountIsRejectedWithLine()
{
    const QString path = fixture("wrong_count.csv");
    const RawTable table = readCsv(path);
    QCOMPARE(origins(table), QStringList({path + QLatin1String(":2"), path + QLatin1String(":4"),
                                          path + QLatin1String(":6")}));
    QCOMPARE(table.rows[2].cells, cells({"13", "14", "15"}));
    QCOMPARE(rejections(table.rejected),
             QStringList({path + QLatin1String(":3 | expected 3 fields, found 2"),
                          path + QLatin1String(":5 | expected 3 fields, found 4")}));
}

void TestCsvSource::malformedQuotingIsRejectedNotFatal_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("rowLines");
    QTest::addColumn<QStringList>("rejectedLines");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("stray quotes") << QStringLiteral("stray_quote.csv") << QStringList({QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("6")})
                                  << QStringList({QStringLiteral("3"), QStringLiteral("5")}) << QStringLiteral("malformed quoting");
    QTest::newRow("unterminated quote") << QStringLiteral("unterminated.csv") << QStringList({QStringLiteral("2")})
                                        << QStringList({QStringLiteral("3")}) << QStringLiteral("never closed");
}

void TestCsvSource::malformedQuotingIsRejectedNotFatal()
{
    QFETCH(QString, file);
    QFETCH(QStringList, rowLines);
    QFETCH(QStringList, rejectedLines);
    QFETCH(QString, reasonPart);
    const QString path = fixture(file.toUtf8().constData());
    const RawTable table = readCsv(path);
    QStringList expectedOrigins;
    for (const QString& line : rowLines)
        expectedOrigins.append(path + QLatin1Char(':') + line);
    QCOMPARE(origins(table), expectedOrigins);
    QCOMPARE(table.rejected.size(), size_t(rejectedLines.size()));
    for (size_t i = 0; i < table.rejected.size(); ++i) {
        QCOMPARE(table.rejected[i].where, path + QLatin1Char(':') + rejectedLines.at(qsizetype(i)));
        QVERIFY2(table.rejected[i].reason.contains(reasonPart), qPrintable(table.rejected[i].reason));
    }
}

void TestCsvSource::thousandRowsWithThreeBad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QByteArray bytes = "x,y,color,target\n";
    for (int i = 1; i <= 1000; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i == 100)
            bytes += n + "," + n + ".5,red\n";                       // line 101: 3 fields
        else if (i == 500)
            bytes += "abc," + n + ".5,blue," + n + "\n";             // line 501: text in numeric x
        else if (i == 900)
            bytes += n + ",NaN,green," + n + "\n";                   // line 901: NaN in numeric y
        else
            bytes += n + "," + n + ".5," + (i % 2 ? "red" : "blue") + "," + QByteArray::number(i * 2) + "\n";
    }
    writeFile(path, bytes);

    const RawTable table = readCsv(path);
    QCOMPARE(table.rows.size(), size_t(999));
    DatasetSchema schema;
    schema.task = Task::Regression;
    schema.label = QStringLiteral("target");
    const Dataset data = buildDataset(table, schema);

    QCOMPARE(data.samples.size(), size_t(997));
    QCOMPARE(rejections(data.rejected),
             QStringList({path + QLatin1String(":101 | expected 4 fields, found 3"),
                          path + QLatin1String(":501 | feature 'x' is not a number: 'abc'"),
                          path + QLatin1String(":901 | feature 'y' is NaN or infinite")}));
    QCOMPARE(data.features.size(), size_t(3));
    QCOMPARE(data.features[0].kind, ColumnKind::Numeric);
    QCOMPARE(data.features[1].kind, ColumnKind::Numeric);
    QCOMPARE(data.features[2].kind, ColumnKind::Categorical);
    const Sample& last = data.samples.back();
    QCOMPARE(last.origin, path + QLatin1String(":1001"));
    QCOMPARE(last.numbers[0], 1000.0);
    QCOMPARE(last.numbers[1], 1000.5);
    QVERIFY(std::isnan(last.numbers[2]));
    QCOMPARE(last.categories[2], std::string("blue"));
    QCOMPARE(last.target, 2000.0);
}

void TestCsvSource::unreadableFilesThrow_data()
{
    QTest::addColumn<QByteArray>("content"); // written to the file unless null
    QTest::addColumn<bool>("directory");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing file") << QByteArray() << false << QStringLiteral("cannot open");
    QTest::newRow("directory") << QByteArray() << true << QStringLiteral("cannot");
    QTest::newRow("empty file") << QByteArray("") << false << QStringLiteral("is empty");
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << false << QStringLiteral("is empty");
    QTest::newRow("blank lines only") << QByteArray("\n  \r\n\n") << false << QStringLiteral("no header");
    QTest::newRow("broken header") << QByteArray("a,b\"c\n1,2\n") << false << QStringLiteral("header");
}

void TestCsvSource::unreadableFilesThrow()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, directory);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("input.csv"));
    if (directory)
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("input.csv")));
    else if (!content.isNull())
        writeFile(path, content);
    try {
        readCsv(path);
        QFAIL("readCsv did not throw");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
    }
}

void TestCsvSource::headerOnlyGivesNoRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("header.csv"));
    writeFile(path, "a,b\n");
    const RawTable table = readCsv(path);
    QCOMPARE(table.columns, cells({"a", "b"}));
    QVERIFY(table.rows.empty());
    QVERIFY(table.rejected.empty());
}

void TestCsvSource::lastRecordWithoutLineBreak()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tail.csv"));
    writeFile(path, "a,b\n1,2\n\n3,\"x\ny\"");
    const RawTable table = readCsv(path);
    QCOMPARE(table.rows.size(), size_t(2));
    QCOMPARE(table.rows[1].cells, cells({"3", "x\ny"}));
    QCOMPARE(table.rows[1].origin, path + QLatin1String(":4"));
}

QTEST_GUILESS_MAIN(TestCsvSource)
#include "tst_csv_source.moc"
