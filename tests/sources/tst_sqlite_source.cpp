// readSqlite: tables and queries of a real SQLite file, NULLs, number text, errors and threads.
#include "error.h"
#include "source.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <thread>

using namespace retrainer;

namespace {

QStringList cells(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestSqliteSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsTableWithNullsAndNumbers();
    void readsQuery();
    void countsRowsWithoutReadingThem();
    void quotesTableName();
    void emptyResultKeepsColumns();
    void listsTables();
    void failuresThrow_data();
    void failuresThrow();
    void opensReadOnly();
    void readsOnWorkerThreads();
    void leavesNoConnectionBehind();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestSqliteSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("visits.sqlite"));
    const QString connection = QStringLiteral("tst_sqlite_source-setup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_db);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        const char* statements[] = {
            "CREATE TABLE visits (id INTEGER, clinic TEXT, weight REAL, big INTEGER, note TEXT)",
            "INSERT INTO visits VALUES (1, 'north', 0.1, 9007199254740993, 'first')",
            "INSERT INTO visits VALUES (2, NULL, 72.25, -5, NULL)",
            "INSERT INTO visits VALUES (3, 'south', NULL, 0, 'café, \"quoted\"')",
            "INSERT INTO visits VALUES (4, 'north', 1e-7, 42, '')",
            "CREATE TABLE \"odd \"\"name\"\"\" (x INTEGER)",
            "INSERT INTO \"odd \"\"name\"\"\" VALUES (7)",
            "CREATE TABLE empty (a TEXT, b REAL)",
        };
        for (const char* statement : statements)
            QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestSqliteSource::readsTableWithNullsAndNumbers()
{
    const RawTable table = readSqlite(m_db, QStringLiteral("visits"), QString());
    QCOMPARE(table.columns, cells({"id", "clinic", "weight", "big", "note"}));
    QCOMPARE(table.rows.size(), size_t(4));
    QCOMPARE(table.rows[0].cells, cells({"1", "north", "0.1", "9007199254740993", "first"}));
    QCOMPARE(table.rows[1].cells, cells({"2", "", "72.25", "-5", ""}));
    QCOMPARE(table.rows[2].cells, cells({"3", "south", "", "0", "café, \"quoted\""}));
    QCOMPARE(table.rows[3].cells[2].toDouble(), 1e-7); // C locale, round-trips exactly
    for (size_t i = 0; i < table.rows.size(); ++i)
        QCOMPARE(table.rows[i].origin, QStringLiteral("row %1").arg(i + 1));
    QVERIFY(table.rejected.empty());
}

void TestSqliteSource::readsQuery()
{
    const RawTable table =
        readSqlite(m_db, QString(), QStringLiteral("SELECT clinic, weight * 2 AS doubled FROM visits WHERE weight > 0.5"));
    QCOMPARE(table.columns, cells({"clinic", "doubled"}));
    QCOMPARE(table.rows.size(), size_t(1));
    QCOMPARE(table.rows[0].cells, cells({"", "144.5"}));
    QCOMPARE(table.rows[0].origin, QStringLiteral("row 1"));
}

void TestSqliteSource::countsRowsWithoutReadingThem()
{
    QCOMPARE(countSqliteRows(m_db, QStringLiteral("visits"), QString()), qint64(4));
    QCOMPARE(countSqliteRows(m_db, QStringLiteral("odd \"name\""), QString()), qint64(1));
    QCOMPARE(countSqliteRows(m_db, QStringLiteral("empty"), QString()), qint64(0));
    // A query, with the trailing semicolon people type, counts what it selects.
    QCOMPARE(countSqliteRows(m_db, QString(), QStringLiteral("SELECT * FROM visits WHERE clinic = 'north';")), qint64(2));
    QVERIFY_THROWS_EXCEPTION(Error, countSqliteRows(m_db, QStringLiteral("missing"), QString()));
}

void TestSqliteSource::quotesTableName()
{
    const RawTable table = readSqlite(m_db, QStringLiteral("odd \"name\""), QString());
    QCOMPARE(table.columns, cells({"x"}));
    QCOMPARE(table.rows.size(), size_t(1));
    QCOMPARE(table.rows[0].cells, cells({"7"}));
}

void TestSqliteSource::emptyResultKeepsColumns()
{
    const RawTable table = readSqlite(m_db, QStringLiteral("empty"), QString());
    QCOMPARE(table.columns, cells({"a", "b"}));
    QVERIFY(table.rows.empty());
}

void TestSqliteSource::listsTables()
{
    QCOMPARE(listSqliteTables(m_db), cells({"empty", "odd \"name\"", "visits"}));
    try {
        listSqliteTables(m_dir.filePath(QStringLiteral("missing.sqlite")));
        QFAIL("a missing database must throw");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(QStringLiteral("does not exist")), qPrintable(e.message()));
    }
    const QString notADatabase = m_dir.filePath(QStringLiteral("text.csv"));
    QFile file(notADatabase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a,b\n1,2\n3,4\n5,6\n7,8\n9,10\n11,12\n13,14\n15,16\n17,18\n19,20\n");
    file.close();
    try {
        listSqliteTables(notADatabase);
        QFAIL("a file that is not a database must throw");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(notADatabase), qPrintable(e.message()));
    }
}

