// Typing rows: numbers, timestamps, column kinds, every rejection reason, schema errors; source URIs.
#include "dataset.h"
#include "error.h"
#include "source.h"

#include <QDateTime>
#include <QDir>
#include <QTest>
#include <cmath>

using namespace retrainer;

namespace {

RawTable tableOf(const QStringList& columns, const QList<QStringList>& rows)
{
    RawTable table;
    table.columns = columns;
    int n = 0;
    for (const QStringList& cells : rows)
        table.rows.push_back({cells, QStringLiteral("t.csv:%1").arg(++n + 1)});
    return table;
}

// One column of the given cells, detected.
ColumnKind detectedKind(const QStringList& cells)
{
    QList<QStringList> rows;
    for (const QString& cell : cells)
        rows.append({cell});
    return detectColumnKinds(tableOf({QStringLiteral("c")}, rows)).value(QStringLiteral("c"));
}

QStringList repeated(const QString& text, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(text);
    return list;
}

qint64 localMs(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms)).toMSecsSinceEpoch();
}

qint64 utcMs(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

DatasetSchema regressionSchema()
{
    DatasetSchema schema;
    schema.task = Task::Regression;
    schema.label = QStringLiteral("label");
    schema.timestamp = QStringLiteral("ts");
    return schema;
}

const QStringList kColumns = {QStringLiteral("label"), QStringLiteral("num"), QStringLiteral("cat"), QStringLiteral("ts")};

} // namespace

class TestDataset : public QObject
{
    Q_OBJECT

private slots:
    void parsesNumbers_data();
    void parsesNumbers();
    void parsesTimestamps_data();
    void parsesTimestamps();
    void detectsColumnKinds_data();
    void detectsColumnKinds();
    void rejectsBadRows_data();
    void rejectsBadRows();
    void typesAcceptedSamples();
    void classificationKeepsLabelText();
    void carriesSourceRejectionsFirst();
    void defaultFeaturesAndKindOverrides();
    void schemaErrorsThrow_data();
    void schemaErrorsThrow();
    void parsesSourceUris_data();
    void parsesSourceUris();
    void refusesBadSourceUris_data();
    void refusesBadSourceUris();
};

void TestDataset::parsesNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << QStringLiteral("42") << true << 42.0;
    QTest::newRow("decimal") << QStringLiteral("3.5") << true << 3.5;
    QTest::newRow("exponent") << QStringLiteral("-2e3") << true << -2000.0;
    QTest::newRow("plus sign") << QStringLiteral("+7") << true << 7.0;
    QTest::newRow("spaces trimmed") << QStringLiteral("  1.25 ") << true << 1.25;
    QTest::newRow("leading dot") << QStringLiteral(".5") << true << 0.5;
    QTest::newRow("underflow is zero") << QStringLiteral("1e-400") << true << 0.0;
    QTest::newRow("empty") << QString() << false << 0.0;
    QTest::newRow("text") << QStringLiteral("abc") << false << 0.0;
    QTest::newRow("decimal comma") << QStringLiteral("1,5") << false << 0.0;
    QTest::newRow("trailing text") << QStringLiteral("12kg") << false << 0.0;
    QTest::newRow("NaN") << QStringLiteral("NaN") << false << 0.0;
    QTest::newRow("inf") << QStringLiteral("-inf") << false << 0.0;
    QTest::newRow("Infinity") << QStringLiteral("Infinity") << false << 0.0;
    QTest::newRow("overflow") << QStringLiteral("1e400") << false << 0.0;
    QTest::newRow("double sign") << QStringLiteral("+-1") << false << 0.0;
    // Cells are read in place (a stack buffer for short ones): the long and the non-Latin-1 ones too.
    QTest::newRow("long number") << QStringLiteral("0.") + QString(120, QLatin1Char('0')) + QStringLiteral("15") << true
                                 << 1.5e-121;
    QTest::newRow("64 characters") << QString(63, QLatin1Char('0')) + QStringLiteral("7") << true << 7.0;
    QTest::newRow("long text") << QString(100, QLatin1Char('7')) + QStringLiteral("x") << false << 0.0;
    QTest::newRow("long underflow") << QStringLiteral("1") + QString(70, QLatin1Char('0')) + QStringLiteral("e-500")
                                    << true << 0.0;
    QTest::newRow("Unicode spaces trimmed") << QStringLiteral("\u00A0\u20032.5\u3000") << true << 2.5;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662") << false << 0.0;
    QTest::newRow("Latin-1 letter") << QStringLiteral("1\u00E9") << false << 0.0;
}

