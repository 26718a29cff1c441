// readSqlite: a table or query of an SQLite file, read on a read-only connection private to this call.
#include "error.h"
#include "source.h"
#include "sql_rows.h"

#include <QFileInfo>

namespace retrainer {

namespace {

QString whatOf(const QString& table, const QString& query)
{
    return query.isEmpty() ? QStringLiteral("table '%1'").arg(table) : QStringLiteral("query");
}

// Throws Error naming the file and what is read when the file does not exist (reading never creates it).
sqlrows::Target targetOf(const QString& path, const QString& what)
{
    if (!QFileInfo(path).isFile())
        throw Error(QStringLiteral("cannot read %1 of %2: the database file does not exist").arg(what, path));
    return {QStringLiteral("QSQLITE"), QStringLiteral("SQLite database"), path,
            [path](QSqlDatabase& db) {
                db.setDatabaseName(path);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            },
            {}};
}

QString selectFor(const QString& path, const QString& table, const QString& query)
{
    if (table.isEmpty() && query.isEmpty())
        throw Error(QStringLiteral("cannot read %1: no table or query given").arg(path));
    return query.isEmpty() ? QStringLiteral("SELECT * FROM ") + sqlrows::quotedIdentifier(table) : query;
}

} // namespace

RawTable readSqlite(const QString& path, const QString& table, const QString& query)
{
    const QString sql = selectFor(path, table, query);
    const QString what = whatOf(table, query);
    return sqlrows::readRows(targetOf(path, what), what, sql);
}

QStringList listSqliteTables(const QString& path)
{
    QStringList tables;
    const QString sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                       "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    sqlrows::select(targetOf(path, QStringLiteral("query")), QStringLiteral("query"), sql, [&tables](QSqlQuery& select) {
        while (select.next())
            tables << select.value(0).toString();
    });
    return tables;
}

qint64 countSqliteRows(const QString& path, const QString& table, const QString& query)
{
    const QString sql = selectFor(path, table, query);
    const QString what = whatOf(table, query);
    return sqlrows::countRows(targetOf(path, what), what, sql);
}

} // namespace retrainer
