#pragma once
// Everything that differs between the two stores Retrainer speaks to through Qt Sql — SQLite (QSQLITE, one
// file) and PostgreSQL (QPSQL, a shared server) — in one place. The rest of the storage code writes plain SQL
// both understand and asks here for the few statements that differ.
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlDatabase;

namespace retrainer::sql {

enum class Backend { Sqlite, Postgres };

// PostgreSQL advisory lock keys (two 32-bit halves): the store-wide write lock is (kLockSpace, a constant);
// a model's training lock is (kModelLockSpace, hashtext(model)).
constexpr int kLockSpace = 0x5254524e;      // "RTRN"
constexpr int kModelLockSpace = 0x52544d4c; // "RTML"

Backend backendOf(const QSqlDatabase& db);
QString driverName(Backend backend);

// Statements run once on every new connection (SQLite PRAGMAs; PostgreSQL session settings).
QStringList sessionSetup(Backend backend);

// A migration step's DDL, written in SQLite's words, as `backend` needs it (AUTOINCREMENT ids become
// identity columns, INTEGER becomes BIGINT, BLOB becomes BYTEA).
QString schemaStatement(Backend backend, const QString& sqliteDdl);

// Statements that open a write transaction holding the store's single write lock, so that a transaction
// that reads before it writes ("max + 1") cannot race another writer: BEGIN IMMEDIATE on SQLite; on
// PostgreSQL BEGIN and a transaction-scoped advisory lock every instance of Retrainer shares.
QStringList beginWrite(Backend backend);

// INSERT that replaces the row with the same key: INSERT OR REPLACE / INSERT … ON CONFLICT DO UPDATE.
QString insertOrReplace(Backend backend, const QString& table, const QStringList& columns, const QStringList& key);

// The text of `key` in the JSON object held in the text column `column`.
QString jsonField(Backend backend, const QString& column, const QString& key);

// A condition (to AND into a WHERE) that is true when no session holds the training lock of the model named
// in `modelColumn`: on a shared PostgreSQL store, unfinished runs another live instance is training are not
// "interrupted". Always true on SQLite.
QString noTrainingLockHeld(Backend backend, const QString& modelColumn);

// The WHERE condition on pg_locks `l` matching the granted training lock of the model bound to one '?'.
QString trainingLockRow(const QString& locks);

// The value to bind to "LIMIT ?" for no limit.
QVariant noLimit(Backend backend);

// The schema version (SQLite: PRAGMA user_version; PostgreSQL: the table retrainer_schema). Reading never
// creates anything; writing happens inside the migration's write transaction. Throw Error with `what`.
int readSchemaVersion(const QSqlDatabase& db, const QString& what);
void writeSchemaVersion(const QSqlDatabase& db, int version, const QString& what);

} // namespace retrainer::sql