void TestDataset::parsesNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const std::optional<double> parsed = parseNumber(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestDataset::parsesTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("ISO local") << QStringLiteral("2024-03-05T10:20:30") << true << localMs(2024, 3, 5, 10, 20, 30);
    QTest::newRow("ISO with ms") << QStringLiteral("2024-03-05T10:20:30.250") << true << localMs(2024, 3, 5, 10, 20, 30, 250);
    QTest::newRow("ISO Z") << QStringLiteral("2024-03-05T10:20:30Z") << true << utcMs(2024, 3, 5, 10, 20, 30);
    QTest::newRow("ISO offset") << QStringLiteral("2024-03-05T10:20:30+02:00") << true << utcMs(2024, 3, 5, 8, 20, 30);
    QTest::newRow("ISO ms and offset") << QStringLiteral("2024-03-05T10:20:30.5-01:00") << true
                                       << utcMs(2024, 3, 5, 11, 20, 30, 500);
    QTest::newRow("space seconds") << QStringLiteral("2024-03-05 10:20:30") << true << localMs(2024, 3, 5, 10, 20, 30);
    QTest::newRow("space minutes") << QStringLiteral("2024-03-05 10:20") << true << localMs(2024, 3, 5, 10, 20);
    QTest::newRow("bare date") << QStringLiteral("2024-03-05") << true << localMs(2024, 3, 5);
    QTest::newRow("unix seconds") << QStringLiteral("1700000000") << true << qint64(1700000000) * 1000;
    QTest::newRow("spaces trimmed") << QStringLiteral(" 2024-03-05 ") << true << localMs(2024, 3, 5);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("text") << QStringLiteral("yesterday") << false << qint64(0);
    QTest::newRow("month 13") << QStringLiteral("2024-13-05") << false << qint64(0);
    QTest::newRow("day first") << QStringLiteral("05/03/2024") << false << qint64(0);
    QTest::newRow("negative number") << QStringLiteral("-5") << false << qint64(0);
    QTest::newRow("huge number") << QStringLiteral("99999999999999999999") << false << qint64(0);
}

void TestDataset::parsesTimestamps()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, ms);
    const std::optional<qint64> parsed = parseTimestamp(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, ms);
}

void TestDataset::detectsColumnKinds_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<ColumnKind>("kind");
    QTest::newRow("numbers") << QStringList({QStringLiteral("1"), QStringLiteral("2.5"), QStringLiteral("-3e2")})
                             << ColumnKind::Numeric;
    QTest::newRow("words") << QStringList({QStringLiteral("red"), QStringLiteral("blue")}) << ColumnKind::Categorical;
    QTest::newRow("2% bad stays numeric") << repeated(QStringLiteral("1.5"), 98) + repeated(QStringLiteral("oops"), 2)
                                          << ColumnKind::Numeric;
    QTest::newRow("10% bad is categorical") << repeated(QStringLiteral("1.5"), 90) + repeated(QStringLiteral("oops"), 10)
                                            << ColumnKind::Categorical;
    QTest::newRow("NaN cells look numeric") << repeated(QStringLiteral("4"), 5) + repeated(QStringLiteral("NaN"), 2)
                                                       + QStringList({QStringLiteral("inf"), QStringLiteral("-Infinity")})
                                            << ColumnKind::Numeric;
    QTest::newRow("empty cells ignored") << repeated(QString(), 50) + QStringList({QStringLiteral("7")}) << ColumnKind::Numeric;
    QTest::newRow("all empty") << repeated(QString(), 3) << ColumnKind::Categorical;
    QTest::newRow("no rows") << QStringList() << ColumnKind::Categorical;
    QTest::newRow("tabs and line breaks separate words")
        << QStringList({QStringLiteral("red\tgreen\nblue"), QStringLiteral("one two  three"), QStringLiteral("four\rfive\fsix\vseven")})
        << ColumnKind::Text;
    QTest::newRow("no-break spaces do not")
        << QStringList({QStringLiteral("red\u00a0green\u00a0blue"), QStringLiteral("one\u00a0two\u00a0three"),
                        QStringLiteral("four\u2003five\u2003six")})
        << ColumnKind::Categorical;
    QTest::newRow("decimal commas") << QStringList({QStringLiteral("1,5"), QStringLiteral("2,5")}) << ColumnKind::Categorical;
}

