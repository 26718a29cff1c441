#include "recorded_past.h"
#include "sql_support.h"
#include "store.h"
#include <QSqlQuery>
#include <QVariant>

namespace retrainer {

namespace {

void update(Store& store, const QString& statement, const QVariantList& values, const QString& what)
{
    QSqlQuery q = sql::prepare(store.connection(), statement, what);
    for (const QVariant& v : values)
        q.addBindValue(v);
    sql::exec(q, what);
}

} // namespace

void dateEvent(Store& store, qint64 eventId, const QDateTime& at)
{
    update(store, QStringLiteral("UPDATE events SET time = ? WHERE id = ?"),
           {at.toUTC().toString(Qt::ISODateWithMs), eventId},
           QStringLiteral("cannot date event %1 in store %2").arg(eventId).arg(store.path()));
}

void dateVersion(Store& store, const QString& model, int version, const QDateTime& created)
{
    update(store, QStringLiteral("UPDATE versions SET created = ? WHERE model = ? AND version = ?"),
           {created.toUTC().toString(Qt::ISODateWithMs), model, version},
           QStringLiteral("cannot date version %1 of '%2' in store %3").arg(version).arg(model, store.path()));
}

} // namespace retrainer
