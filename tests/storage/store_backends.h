#pragma once
// The store suites run every backend-neutral case twice: on an SQLite file and on a fresh PostgreSQL
// database of the test cluster. A case opts in with a `_data()` slot calling addBackends(); inside it,
// StoreLocations::fresh() gives the location for the row being run ("sqlite" or "postgresql").
#include "../pg/pg_test_database.h"
#include <QTemporaryDir>
#include <QTest>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <memory>
#include <vector>

inline void addBackends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

// Gets a location: `const QString path = FRESH_STORE(m_locations, "name");` fails the test when none can be made.
#define FRESH_STORE(locations, name)                                                                            \
    (locations).fresh(QStringLiteral(name));                                                                   \
    QVERIFY2((locations).error().isEmpty(), qPrintable((locations).error()))

class StoreLocations
{
public:
    explicit StoreLocations(const QTemporaryDir& dir) : m_dir(dir) {}

    // True while a "postgresql" row runs.
    static bool postgres() { return QTest::currentDataTag() && qstrcmp(QTest::currentDataTag(), "postgresql") == 0; }

    // An SQLite file `name`.sqlite in the test folder, or the URL of a new empty database.
    QString fresh(const QString& name)
    {
        m_error.clear();
        if (!postgres())
            return m_dir.filePath(name + QStringLiteral(".sqlite"));
        auto database = std::make_unique<PgTestDatabase>();
        m_error = database->error();
        const QString url = database->url();
        m_databases.push_back(std::move(database));
        return url;
    }
    const QString& error() const { return m_error; }

    // Runs statements on a second, short-lived connection to `location`; empty, or the first error.
    static QString exec(const QString& location, const QStringList& statements)
    {
        if (location.startsWith(QLatin1String("postgresql://")))
            return PgTestDatabase::run(location, statements);
        const QString name = QStringLiteral("tst-store-raw");
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(location);
            if (!db.open())
                problem = db.lastError().text();
            for (const QString& sql : statements) {
                if (!problem.isEmpty())
                    break;
                QSqlQuery q(db);
                if (!q.exec(sql))
                    problem = q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return problem;
    }

    // Drops the databases made for the test that ended (call from cleanup(), after the stores are closed).
    void clear() { m_databases.clear(); }

private:
    const QTemporaryDir& m_dir;
    std::vector<std::unique_ptr<PgTestDatabase>> m_databases;
    QString m_error;
};