void TestSqliteSource::failuresThrow_data()
{
    QTest::addColumn<bool>("missingFile");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing file") << true << QStringLiteral("visits") << QString() << QStringLiteral("does not exist");
    QTest::newRow("missing table") << false << QStringLiteral("nope") << QString() << QStringLiteral("no such table: nope");
    QTest::newRow("bad query") << false << QString() << QStringLiteral("SELECT missing_col FROM visits")
                               << QStringLiteral("no such column: missing_col");
    QTest::newRow("injection stays a name") << false << QStringLiteral("visits\"; DROP TABLE visits; --") << QString()
                                            << QStringLiteral("no such table");
    QTest::newRow("neither table nor query") << false << QString() << QString() << QStringLiteral("no table or query");
}

void TestSqliteSource::failuresThrow()
{
    QFETCH(bool, missingFile);
    QFETCH(QString, table);
    QFETCH(QString, query);
    QFETCH(QString, messagePart);
    const QString path = missingFile ? m_dir.filePath(QStringLiteral("absent.sqlite")) : m_db;
    try {
        readSqlite(path, table, query);
        QFAIL("readSqlite did not throw");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.sqlite")))); // never created by reading
    QCOMPARE(readSqlite(m_db, QStringLiteral("visits"), QString()).rows.size(), size_t(4));
}

void TestSqliteSource::opensReadOnly()
{
    const QByteArray before = fileHash(m_db);
    QVERIFY(!before.isEmpty());
    QVERIFY_THROWS_EXCEPTION(Error, readSqlite(m_db, QString(), QStringLiteral("DELETE FROM visits")));
    QCOMPARE(fileHash(m_db), before);
    QCOMPARE(readSqlite(m_db, QStringLiteral("visits"), QString()).rows.size(), size_t(4));
}

void TestSqliteSource::readsOnWorkerThreads()
{
    constexpr int kThreads = 4;
    std::vector<RawTable> results(kThreads);
    std::vector<QString> failures(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([this, t, &results, &failures] {
            try {
                for (int round = 0; round < 5; ++round)
                    results[size_t(t)] = readSqlite(m_db, QStringLiteral("visits"), QString());
            } catch (const Error& error) {
                failures[size_t(t)] = error.message();
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (int t = 0; t < kThreads; ++t) {
        QVERIFY2(failures[size_t(t)].isEmpty(), qPrintable(failures[size_t(t)]));
        QCOMPARE(results[size_t(t)].rows.size(), size_t(4));
        QCOMPARE(results[size_t(t)].rows[3].origin, QStringLiteral("row 4"));
    }

    RawTable fromQThread;
    std::unique_ptr<QThread> worker(QThread::create([this, &fromQThread] {
        fromQThread = readSqlite(m_db, QString(), QStringLiteral("SELECT id FROM visits ORDER BY id DESC"));
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QCOMPARE(fromQThread.rows.size(), size_t(4));
    QCOMPARE(fromQThread.rows[0].cells, cells({"4"}));
}

void TestSqliteSource::leavesNoConnectionBehind()
{
    const QStringList before = QSqlDatabase::connectionNames();
    readSqlite(m_db, QStringLiteral("visits"), QString());
    QVERIFY_THROWS_EXCEPTION(Error, readSqlite(m_db, QStringLiteral("nope"), QString()));
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

QTEST_GUILESS_MAIN(TestSqliteSource)
#include "tst_sqlite_source.moc"