void TestDataset::detectsColumnKinds()
{
    QFETCH(QStringList, cells);
    QFETCH(ColumnKind, kind);
    QCOMPARE(detectedKind(cells), kind);
}

void TestDataset::rejectsBadRows_data()
{
    // Columns label (regression), num (numeric), cat (categorical), ts (timestamp); an empty reason: accepted.
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("reason");
    const QString longText = QString(50, QLatin1Char('x'));
    auto row = [](const char* label, const char* num, const char* cat, const char* ts) {
        return QStringList({QString::fromUtf8(label), QString::fromUtf8(num), QString::fromUtf8(cat), QString::fromUtf8(ts)});
    };
    QTest::newRow("good") << row("1.5", "2", "a", "2024-01-01") << QString();
    QTest::newRow("missing numeric is accepted") << row("1.5", "", "a", "2024-01-01") << QString();
    QTest::newRow("missing category is accepted") << row("1.5", "2", "", "2024-01-01") << QString();
    QTest::newRow("missing label") << row("", "2", "a", "2024-01-01") << QStringLiteral("missing label 'label'");
    QTest::newRow("blank label") << row("   ", "2", "a", "2024-01-01") << QStringLiteral("missing label 'label'");
    QTest::newRow("text label") << row("abc", "2", "a", "2024-01-01") << QStringLiteral("label 'label' is not a number: 'abc'");
    QTest::newRow("NaN label") << row("NaN", "2", "a", "2024-01-01") << QStringLiteral("label 'label' is NaN or infinite");
    QTest::newRow("inf label") << row("-inf", "2", "a", "2024-01-01") << QStringLiteral("label 'label' is NaN or infinite");
    QTest::newRow("NaN feature") << row("1", "nan", "a", "2024-01-01") << QStringLiteral("feature 'num' is NaN or infinite");
    QTest::newRow("Infinity feature") << row("1", "Infinity", "a", "2024-01-01")
                                      << QStringLiteral("feature 'num' is NaN or infinite");
    QTest::newRow("text feature") << row("1", "abc", "a", "2024-01-01") << QStringLiteral("feature 'num' is not a number: 'abc'");
    QTest::newRow("long value truncated") << row("1", longText.toUtf8().constData(), "a", "2024-01-01")
                                          << QStringLiteral("feature 'num' is not a number: '%1…'").arg(QString(40, QLatin1Char('x')));
    QTest::newRow("empty timestamp") << row("1", "2", "a", "") << QStringLiteral("unparseable timestamp 'ts': ''");
    QTest::newRow("bad timestamp") << row("1", "2", "a", "xyz") << QStringLiteral("unparseable timestamp 'ts': 'xyz'");
    QTest::newRow("first problem wins") << row("", "abc", "a", "xyz") << QStringLiteral("missing label 'label'");
    QTest::newRow("too few cells") << QStringList({QStringLiteral("1"), QStringLiteral("2")})
                                   << QStringLiteral("expected 4 fields, found 2");
}

