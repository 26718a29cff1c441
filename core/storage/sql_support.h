#pragma once
// Small helpers shared by the store and the registry: checked prepare/exec and a scoped transaction.
#include "error.h"
#include "sql_dialect.h"
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace retrainer::sql {

[[noreturn]] inline void fail(const QString& what, const QSqlError& error)
{
    // SQLITE_FULL / PostgreSQL's disk_full: say it in words; `what` names the store.
    if (error.nativeErrorCode() == QLatin1String("13") || error.nativeErrorCode() == QLatin1String("53100"))
        throw Error(QStringLiteral("%1: the disk is full; free some space and try again (%2)").arg(what, error.text()));
    throw Error(QStringLiteral("%1: %2").arg(what, error.text()));
}

inline QSqlQuery prepare(const QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(what, query.lastError());
    return query;
}

inline void exec(QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        fail(what, query.lastError());
}

// Takes the store's write lock up front (BEGIN IMMEDIATE on SQLite, waiting up to the busy timeout; an
// advisory lock on PostgreSQL, see sql_dialect.h), so a transaction that reads before it writes ("max + 1")
// cannot race another writer or fail half-way on a lock upgrade. Rolls back unless committed.
class Transaction
{
public:
    Transaction(const QSqlDatabase& db, QString what) : m_db(db), m_what(std::move(what))
    {
        const QStringList begin = beginWrite(backendOf(db));
        run(begin.front());
        try {
            for (qsizetype i = 1; i < begin.size(); ++i)
                run(begin[i]);
        } catch (...) {
            rollback();
            throw;
        }
        m_open = true;
    }
    ~Transaction()
    {
        if (m_open)
            rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit()
    {
        run(QStringLiteral("COMMIT"));
        m_open = false;
    }

private:
    void rollback()
    {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
    void run(const QString& sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            fail(m_what, query.lastError());
    }
    QSqlDatabase m_db;
    QString m_what;
    bool m_open = false;
};

} // namespace retrainer::sql
