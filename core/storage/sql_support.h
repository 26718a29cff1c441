#pragma once
// Small helpers shared by the store and the registry: checked prepare/exec and a scoped transaction.
#include "error.h"
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace retrainer::sql {

[[noreturn]] inline void fail(const QString& what, const QSqlError& error)
{
    // SQLITE_FULL: say it in words; `what` names the store.
    if (error.nativeErrorCode() == QLatin1String("13"))
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

// BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so a transaction that
// reads before it writes ("max + 1") cannot race another writer or fail half-way on a lock upgrade.
// Rolls back unless committed.
class Transaction
{
public:
    Transaction(const QSqlDatabase& db, QString what) : m_db(db), m_what(std::move(what))
    {
        run(QStringLiteral("BEGIN IMMEDIATE"));
        m_open = true;
    }
    ~Transaction()
    {
        if (m_open) {
            QSqlQuery query(m_db);
            query.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit()
    {
        run(QStringLiteral("COMMIT"));
        m_open = false;
    }

private:
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
