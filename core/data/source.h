#pragma once
// Data sources: a URI names where a model's rows come from.
//   csv:PATH                         a CSV file (RFC 4180 via libcsv: quoted fields, embedded newlines)
//   jsonl:PATH                       a JSON-lines file: one JSON object per line, its keys are the columns
//   sqlite:PATH?table=T              a table of an SQLite database
//   sqlite:PATH?query=SELECT ...     a query (percent-encoding allowed) on an SQLite database
//   postgresql://user@host:port/db?table=T          a table (or schema.table) of a PostgreSQL database
//   postgresql://user@host:port/db?query=SELECT ... a query on a PostgreSQL database (read-only session);
//                                    no password in the address: ~/.pgpass, PGPASSWORD or a service file
//   store:                           Retrainer's own sample store (handled by the storage layer)
// Relative paths are resolved against a base directory (the workspace).
#include "raw_table.h"
#include <QString>
#include <QStringList>

namespace retrainer {

struct SourceUri
{
    enum class Kind { Csv, Sqlite, Store, Jsonl, Postgres };
    Kind kind = Kind::Csv;
    QString path;   // absolute after resolution; for Postgres the address without table/query
    QString table;  // sqlite, postgres
    QString query;  // sqlite, postgres

    // Throws Error naming the URI when it is malformed or of an unknown kind.
    static SourceUri parse(const QString& uri, const QString& baseDir);
};

// Reads every row of a CSV file. The first record is the header. Throws Error when the file cannot be
// opened or has no header; rows with the wrong number of fields are rejected with "path:line".
RawTable readCsv(const QString& path);

// Reads every line of a JSON-lines file. The columns are the keys in order of first appearance; a key
// missing from a line is a missing value. A line that is not a JSON object is rejected with "path:line"
// and the parser's message. Throws Error when the file cannot be opened.
RawTable readJsonl(const QString& path);

// Reads a table or query result through Qt Sql on a connection private to the calling thread (opened
// and closed inside this call). Throws Error when the database, table or query fails.
RawTable readSqlite(const QString& path, const QString& table, const QString& query);
// The tables and views of an SQLite database, by name (SQLite's own sqlite_* tables left out). Throws
// Error when the file is missing or not a database.
QStringList listSqliteTables(const QString& path);
// How many rows the same table or query yields, counted by SQLite (for polling a source for new rows).
qint64 countSqliteRows(const QString& path, const QString& table, const QString& query);

// The same for a PostgreSQL database at `url` (postgresql://…, without table/query), in a read-only session.
RawTable readPostgres(const QString& url, const QString& table, const QString& query);
qint64 countPostgresRows(const QString& url, const QString& table, const QString& query);

// New rows of a PostgreSQL table announced at once: a statement-level AFTER INSERT trigger (INSERT and COPY)
// calls pg_notify on kNewRowsChannel with the table's "schema.table" as the payload.
inline const QString kNewRowsChannel = QStringLiteral("retrainer_new_rows");
struct NewRowTrigger
{
    QString table;     // "schema.table", as the notices name it (empty when the table cannot be read)
    bool added = false;
    bool mayNotAdd = false; // the source's user lacks the TRIGGER privilege on the table or CREATE on its schema
    QString problem;        // why it was not added, in the server's words
};
// Adds (or replaces) the trigger on `table` of the database at `url`. Never throws: what went wrong is in the result.
NewRowTrigger addNewRowTrigger(const QString& url, const QString& table);

} // namespace retrainer
