#include "delivery_log.h"
#include "sql_support.h"
#include <QVariant>

namespace retrainer {

using json = nlohmann::json;

namespace {

const char* const kColumns = "id, alert_id, channel, state, attempts, error, updated";

DeliveryRecord recordFrom(const QSqlQuery& q)
{
    DeliveryRecord r;
    r.id = q.value(0).toLongLong();
    r.alertId = q.value(1).toLongLong();
    r.channel = q.value(2).toString();
    r.state = q.value(3).toString();
    r.attempts = q.value(4).toInt();
    r.error = q.value(5).toString();
    r.updated = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs).toUTC();
    return r;
}

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

} // namespace

json DeliveryRecord::toJson() const
{
    return {{"id", id},
            {"alert", alertId},
            {"channel", channel.toStdString()},
            {"state", state.toStdString()},
            {"attempts", attempts},
            {"error", error.isEmpty() ? json(nullptr) : json(error.toStdString())},
            {"updated", updated.toString(Qt::ISODateWithMs).toStdString()}};
}

qint64 DeliveryLog::begin(qint64 alertId, const QString& channel)
{
    const QString what = QStringLiteral("cannot record the delivery of alert %1 to '%2'").arg(alertId).arg(channel);
    auto q = sql::prepare(m_store.connection(),
                          QStringLiteral("INSERT INTO alert_deliveries (alert_id, channel, state, attempts, error, updated) "
                                         "VALUES (?, ?, 'sending', 0, '', ?)"),
                          what);
    q.addBindValue(alertId);
    q.addBindValue(channel);
    q.addBindValue(now());
    sql::exec(q, what);
    return q.lastInsertId().toLongLong();
}

void DeliveryLog::update(qint64 id, const QString& state, int attempts, const QString& error)
{
    const QString what = QStringLiteral("cannot record delivery %1").arg(id);
    auto q = sql::prepare(m_store.connection(),
                          QStringLiteral("UPDATE alert_deliveries SET state = ?, attempts = ?, error = ?, updated = ? WHERE id = ?"),
                          what);
    q.addBindValue(state);
    q.addBindValue(attempts);
    q.addBindValue(error.isNull() ? QStringLiteral("") : error);
    q.addBindValue(now());
    q.addBindValue(id);
    sql::exec(q, what);
}

std::vector<DeliveryRecord> DeliveryLog::forAlert(qint64 alertId) const
{
    const QString what = QStringLiteral("cannot read the deliveries of alert %1").arg(alertId);
    auto q = sql::prepare(m_store.connection(),
                          QStringLiteral("SELECT %1 FROM alert_deliveries WHERE alert_id = ? ORDER BY id").arg(QLatin1String(kColumns)),
                          what);
    q.addBindValue(alertId);
    sql::exec(q, what);
    std::vector<DeliveryRecord> out;
    while (q.next())
        out.push_back(recordFrom(q));
    return out;
}

std::map<qint64, std::vector<DeliveryRecord>> DeliveryLog::since(qint64 fromAlertId) const
{
    const QString what = QStringLiteral("cannot read alert deliveries");
    auto q = sql::prepare(m_store.connection(),
                          QStringLiteral("SELECT %1 FROM alert_deliveries WHERE alert_id >= ? ORDER BY id").arg(QLatin1String(kColumns)),
                          what);
    q.addBindValue(fromAlertId);
    sql::exec(q, what);
    std::map<qint64, std::vector<DeliveryRecord>> out;
    while (q.next()) {
        DeliveryRecord r = recordFrom(q);
        out[r.alertId].push_back(std::move(r));
    }
    return out;
}

int DeliveryLog::endUnfinished(const QString& reason)
{
    const QString what = QStringLiteral("cannot close unfinished alert deliveries");
    auto q = sql::prepare(m_store.connection(),
                          QStringLiteral("UPDATE alert_deliveries SET state = 'failed', error = ?, updated = ? WHERE state = 'sending'"),
                          what);
    q.addBindValue(reason);
    q.addBindValue(now());
    sql::exec(q, what);
    return q.numRowsAffected();
}

int DeliveryLog::failuresInARow(const QString& channel) const
{
    const QString what = QStringLiteral("cannot read the deliveries through '%1'").arg(channel);
    auto q = sql::prepare(m_store.connection(),
                          QStringLiteral("SELECT COUNT(*) FROM alert_deliveries WHERE channel = ? AND state = 'failed' AND id > "
                                         "(SELECT COALESCE(MAX(id), 0) FROM alert_deliveries WHERE channel = ? AND state = 'sent')"),
                          what);
    q.addBindValue(channel);
    q.addBindValue(channel);
    sql::exec(q, what);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace retrainer
