// readPostgres: a table or query of a PostgreSQL database, read in a read-only session private to this call.
#include "error.h"
#include "postgres_url.h"
#include "source.h"
#include "sql_rows.h"

namespace retrainer {

namespace {

// A query of a data source only reads, whatever it says; only the new-row trigger is written (`readOnly` false).
sqlrows::Target targetOf(const QString& url, bool readOnly = true)
{
    const PostgresUrl location = PostgresUrl::parse(url);
    QStringList afterOpen{QStringLiteral("SET client_min_messages = warning")};
    if (readOnly)
        afterOpen.prepend(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    return {QStringLiteral("QPSQL"), QStringLiteral("PostgreSQL database"), location.toString(),
            [location](QSqlDatabase& db) { location.applyTo(db); }, afterOpen};
}

QString quotedLiteral(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

QString pgWhatOf(const QString& table, const QString& query)
{
    return query.isEmpty() ? QStringLiteral("table '%1'").arg(table) : QStringLiteral("query");
}

QString pgSelectFor(const QString& url, const QString& table, const QString& query)
{
    if (table.isEmpty() && query.isEmpty())
        throw Error(QStringLiteral("cannot read %1: no table or query given").arg(url));
    return query.isEmpty() ? QStringLiteral("SELECT * FROM ") + sqlrows::quotedIdentifier(table, true) : query;
}

} // namespace

RawTable readPostgres(const QString& url, const QString& table, const QString& query)
{
    return sqlrows::readRows(targetOf(url), pgWhatOf(table, query), pgSelectFor(url, table, query));
}

qint64 countPostgresRows(const QString& url, const QString& table, const QString& query)
{
    return sqlrows::countRows(targetOf(url), pgWhatOf(table, query), pgSelectFor(url, table, query));
}

NewRowTrigger addNewRowTrigger(const QString& url, const QString& table)
{
    NewRowTrigger result;
    const QString what = QStringLiteral("table '%1'").arg(table);
    try {
        // The table as the server resolves it, and whether this user may add a trigger and its function.
        QString schema;
        sqlrows::select(targetOf(url), what,
                        QStringLiteral("SELECT n.nspname, c.relname, has_table_privilege(c.oid, 'TRIGGER') "
                                       "AND has_schema_privilege(n.oid, 'CREATE') FROM pg_class c "
                                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = %1::regclass")
                            .arg(quotedLiteral(sqlrows::quotedIdentifier(table, true))),
                        [&](QSqlQuery& q) {
                            if (!q.next())
                                return;
                            schema = q.value(0).toString();
                            result.table = schema + QLatin1Char('.') + q.value(1).toString();
                            result.mayNotAdd = !q.value(2).toBool();
                        });
        if (result.table.isEmpty() || result.mayNotAdd)
            return result;
        const QString function = sqlrows::quotedIdentifier(schema) + QStringLiteral(".retrainer_notify_new_rows()");
        sqlrows::Target writer = targetOf(url, false);
        writer.afterOpen << QStringLiteral("CREATE OR REPLACE FUNCTION %1 RETURNS trigger LANGUAGE plpgsql AS $retrainer$ "
                                           "BEGIN PERFORM pg_notify(%2, TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME); RETURN NULL; "
                                           "END $retrainer$")
                                .arg(function, quotedLiteral(kNewRowsChannel));
        sqlrows::select(writer, what,
                        QStringLiteral("CREATE OR REPLACE TRIGGER retrainer_new_rows AFTER INSERT ON %1 "
                                       "FOR EACH STATEMENT EXECUTE FUNCTION %2")
                            .arg(sqlrows::quotedIdentifier(schema) + QLatin1Char('.')
                                     + sqlrows::quotedIdentifier(result.table.mid(schema.size() + 1)),
                                 function),
                        [](QSqlQuery&) {});
        result.added = true;
    } catch (const Error& e) {
        result.problem = e.message();
    }
    return result;
}

} // namespace retrainer
