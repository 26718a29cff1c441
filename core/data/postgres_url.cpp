#include "postgres_url.h"
#include "error.h"
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

namespace retrainer {

namespace {

// Query items that are Retrainer's own (the data source's), not libpq connection options.
bool isSourceOption(const QString& key)
{
    return key == QLatin1String("table") || key == QLatin1String("query");
}

} // namespace

bool PostgresUrl::matches(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

PostgresUrl PostgresUrl::parse(const QString& text)
{
    if (!matches(text))
        throw Error(QStringLiteral("'%1' is not a PostgreSQL address (it must start with postgresql://)").arg(text));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        throw Error(QStringLiteral("'%1' is not a valid PostgreSQL address: %2").arg(text, url.errorString()));
    if (!url.password().isEmpty())
        throw Error(QStringLiteral("the PostgreSQL address for %1 contains a password; remove it and give the password "
                                   "in ~/.pgpass, a service file or the PGPASSWORD variable instead, so that it is "
                                   "never written into workspace.json")
                        .arg(url.host().isEmpty() ? QStringLiteral("this store") : url.host()));
    PostgresUrl result;
    result.host = url.host();
    result.port = url.port(-1);
    result.user = url.userName();
    result.database = url.path().mid(1);
    result.options = QUrlQuery(url);
    if (result.database.isEmpty() && !result.options.hasQueryItem(QStringLiteral("service")))
        throw Error(QStringLiteral("the PostgreSQL address '%1' names no database (write it after the host: "
                                   "postgresql://user@host:5432/database)").arg(text));
    return result;
}

QString PostgresUrl::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!options.isEmpty())
        url.setQuery(options);
    return url.toString();
}

void PostgresUrl::applyTo(QSqlDatabase& db, const QString& applicationName) const
{
    if (!host.isEmpty())
        db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    if (!user.isEmpty())
        db.setUserName(user);
    if (!database.isEmpty())
        db.setDatabaseName(database);
    // QPSQL hands these to libpq as "key=value" pairs.
    QStringList connectOptions{
        QStringLiteral("application_name=%1").arg(applicationName.isEmpty() ? QStringLiteral("retrainer") : applicationName),
        QStringLiteral("connect_timeout=10")};
    for (const auto& [key, value] : options.queryItems(QUrl::FullyDecoded))
        if (!isSourceOption(key))
            connectOptions << QStringLiteral("%1=%2").arg(key, value);
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
}

} // namespace retrainer
