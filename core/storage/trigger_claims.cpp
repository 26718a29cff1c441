#include "trigger_claims.h"
#include "sql_support.h"
#include "store.h"

namespace retrainer {

using namespace sql;

namespace {

const QString kData = QStringLiteral("data");

// Row counts as claim moments: zero-padded, so that the text order is the numeric one.
QString rowsMoment(qint64 rows)
{
    return QStringLiteral("%1").arg(rows, 19, 10, QLatin1Char('0'));
}

void insertClaim(const QSqlDatabase& db, const QString& model, const QString& kind, const QString& moment,
                 const QString& what, QSqlQuery* out)
{
    *out = prepare(db, QStringLiteral("INSERT INTO trigger_claims (model, kind, moment, instance, claimed) "
                                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"), what);
    out->addBindValue(model);
    out->addBindValue(kind);
    out->addBindValue(moment);
    out->addBindValue(Store::sessionName());
    out->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    exec(*out, what);
}

} // namespace

bool TriggerClaims::claimMoment(const QString& model, const QString& schedule, const QDateTime& moment)
{
    if (m_store.backend() != Backend::Postgres)
        return true;
    const QString what = QStringLiteral("cannot claim the %1 moment %2 of '%3' in store %4")
                             .arg(schedule, moment.toUTC().toString(Qt::ISODate), model, m_store.path());
    QSqlQuery q(m_store.connection());
    insertClaim(m_store.connection(), model, schedule, moment.toUTC().toString(Qt::ISODate), what, &q);
    return q.numRowsAffected() == 1;
}

bool TriggerClaims::claimNewRows(const QString& model, qint64 rows, qint64 minNew)
{
    if (m_store.backend() != Backend::Postgres)
        return true;
    const QString what = QStringLiteral("cannot claim the data trigger of '%1' in store %2").arg(model, m_store.path());
    const QSqlDatabase db = m_store.connection();
    Transaction transaction(db, what); // the store's write lock: the read and the claim are one step
    {
        QSqlQuery last = prepare(db, QStringLiteral("SELECT MAX(moment) FROM trigger_claims WHERE model = ? AND kind = ?"), what);
        last.addBindValue(model);
        last.addBindValue(kData);
        exec(last, what);
        if (last.next() && !last.value(0).isNull() && rows - last.value(0).toString().toLongLong() < minNew)
            return false;
    }
    QSqlQuery q(db);
    insertClaim(db, model, kData, rowsMoment(rows), what, &q);
    transaction.commit();
    return q.numRowsAffected() == 1;
}

} // namespace retrainer