void TestDataset::rejectsBadRows()
{
    QFETCH(QStringList, row);
    QFETCH(QString, reason);
    // Padding rows keep "num" numeric whatever the tested cell holds.
    QList<QStringList> rows(30, QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("2024-01-02")}));
    rows.append(row);
    DatasetSchema schema = regressionSchema();
    schema.kinds.insert(QStringLiteral("cat"), ColumnKind::Categorical);
    const Dataset data = buildDataset(tableOf(kColumns, rows), schema);
    if (reason.isEmpty()) {
        QCOMPARE(data.samples.size(), size_t(31));
        QVERIFY(data.rejected.empty());
    } else {
        QCOMPARE(data.samples.size(), size_t(30));
        QCOMPARE(data.rejected.size(), size_t(1));
        QCOMPARE(data.rejected[0].where, QStringLiteral("t.csv:32"));
        QCOMPARE(data.rejected[0].reason, reason);
    }
    // Checking only (the sample store's import) rejects the same rows for the same reasons and keeps no samples.
    const Dataset checked = buildDataset(tableOf(kColumns, rows), schema, Typed::RejectionsOnly);
    QVERIFY(checked.samples.empty());
    QCOMPARE(checked.rejected.size(), data.rejected.size());
    for (size_t i = 0; i < checked.rejected.size(); ++i) {
        QCOMPARE(checked.rejected[i].where, data.rejected[i].where);
        QCOMPARE(checked.rejected[i].reason, data.rejected[i].reason);
    }
}

void TestDataset::typesAcceptedSamples()
{
    DatasetSchema schema = regressionSchema();
    const RawTable table = tableOf(kColumns, {{QStringLiteral(" 2.5 "), QStringLiteral(""), QStringLiteral(" café "), QStringLiteral("2024-01-02T03:04:05Z")},
                                              {QStringLiteral("-1"), QStringLiteral("7"), QStringLiteral("x"), QStringLiteral("1700000000")}});
    const Dataset data = buildDataset(table, schema);
    QVERIFY(data.hasTimestamp);
    QVERIFY(data.task == Task::Regression);
    QCOMPARE(data.features.size(), size_t(2));
    QCOMPARE(data.features[0].name, QStringLiteral("num"));
    QCOMPARE(data.features[0].kind, ColumnKind::Numeric);
    QCOMPARE(data.features[1].name, QStringLiteral("cat"));
    QCOMPARE(data.features[1].kind, ColumnKind::Categorical);
    QCOMPARE(data.samples.size(), size_t(2));

    const Sample& first = data.samples[0];
    QCOMPARE(first.target, 2.5);
    QCOMPARE(first.label, std::string("2.5"));
    QVERIFY(std::isnan(first.numbers[0])); // missing, imputed later
    QVERIFY(std::isnan(first.numbers[1])); // categorical
    QCOMPARE(first.categories[0], std::string());
    QCOMPARE(first.categories[1], std::string("café"));
    QCOMPARE(first.timestampMs, utcMs(2024, 1, 2, 3, 4, 5));
    QCOMPARE(first.origin, QStringLiteral("t.csv:2"));
    QCOMPARE(data.samples[1].numbers[0], 7.0);
    QCOMPARE(data.samples[1].timestampMs, qint64(1700000000) * 1000);

    schema.timestamp.clear();
    const Dataset untimed = buildDataset(table, schema);
    QVERIFY(!untimed.hasTimestamp);
    QCOMPARE(untimed.features.size(), size_t(3)); // ts becomes a feature
    QCOMPARE(untimed.samples[0].timestampMs, kNoTimestamp);
}

void TestDataset::classificationKeepsLabelText()
{
    DatasetSchema schema;
    schema.task = Task::Classification;
    schema.label = QStringLiteral("outcome");
    const RawTable table = tableOf({QStringLiteral("x"), QStringLiteral("outcome")},
                                   {{QStringLiteral("1"), QStringLiteral(" sick ")}, {QStringLiteral("2"), QStringLiteral("NaN")},
                                    {QStringLiteral("3"), QString()}});
    const Dataset data = buildDataset(table, schema);
    QVERIFY(data.task == Task::Classification);
    QCOMPARE(data.samples.size(), size_t(2));
    QCOMPARE(data.samples[0].label, std::string("sick"));
    QCOMPARE(data.samples[1].label, std::string("NaN")); // a class name, not a number
    QCOMPARE(data.rejected.size(), size_t(1));
    QCOMPARE(data.rejected[0].reason, QStringLiteral("missing label 'outcome'"));
}

