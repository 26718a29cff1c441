// readSqlite: a table or query of an SQLite file, read on a connection private to this call.
#include "error.h"
#include "source.h"

#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <atomic>
#include <functional>

namespace retrainer {

namespace {

// Removes the named connection when the read ends, however it ends. Declared before the scope that
// holds the QSqlDatabase so that the handle is gone first (else Qt warns the connection is in use).
class ConnectionRemoval
{
public:
    explicit ConnectionRemoval(QString name) : m_name(std::move(name)) {}
    ~ConnectionRemoval() { QSqlDatabase::removeDatabase(m_name); }
    ConnectionRemoval(const ConnectionRemoval&) = delete;
    ConnectionRemoval& operator=(const ConnectionRemoval&) = delete;

private:
    QString m_name;
};

QString uniqueConnectionName()
{
    static std::atomic<quint64> next{0};
    return QStringLiteral("retrainer-source-%1").arg(next.fetch_add(1) + 1);
}

QString quotedIdentifier(QString name)
{
    name.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString sqlErrorText(const QSqlError& error)
{
    const QString driverText = error.databaseText();
    return driverText.isEmpty() ? error.text() : driverText;
}

// Text of a cell: NULL is empty, numbers in C locale and without losing precision.
QString cellText(const QSqlQuery& query, int column)
{
    if (query.isNull(column))
        return QString();
    const QVariant value = query.value(column);
    switch (value.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::Short:
        return QString::number(value.toLongLong());
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::UShort:
        return QString::number(value.toULongLong());
    case QMetaType::QByteArray:
        return QString::fromUtf8(value.toByteArray());
    default:
        return value.toString();
    }
}

} // namespace

namespace {

// Runs one SELECT on a read-only connection private to this call and hands the open query to `consume`.
// Throws Error naming the file and what was read when the database or the statement fails.
void selectReadOnly(const QString& path, const QString& table, const QString& query,
                    const std::function<QString(const QString& sql)>& statement,
                    const std::function<void(QSqlQuery&)>& consume)
{
    const QString what = query.isEmpty() ? QStringLiteral("table '%1'").arg(table) : QStringLiteral("query");
    if (table.isEmpty() && query.isEmpty())
        throw Error(QStringLiteral("cannot read %1: no table or query given").arg(path));
    if (!QFileInfo(path).isFile())
        throw Error(QStringLiteral("cannot read %1 of %2: the database file does not exist").arg(what, path));

    const QString connection = uniqueConnectionName();
    const ConnectionRemoval removal(connection);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            failure = QStringLiteral("cannot open SQLite database %1: %2").arg(path, sqlErrorText(db.lastError()));
        } else {
            QSqlQuery select(db);
            select.setForwardOnly(true);
            const QString sql = query.isEmpty() ? QStringLiteral("SELECT * FROM ") + quotedIdentifier(table) : query;
            if (!select.exec(statement(sql))) {
                failure = QStringLiteral("cannot read %1 of %2: %3").arg(what, path, sqlErrorText(select.lastError()));
            } else {
                consume(select);
                if (select.lastError().isValid())
                    failure = QStringLiteral("cannot read %1 of %2: %3").arg(what, path, sqlErrorText(select.lastError()));
            }
        }
        db.close();
    }
    if (!failure.isEmpty())
        throw Error(failure);
}

} // namespace

RawTable readSqlite(const QString& path, const QString& table, const QString& query)
{
    RawTable result;
    selectReadOnly(path, table, query, [](const QString& sql) { return sql; }, [&result](QSqlQuery& select) {
        const QSqlRecord record = select.record();
        const int columns = record.count();
        for (int c = 0; c < columns; ++c)
            result.columns.append(record.fieldName(c));
        qint64 rowNumber = 0;
        while (select.next()) {
            RawRow row;
            row.cells.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row.cells.append(cellText(select, c));
            row.origin = QStringLiteral("row %1").arg(++rowNumber);
            result.rows.push_back(std::move(row));
        }
    });
    return result;
}

QStringList listSqliteTables(const QString& path)
{
    QStringList tables;
    const QString sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                       "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    selectReadOnly(path, QString(), sql, [](const QString& statement) { return statement; }, [&tables](QSqlQuery& select) {
        while (select.next())
            tables << select.value(0).toString();
    });
    return tables;
}

qint64 countSqliteRows(const QString& path, const QString& table, const QString& query)
{
    qint64 count = 0;
    const auto wrap = [](QString sql) {
        sql = sql.trimmed();
        while (sql.endsWith(QLatin1Char(';')))
            sql.chop(1);
        return QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(sql);
    };
    selectReadOnly(path, table, query, wrap, [&count](QSqlQuery& select) {
        if (select.next())
            count = select.value(0).toLongLong();
    });
    return count;
}

} // namespace retrainer
