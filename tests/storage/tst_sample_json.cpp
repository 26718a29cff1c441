// SampleJson writes a sample's JSON text directly; it must give byte for byte what the store wrote before,
// nlohmann::ordered_json's dump() of {column: cell}, so rows imported before and after read back the same.
#include "sample_json.h"
#include "store.h"
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace retrainer;

namespace {

// What Store::addSamples stored for a row before SampleJson: the reference the new text must equal.
QString referenceText(const QStringList& columns, const QStringList& cells)
{
    nlohmann::ordered_json data = nlohmann::ordered_json::object();
    for (qsizetype i = 0; i < columns.size() && i < cells.size(); ++i)
        data[columns[i].toStdString()] = cells[i].toStdString();
    return QString::fromStdString(data.dump());
}

QString withControlCharacters()
{
    QString text = QStringLiteral("a");
    for (char16_t c = 0; c < 0x20; ++c)
        text += QChar(c);
    return text + QChar(0x7F) + QStringLiteral("z");
}

} // namespace

class TestSampleJson : public QObject
{
    Q_OBJECT

private slots:
    void sameTextAsBefore_data()
    {
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QStringList>("cells");
        const QStringList xy{QStringLiteral("x"), QStringLiteral("y")};
        QTest::newRow("numbers") << xy << QStringList{QStringLiteral("1.5"), QStringLiteral("-2e3")};
        QTest::newRow("empty and null cells") << xy << QStringList{QString(), QStringLiteral("")};
        QTest::newRow("quotes and backslashes") << xy << QStringList{QStringLiteral("say \"hi\""), QStringLiteral("C:\\dir\\")};
        QTest::newRow("control characters") << xy << QStringList{withControlCharacters(), QStringLiteral("\t\r\n")};
        QTest::newRow("non-ASCII") << xy << QStringList{QStringLiteral("Müller · 東京"), QStringLiteral("emoji 😀 end")};
        QTest::newRow("lone surrogate") << xy << QStringList{QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"),
                                                            QString(QChar(0xDC00))};
        QTest::newRow("escaped column names") << QStringList{QStringLiteral("a \"b\""), QStringLiteral("tab\there")}
                                              << QStringList{QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("fewer cells than columns") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                                  << QStringList{QStringLiteral("1")};
        QTest::newRow("more cells than columns") << QStringList{QStringLiteral("a")}
                                                 << QStringList{QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("repeated column: first place, last value")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}
            << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
        QTest::newRow("repeated column beyond the row's end")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}
            << QStringList{QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("no columns") << QStringList{} << QStringList{QStringLiteral("1")};
    }

    void sameTextAsBefore()
    {
        QFETCH(QStringList, columns);
        QFETCH(QStringList, cells);
        QCOMPARE(SampleJson(columns).row(cells), referenceText(columns, cells));
    }

    // The UTF-8 text the SQLite store binds: the reference's UTF-8 bytes, and a reused buffer holds only the
    // last row written into it.
    void sameUtf8AsBefore_data() { sameTextAsBefore_data(); }
    void sameUtf8AsBefore()
    {
        QFETCH(QStringList, columns);
        QFETCH(QStringList, cells);
        const SampleJson json(columns);
        std::string buffer = "left from an earlier row";
        json.writeUtf8(buffer, cells);
        QCOMPARE(QByteArray::fromStdString(buffer), referenceText(columns, cells).toUtf8());
        json.writeUtf8(buffer, cells);
        QCOMPARE(QByteArray::fromStdString(buffer), referenceText(columns, cells).toUtf8());
    }

    // Through the store: the text in the samples table is the reference text, and the rows read back equal
    // the rows imported.
    void storedRowsAsBefore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        RawTable table;
        table.columns = {QStringLiteral("when"), QStringLiteral("note"), QStringLiteral("y")};
        for (int i = 0; i < 200; ++i) {
            const QString note = i % 3 == 0 ? QStringLiteral("line %1\n\"quoted\" \\ ü").arg(i) : QString();
            table.rows.push_back({{QStringLiteral("2025-01-01T00:%1:00").arg(i % 60, 2, 10, QLatin1Char('0')), note,
                                   QString::number(i * 0.5)},
                                  QStringLiteral("row %1").arg(i)});
        }
        {
            Store store(path);
            QCOMPARE(store.addSamples(QStringLiteral("m"), table), 200);
            const RawTable back = store.samples(QStringLiteral("m"));
            QCOMPARE(back.columns, table.columns);
            QCOMPARE(back.rows.size(), table.rows.size());
            for (size_t i = 0; i < back.rows.size(); ++i) {
                QCOMPARE(back.rows[i].cells.size(), table.rows[i].cells.size());
                for (qsizetype c = 0; c < back.rows[i].cells.size(); ++c) // null and empty read back alike
                    QCOMPARE(back.rows[i].cells[c], table.rows[i].cells[c]);
            }
        }
        const QString name = QStringLiteral("tst-sample-json-raw");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(QStringLiteral("SELECT data, typeof(data), model, added FROM samples ORDER BY id"), db);
            size_t i = 0;
            while (q.next()) {
                QVERIFY(i < table.rows.size());
                QCOMPARE(q.value(1).toString(), QStringLiteral("text")); // stored as text, never as a blob
                QCOMPARE(q.value(2).toString(), QStringLiteral("m"));
                QVERIFY(QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs).isValid());
                QCOMPARE(q.value(0).toString(), referenceText(table.columns, table.rows[i].cells.toList()));
                ++i;
            }
            QCOMPARE(i, table.rows.size());
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestSampleJson)
#include "tst_sample_json.moc"
