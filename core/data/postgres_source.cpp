// readPostgres: a table or query of a PostgreSQL database, read in a read-only session private to this call.
#include "error.h"
#include "postgres_url.h"
#include "source.h"
#include "sql_rows.h"

namespace retrainer {

namespace {

sqlrows::Target targetOf(const QString& url)
{
    const PostgresUrl location = PostgresUrl::parse(url);
    return {QStringLiteral("QPSQL"), QStringLiteral("PostgreSQL database"), location.toString(),
            [location](QSqlDatabase& db) { location.applyTo(db); },
            // A query of a data source only reads, whatever it says.
            {QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), QStringLiteral("SET client_min_messages = warning")}};
}

QString whatOf(const QString& table, const QString& query)
{
    return query.isEmpty() ? QStringLiteral("table '%1'").arg(table) : QStringLiteral("query");
}

QString selectFor(const QString& url, const QString& table, const QString& query)
{
    if (table.isEmpty() && query.isEmpty())
        throw Error(QStringLiteral("cannot read %1: no table or query given").arg(url));
    return query.isEmpty() ? QStringLiteral("SELECT * FROM ") + sqlrows::quotedIdentifier(table, true) : query;
}

} // namespace

RawTable readPostgres(const QString& url, const QString& table, const QString& query)
{
    return sqlrows::readRows(targetOf(url), whatOf(table, query), selectFor(url, table, query));
}

qint64 countPostgresRows(const QString& url, const QString& table, const QString& query)
{
    return sqlrows::countRows(targetOf(url), whatOf(table, query), selectFor(url, table, query));
}

} // namespace retrainer