void TestDataset::carriesSourceRejectionsFirst()
{
    RawTable table = tableOf({QStringLiteral("y"), QStringLiteral("x")},
                             {{QStringLiteral("1"), QStringLiteral("1")}, {QStringLiteral("oops"), QStringLiteral("2")}});
    table.rejected.push_back({QStringLiteral("t.csv:9"), QStringLiteral("expected 2 fields, found 3")});
    table.rejected.push_back({QStringLiteral("t.csv:12"), QStringLiteral("expected 2 fields, found 1")});
    DatasetSchema schema;
    schema.label = QStringLiteral("y");
    const Dataset data = buildDataset(table, schema);
    QCOMPARE(data.rejected.size(), size_t(3));
    QCOMPARE(data.rejected[0].where, QStringLiteral("t.csv:9"));
    QCOMPARE(data.rejected[1].where, QStringLiteral("t.csv:12"));
    QCOMPARE(data.rejected[2].where, QStringLiteral("t.csv:3"));
    QCOMPARE(data.rejected[2].reason, QStringLiteral("label 'y' is not a number: 'oops'"));
}

void TestDataset::defaultFeaturesAndKindOverrides()
{
    const RawTable table = tableOf({QStringLiteral("zip"), QStringLiteral("y"), QStringLiteral("size"), QStringLiteral("colour")},
                                   {{QStringLiteral("1000"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("red")},
                                    {QStringLiteral("2000"), QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("blue")}});
    DatasetSchema schema;
    schema.label = QStringLiteral("y");
    schema.kinds.insert(QStringLiteral("zip"), ColumnKind::Categorical);
    Dataset data = buildDataset(table, schema);
    QCOMPARE(data.features.size(), size_t(3));
    QCOMPARE(data.features[0].name, QStringLiteral("zip"));
    QCOMPARE(data.features[0].kind, ColumnKind::Categorical); // overridden though it looks numeric
    QCOMPARE(data.features[1].kind, ColumnKind::Numeric);
    QCOMPARE(data.features[2].kind, ColumnKind::Categorical);
    QCOMPARE(data.samples[1].categories[0], std::string("2000"));

    schema.features = QStringList({QStringLiteral("colour"), QStringLiteral("size")});
    data = buildDataset(table, schema);
    QCOMPARE(data.features.size(), size_t(2));
    QCOMPARE(data.features[0].name, QStringLiteral("colour"));
    QCOMPARE(data.samples[0].categories[0], std::string("red"));
    QCOMPARE(data.samples[0].numbers[1], 3.0);
}

void TestDataset::schemaErrorsThrow_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown label") << QStringLiteral("x") << QString() << QStringList()
                                   << QStringLiteral("label column 'x' not found in columns a, b, c");
    QTest::newRow("no label") << QString() << QString() << QStringList() << QStringLiteral("no label column given (columns are a, b, c)");
    QTest::newRow("unknown timestamp") << QStringLiteral("a") << QStringLiteral("when") << QStringList()
                                       << QStringLiteral("timestamp column 'when' not found in columns a, b, c");
    QTest::newRow("unknown feature") << QStringLiteral("a") << QString() << QStringList({QStringLiteral("b"), QStringLiteral("zz")})
                                     << QStringLiteral("feature column 'zz' not found in columns a, b, c");
    QTest::newRow("label as feature") << QStringLiteral("a") << QString() << QStringList({QStringLiteral("a")})
                                      << QStringLiteral("feature 'a' is the label column");
}

