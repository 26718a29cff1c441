// SourceUri::parse: "csv:PATH", "jsonl:PATH", "sqlite:PATH?table=T", "sqlite:PATH?query=SQL", "store:",
// "postgresql://…/db?table=T", "postgresql://…/db?query=SQL".
#include "error.h"
#include "postgres_url.h"
#include "source.h"

#include <QDir>
#include <QUrl>

namespace retrainer {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// Decodes %XX escapes. SQL may hold a literal '%' (LIKE 'a%'): text with any '%' that does not start
// a valid escape is taken as written.
QString decodedValue(const QString& text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('%')); i >= 0; i = text.indexOf(QLatin1Char('%'), i + 1)) {
        if (i + 2 >= text.size() || !isHexDigit(text.at(i + 1)) || !isHexDigit(text.at(i + 2)))
            return text;
    }
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString resolved(const QString& path, const QString& baseDir)
{
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

// Splits "…?a=1&table=T" or "…?query=SQL" into the table or query (everything after "query=": SQL may
// itself hold '&' and '=') and the rest. Returns the text without them.
QString takeTableOrQuery(const QString& text, SourceUri& source)
{
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    if (question < 0)
        return text;
    QString parameters = text.mid(question + 1);
    qsizetype at = parameters.startsWith(QLatin1String("query=")) ? 0 : parameters.indexOf(QLatin1String("&query="));
    if (at >= 0) {
        const qsizetype value = parameters.indexOf(QLatin1Char('='), at) + 1;
        source.query = decodedValue(parameters.mid(value)).trimmed();
        parameters = parameters.left(at);
    }
    QStringList kept;
    for (const QString& item : parameters.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        if (item.startsWith(QLatin1String("table=")))
            source.table = decodedValue(item.mid(6)).trimmed();
        else
            kept << item;
    }
    return text.left(question) + (kept.isEmpty() ? QString() : QLatin1Char('?') + kept.join(QLatin1Char('&')));
}

} // namespace

SourceUri SourceUri::parse(const QString& uri, const QString& baseDir)
{
    const QString text = uri.trimmed();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        throw Error(QStringLiteral("data source '%1' has no kind: expected csv:, jsonl:, sqlite:, postgresql:// or store:").arg(uri));
    const QString scheme = text.left(colon).toLower();
    const QString rest = text.mid(colon + 1);

    SourceUri source;
    if (scheme == QLatin1String("store")) {
        if (!rest.trimmed().isEmpty())
            throw Error(QStringLiteral("data source '%1': store: takes no path").arg(uri));
        source.kind = Kind::Store;
        return source;
    }
    if (scheme == QLatin1String("csv") || scheme == QLatin1String("jsonl")) {
        if (rest.isEmpty())
            throw Error(QStringLiteral("data source '%1' has no file path").arg(uri));
        source.kind = scheme == QLatin1String("csv") ? Kind::Csv : Kind::Jsonl;
        source.path = resolved(rest, baseDir);
        return source;
    }
    if (PostgresUrl::matches(text)) {
        source.kind = Kind::Postgres;
        source.path = PostgresUrl::parse(takeTableOrQuery(text, source)).toString();
        if (source.query.isEmpty() && source.table.isEmpty())
            throw Error(QStringLiteral("data source '%1' names no table or query: expected postgresql://…/database?table=NAME "
                                       "or postgresql://…/database?query=SELECT ...").arg(uri));
        return source;
    }
    if (scheme != QLatin1String("sqlite")) {
        throw Error(QStringLiteral("data source '%1' is of unknown kind '%2': expected csv:, jsonl:, sqlite:, postgresql:// or store:")
                        .arg(uri, scheme));
    }

    source.kind = Kind::Sqlite;
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    const QString path = question < 0 ? rest : rest.left(question);
    if (path.isEmpty())
        throw Error(QStringLiteral("data source '%1' has no database path").arg(uri));
    source.path = resolved(path, baseDir);
    const QString parameter = question < 0 ? QString() : rest.mid(question + 1);
    // Everything after "query=" is the query: SQL may itself hold '&' and '='.
    if (parameter.startsWith(QLatin1String("query="))) {
        source.query = decodedValue(parameter.mid(6)).trimmed();
    } else if (parameter.startsWith(QLatin1String("table="))) {
        source.table = decodedValue(parameter.mid(6)).trimmed();
    }
    if (source.query.isEmpty() && source.table.isEmpty()) {
        throw Error(QStringLiteral("data source '%1' names no table or query: expected sqlite:PATH?table=NAME "
                                   "or sqlite:PATH?query=SELECT ...")
                        .arg(uri));
    }
    return source;
}

} // namespace retrainer
