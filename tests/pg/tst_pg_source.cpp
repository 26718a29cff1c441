// readPostgres: tables and queries of a real PostgreSQL database (the test cluster), with the same cells,
// counts and errors as the SQLite source, so that typing, rejections and new-row detection are the same.
#include "error.h"
#include "pg_test_database.h"
#include "source.h"
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace retrainer;

namespace {

const QStringList kRows{
    QStringLiteral("(1, 'north', 0.1, 9007199254740993, 'first')"),
    QStringLiteral("(2, NULL, 72.25, -5, NULL)"),
    QStringLiteral("(3, 'south', NULL, 0, 'café, \"quoted\"')"),
    QStringLiteral("(4, 'north', 1e-7, 42, '')"),
};

QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestPgSource : public QObject
{
    Q_OBJECT

    PgTestDatabase m_database;
    QTemporaryDir m_dir;
    QString m_sqlite;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.error().isEmpty(), qPrintable(m_database.error()));
        QStringList statements{
            QStringLiteral("CREATE TABLE visits (id INTEGER, clinic TEXT, weight DOUBLE PRECISION, big BIGINT, note TEXT)"),
            QStringLiteral("INSERT INTO visits VALUES ") + kRows.join(QStringLiteral(", ")),
            QStringLiteral("CREATE SCHEMA clinic"),
            QStringLiteral("CREATE TABLE clinic.\"odd \"\"name\"\"\" (x INTEGER, at TIMESTAMP, ok BOOLEAN)"),
            QStringLiteral("INSERT INTO clinic.\"odd \"\"name\"\"\" VALUES (7, '2026-03-01 08:30:00', true)"),
            QStringLiteral("CREATE TABLE empty (a TEXT, b REAL)"),
        };
        const QString problem = PgTestDatabase::run(m_database.url(), statements);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The same rows in an SQLite file, for the comparison below.
        m_sqlite = m_dir.filePath(QStringLiteral("visits.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
            db.setDatabaseName(m_sqlite);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE visits (id INTEGER, clinic TEXT, weight REAL, big INTEGER, note TEXT)")));
            for (const QString& row : kRows)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO visits VALUES ") + row));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    }

    void sameCellsAsTheSqliteSource()
    {
        const RawTable pg = readPostgres(m_database.url(), QStringLiteral("visits"), QString());
        const RawTable lite = readSqlite(m_sqlite, QStringLiteral("visits"), QString());
        QCOMPARE(pg.columns, lite.columns);
        QCOMPARE(pg.rows.size(), size_t(4));
        for (size_t i = 0; i < pg.rows.size(); ++i) {
            QCOMPARE(pg.rows[i].cells, lite.rows[i].cells);
            QCOMPARE(pg.rows[i].origin, QStringLiteral("row %1").arg(i + 1));
        }
        QCOMPARE(pg.rows[0].cells[3], QStringLiteral("9007199254740993")); // a BIGINT keeps every digit
        QCOMPARE(pg.rows[3].cells[2].toDouble(), 1e-7);
    }

    void queryThroughTheUriAndTyping()
    {
        // The address a user writes, with the query percent-encoded in part and holding '&' and '='.
        const SourceUri uri = SourceUri::parse(m_database.url() + QStringLiteral("?query=SELECT id, weight, clinic "
                                                                                 "FROM visits WHERE id %3E= 1 AND note <> 'x' ORDER BY id"),
                                               m_dir.path());
        QCOMPARE(int(uri.kind), int(SourceUri::Kind::Postgres));
        QCOMPARE(uri.path, m_database.url());
        const RawTable rows = readPostgres(uri.path, uri.table, uri.query);
        QCOMPARE(rows.columns, (QStringList{QStringLiteral("id"), QStringLiteral("weight"), QStringLiteral("clinic")}));
        QCOMPARE(rows.rows.size(), size_t(3)); // NULL note is not <> 'x'
    }

    void timesBooleansSchemasAndQuotedNames()
    {
        const SourceUri uri = SourceUri::parse(m_database.url() + QStringLiteral("?table=clinic.odd%20%22name%22"), m_dir.path());
        QCOMPARE(uri.table, QStringLiteral("clinic.odd \"name\""));
        const RawTable rows = readPostgres(uri.path, uri.table, uri.query);
        QCOMPARE(rows.rows.size(), size_t(1));
        QCOMPARE(rows.rows[0].cells[0], QStringLiteral("7"));
        QCOMPARE(rows.rows[0].cells[1], QStringLiteral("2026-03-01T08:30:00.000")); // ISO 8601, as the typing reads times
        QCOMPARE(rows.rows[0].cells[2], QStringLiteral("true"));
        QVERIFY(readPostgres(m_database.url(), QStringLiteral("empty"), QString()).rows.empty());
        QCOMPARE(readPostgres(m_database.url(), QStringLiteral("empty"), QString()).columns,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void countsForNewRowDetection()
    {
        QCOMPARE(countPostgresRows(m_database.url(), QStringLiteral("visits"), QString()), qint64(4));
        QCOMPARE(countPostgresRows(m_database.url(), QString(), QStringLiteral("SELECT * FROM visits WHERE clinic = 'north';")),
                 qint64(2));
        QString problem = PgTestDatabase::run(m_database.url(), {QStringLiteral("INSERT INTO visits VALUES (5, 'east', 1, 1, 'new')")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(countPostgresRows(m_database.url(), QStringLiteral("visits"), QString()), qint64(5));
        problem = PgTestDatabase::run(m_database.url(), {QStringLiteral("DELETE FROM visits WHERE id = 5")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void failuresNameTheDatabase_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("missing table") << QStringLiteral("nope") << QString() << QStringLiteral("\"nope\" does not exist");
        QTest::newRow("bad query") << QString() << QStringLiteral("SELECT missing_col FROM visits")
                                   << QStringLiteral("missing_col");
        QTest::newRow("injection stays a name") << QStringLiteral("visits\"; DROP TABLE visits; --") << QString()
                                                << QStringLiteral("does not exist");
        QTest::newRow("a query cannot write") << QString() << QStringLiteral("DELETE FROM visits")
                                              << QStringLiteral("read-only transaction");
        QTest::newRow("neither table nor query") << QString() << QString() << QStringLiteral("no table or query");
    }
    void failuresNameTheDatabase()
    {
        QFETCH(QString, table);
        QFETCH(QString, query);
        QFETCH(QString, messagePart);
        const QString message = errorOf([&] { readPostgres(m_database.url(), table, query); });
        QVERIFY2(message.contains(m_database.url()), qPrintable(message));
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        QCOMPARE(readPostgres(m_database.url(), QStringLiteral("visits"), QString()).rows.size(), size_t(4));
    }

    void addressesAreChecked()
    {
        QVERIFY(errorOf([&] { SourceUri::parse(QStringLiteral("postgresql://a:pw@h/db?table=t"), m_dir.path()); })
                    .contains(QStringLiteral("contains a password")));
        QVERIFY(errorOf([&] { SourceUri::parse(QStringLiteral("postgresql://a@h/db"), m_dir.path()); })
                    .contains(QStringLiteral("names no table or query")));
        QVERIFY(errorOf([&] { SourceUri::parse(QStringLiteral("postgresql://a@h/?table=t"), m_dir.path()); })
                    .contains(QStringLiteral("names no database")));
        const QString unreachable = errorOf([&] {
            readPostgres(QStringLiteral("postgresql://retrainer@127.0.0.1:1/nothing"), QStringLiteral("t"), QString());
        });
        QVERIFY2(unreachable.contains(QStringLiteral("cannot open PostgreSQL database postgresql://retrainer@127.0.0.1:1/nothing")),
                 qPrintable(unreachable));
        QVERIFY(QSqlDatabase::connectionNames().isEmpty()); // every read removed its connection
    }

    void readsOnWorkerThreads()
    {
        std::atomic<int> rows{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&] { rows += int(readPostgres(m_database.url(), QStringLiteral("visits"), QString()).rows.size()); });
        for (auto& t : threads)
            t.join();
        QCOMPARE(rows.load(), 16);
    }
};

QTEST_GUILESS_MAIN(TestPgSource)
#include "tst_pg_source.moc"
