#pragma once
// One fresh PostgreSQL database per test on the throw-away cluster tests/pg/pg_cluster.sh starts (its URL
// in RETRAINER_TEST_PG; packaging/test.sh and .ci/run start it). Without the variable, or when the server
// cannot be reached, error() says so and the test FAILS: PostgreSQL cases are never skipped.
#include "postgres_url.h"
#include "error.h"
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <atomic>

class PgTestDatabase
{
public:
    PgTestDatabase()
    {
        const QString admin = qEnvironmentVariable("RETRAINER_TEST_PG");
        if (admin.isEmpty()) {
            m_error = QStringLiteral("RETRAINER_TEST_PG is not set: start the test cluster with "
                                     "`eval \"$(bash tests/pg/pg_cluster.sh start)\"` (packaging/test.sh does it)");
            return;
        }
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("rt_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        try {
            m_admin = retrainer::PostgresUrl::parse(admin);
        } catch (const retrainer::Error& e) {
            m_error = e.message();
            return;
        }
        m_error = run(m_admin, {QStringLiteral("CREATE DATABASE %1").arg(name)});
        if (!m_error.isEmpty())
            return;
        m_name = name;
        retrainer::PostgresUrl mine = m_admin;
        mine.database = name;
        m_url = mine.toString();
    }
    ~PgTestDatabase()
    {
        if (!m_name.isEmpty())
            run(m_admin, {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)});
    }
    PgTestDatabase(const PgTestDatabase&) = delete;
    PgTestDatabase& operator=(const PgTestDatabase&) = delete;

    const QString& url() const { return m_url; }
    const QString& error() const { return m_error; }

    // Runs statements on a separate, short-lived connection to the database at `url` (a second client).
    // Returns an empty string, or the first error.
    static QString run(const QString& url, const QStringList& statements)
    {
        return run(retrainer::PostgresUrl::parse(url), statements);
    }

private:
    static QString run(const retrainer::PostgresUrl& url, const QStringList& statements)
    {
        static std::atomic<int> counter{0};
        const QString connection = QStringLiteral("pg-test-admin-%1").arg(++counter);
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            url.applyTo(db);
            if (!db.open())
                problem = QStringLiteral("cannot reach the test PostgreSQL %1: %2").arg(url.toString(), db.lastError().text());
            for (const QString& statement : statements) {
                if (!problem.isEmpty())
                    break;
                QSqlQuery q(db);
                if (!q.exec(statement))
                    problem = QStringLiteral("%1: %2").arg(statement, q.lastError().text());
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return problem;
    }

    retrainer::PostgresUrl m_admin;
    QString m_name;
    QString m_url;
    QString m_error;
};