void TestDataset::schemaErrorsThrow()
{
    QFETCH(QString, label);
    QFETCH(QString, timestamp);
    QFETCH(QStringList, features);
    QFETCH(QString, message);
    DatasetSchema schema;
    schema.label = label;
    schema.timestamp = timestamp;
    schema.features = features;
    const RawTable table = tableOf({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                   {{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}});
    try {
        buildDataset(table, schema);
        QFAIL("buildDataset did not throw");
    } catch (const Error& error) {
        QCOMPARE(error.message(), message);
    }
}

void TestDataset::parsesSourceUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<SourceUri::Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("query");
    const QString base = QStringLiteral("/work/space");
    QTest::newRow("relative csv") << QStringLiteral("csv:data/visits.csv") << SourceUri::Kind::Csv
                                  << base + QStringLiteral("/data/visits.csv") << QString() << QString();
    QTest::newRow("absolute csv") << QStringLiteral("csv:/srv/x.csv") << SourceUri::Kind::Csv << QStringLiteral("/srv/x.csv")
                                  << QString() << QString();
    QTest::newRow("csv with question mark") << QStringLiteral("csv:odd?name.csv") << SourceUri::Kind::Csv
                                            << base + QStringLiteral("/odd?name.csv") << QString() << QString();
    QTest::newRow("dotted path") << QStringLiteral("csv:../other/x.csv") << SourceUri::Kind::Csv
                                 << QStringLiteral("/work/other/x.csv") << QString() << QString();
    QTest::newRow("sqlite table") << QStringLiteral("sqlite:db/clinic.sqlite?table=visits") << SourceUri::Kind::Sqlite
                                  << base + QStringLiteral("/db/clinic.sqlite") << QStringLiteral("visits") << QString();
    QTest::newRow("sqlite query plain") << QStringLiteral("sqlite:/d.db?query=SELECT a, b FROM t WHERE a = 1 AND b <> 'x&y'")
                                        << SourceUri::Kind::Sqlite << QStringLiteral("/d.db") << QString()
                                        << QStringLiteral("SELECT a, b FROM t WHERE a = 1 AND b <> 'x&y'");
    QTest::newRow("sqlite query encoded") << QStringLiteral("sqlite:/d.db?query=SELECT%20*%20FROM%20t%20WHERE%20c%3D%27%C3%A9%27")
                                          << SourceUri::Kind::Sqlite << QStringLiteral("/d.db") << QString()
                                          << QStringLiteral("SELECT * FROM t WHERE c='é'");
    QTest::newRow("sqlite query literal percent") << QStringLiteral("sqlite:/d.db?query=SELECT * FROM t WHERE n LIKE 'a%'")
                                                  << SourceUri::Kind::Sqlite << QStringLiteral("/d.db") << QString()
                                                  << QStringLiteral("SELECT * FROM t WHERE n LIKE 'a%'");
    QTest::newRow("store") << QStringLiteral("store:") << SourceUri::Kind::Store << QString() << QString() << QString();
}

void TestDataset::parsesSourceUris()
{
    QFETCH(QString, uri);
    QFETCH(SourceUri::Kind, kind);
    QFETCH(QString, path);
    QFETCH(QString, table);
    QFETCH(QString, query);
    const SourceUri source = SourceUri::parse(uri, QStringLiteral("/work/space"));
    QCOMPARE(source.kind, kind);
    QCOMPARE(source.path, path);
    QCOMPARE(source.table, table);
    QCOMPARE(source.query, query);
}

void TestDataset::refusesBadSourceUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown scheme") << QStringLiteral("http://x/y.csv") << QStringLiteral("unknown kind 'http'");
    QTest::newRow("no scheme") << QStringLiteral("visits.csv") << QStringLiteral("no kind");
    QTest::newRow("empty") << QString() << QStringLiteral("no kind");
    QTest::newRow("csv without path") << QStringLiteral("csv:") << QStringLiteral("no file path");
    QTest::newRow("sqlite without path") << QStringLiteral("sqlite:?table=t") << QStringLiteral("no database path");
    QTest::newRow("sqlite without table") << QStringLiteral("sqlite:d.db") << QStringLiteral("no table or query");
    QTest::newRow("sqlite empty table") << QStringLiteral("sqlite:d.db?table=") << QStringLiteral("no table or query");
    QTest::newRow("sqlite unknown parameter") << QStringLiteral("sqlite:d.db?sheet=1") << QStringLiteral("no table or query");
    QTest::newRow("store with path") << QStringLiteral("store:elsewhere") << QStringLiteral("takes no path");
}

void TestDataset::refusesBadSourceUris()
{
    QFETCH(QString, uri);
    QFETCH(QString, messagePart);
    try {
        SourceUri::parse(uri, QStringLiteral("/work/space"));
        QFAIL("SourceUri::parse did not throw");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(QLatin1Char('\'') + uri + QLatin1Char('\'')), qPrintable(error.message()));
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
