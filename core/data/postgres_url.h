#pragma once
// A PostgreSQL location written as a URL: postgresql://user@host:port/database?option=value…
// Used for the shared store and for the PostgreSQL data source. A password is never accepted in the URL
// (it would end up in workspace.json): libpq's own mechanisms provide it (~/.pgpass, PGPASSWORD, a service
// file named with ?service=…). Options libpq knows (sslmode, service, connect_timeout…) are passed on;
// `table` and `query` are left for the data source.
#include <QString>
#include <QUrlQuery>

class QSqlDatabase;

namespace retrainer {

struct PostgresUrl
{
    QString host;      // empty: libpq's default (the local socket, or the service file's)
    int port = -1;     // -1: libpq's default
    QString user;      // empty: libpq's default (the login name)
    QString database;
    QUrlQuery options; // everything after '?'

    // True for "postgresql://…" and "postgres://…".
    static bool matches(const QString& text);
    // Throws Error naming the URL and what is wrong (a password, no database, not a postgresql URL).
    static PostgresUrl parse(const QString& text);

    // The URL again (never with a password).
    QString toString() const;
    // Sets host, port, user, database and libpq options (not `table`/`query`) on a QPSQL connection;
    // `applicationName` (no spaces) is what the server shows for the session (default "retrainer").
    void applyTo(QSqlDatabase& db, const QString& applicationName = {}) const;
};

} // namespace retrainer
