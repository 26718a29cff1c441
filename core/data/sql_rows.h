#pragma once
// Reading a table or query through Qt Sql for the SQLite and PostgreSQL sources: one SELECT on a
// connection private to the call (opened and removed inside it), every cell as text.
#include "raw_table.h"
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>

namespace retrainer::sqlrows {

struct Target
{
    QString driver;                                // QSQLITE, QPSQL
    QString kind;                                  // "SQLite database", "PostgreSQL database"
    QString name;                                  // the file or the URL, as errors name it
    std::function<void(QSqlDatabase&)> configure;  // database name, options
    QStringList afterOpen;                         // statements run first (e.g. make the session read-only)
};

// Runs `sql` and hands the open query to `consume`. Throws Error naming the target and `what` (a table or
// "query") when the database or the statement fails.
void select(const Target& target, const QString& what, const QString& sql, const std::function<void(QSqlQuery&)>& consume);

// Every row of `sql` (collect()), or how many rows it yields (counted by the database: countOf()).
RawTable readRows(const Target& target, const QString& what, const QString& sql);
qint64 countRows(const Target& target, const QString& what, const QString& sql);

// The columns and rows of an open query, cells as text (NULL empty, numbers in C locale), origin "row N".
RawTable collect(QSqlQuery& select);

// "name" quoted as an SQL identifier; with `dotted`, "schema.table" becomes "schema"."table".
QString quotedIdentifier(const QString& name, bool dotted = false);

// SELECT COUNT(*) over `sql` (a trailing ';' removed).
QString countOf(QString sql);

} // namespace retrainer::sqlrows
