#include "sql_rows.h"
#include "error.h"
#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>
#include <atomic>

namespace retrainer::sqlrows {

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

QString sqlErrorText(const QSqlError& error)
{
    const QString driverText = error.databaseText();
    return (driverText.isEmpty() ? error.text() : driverText).trimmed();
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
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs);
    default:
        return value.toString();
    }
}

} // namespace

void select(const Target& target, const QString& what, const QString& sql, const std::function<void(QSqlQuery&)>& consume)
{
    const QString connection = uniqueConnectionName();
    const ConnectionRemoval removal(connection);
    QString failure;
    {
        if (!QSqlDatabase::isDriverAvailable(target.driver))
            throw Error(QStringLiteral("cannot read %1 of %2: Qt's %3 driver is not installed").arg(what, target.name, target.driver));
        QSqlDatabase db = QSqlDatabase::addDatabase(target.driver, connection);
        target.configure(db);
        if (!db.open()) {
            failure = QStringLiteral("cannot open %1 %2: %3").arg(target.kind, target.name, sqlErrorText(db.lastError()));
        } else {
            for (const QString& statement : target.afterOpen) {
                QSqlQuery setup(db);
                if (!setup.exec(statement)) {
                    failure = QStringLiteral("cannot prepare a read of %1: %2").arg(target.name, sqlErrorText(setup.lastError()));
                    break;
                }
            }
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!failure.isEmpty()) {
            } else if (!query.exec(sql)) {
                failure = QStringLiteral("cannot read %1 of %2: %3").arg(what, target.name, sqlErrorText(query.lastError()));
            } else {
                consume(query);
                if (query.lastError().isValid())
                    failure = QStringLiteral("cannot read %1 of %2: %3").arg(what, target.name, sqlErrorText(query.lastError()));
            }
        }
        db.close();
    }
    if (!failure.isEmpty())
        throw Error(failure);
}

RawTable readRows(const Target& target, const QString& what, const QString& sql)
{
    RawTable result;
    select(target, what, sql, [&result](QSqlQuery& query) { result = collect(query); });
    return result;
}

qint64 countRows(const Target& target, const QString& what, const QString& sql)
{
    qint64 count = 0;
    select(target, what, countOf(sql), [&count](QSqlQuery& query) {
        if (query.next())
            count = query.value(0).toLongLong();
    });
    return count;
}

RawTable collect(QSqlQuery& select)
{
    RawTable result;
    const QSqlRecord record = select.record();
    const int columns = record.count();
    for (int c = 0; c < columns; ++c)
        result.columns.append(record.fieldName(c));
    const QString originPrefix = QStringLiteral("row "); // shared by every row's origin
    RawCellsBuilder cells;
    qint64 rowNumber = 0;
    while (select.next()) {
        for (int c = 0; c < columns; ++c)
            cells.append(cellText(select, c));
        result.rows.push_back({cells.take(), RowOrigin(originPrefix, ++rowNumber)});
    }
    return result;
}

QString quotedIdentifier(const QString& name, bool dotted)
{
    const QStringList parts = dotted ? name.split(QLatin1Char('.')) : QStringList{name};
    QStringList quoted;
    for (QString part : parts) {
        part.replace(QLatin1Char('"'), QLatin1String("\"\""));
        quoted << QLatin1Char('"') + part + QLatin1Char('"');
    }
    return quoted.join(QLatin1Char('.'));
}

QString countOf(QString sql)
{
    sql = sql.trimmed();
    while (sql.endsWith(QLatin1Char(';')))
        sql.chop(1);
    return QStringLiteral("SELECT COUNT(*) FROM (%1) AS counted").arg(sql);
}

} // namespace retrainer::sqlrows
