#pragma once
// The sample store's bulk insert on SQLite, through SQLite's own API on the connection Qt opened: the rows'
// JSON is bound as the UTF-8 text it is stored as (Qt binds a QString as UTF-16, which SQLite converted back
// for every row) and each statement inserts many rows. Measured on the 2-core machine (100,000 rows of 10
// short cells, one transaction): one row per statement 340-360k rows/s, 64 rows 520-580k rows/s.
#include "raw_table.h"
#include <QSqlDatabase>
#include <QString>

namespace retrainer::sql {

// True when `db` is an open SQLite connection whose handle SQLite's API can use.
bool hasSqliteHandle(const QSqlDatabase& db);

// Inserts every row as (model, added, data) inside the caller's transaction; Error (starting with `what`)
// on failure, when the caller's transaction must roll back.
void insertSqliteSamples(const QSqlDatabase& db, const QString& model, const QString& added, const RawTable& rows,
                         const QString& what);

} // namespace retrainer::sql
