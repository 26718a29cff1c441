#include "audit_log.h"
#include "sql_support.h"
#include <QVariant>

namespace retrainer {

using json = nlohmann::json;

json AuditEntry::toJson() const
{
    return {{"id", id},
            {"time", time.toUTC().toString(Qt::ISODateWithMs).toStdString()},
            {"actor", actor.toStdString()},
            {"action", action.toStdString()},
            {"model", model.isEmpty() ? json(nullptr) : json(model.toStdString())},
            {"detail", detail}};
}

qint64 AuditLog::record(const QString& actor, const QString& action, const QString& model, const json& detail)
{
    const QString what = QStringLiteral("cannot record '%1' by '%2' in the audit trail of %3").arg(action, actor, m_store.path());
    if (actor.isEmpty() || action.isEmpty())
        throw Error(QStringLiteral("%1: the actor and the action must not be empty").arg(what));
    auto q = sql::prepare(m_store.connection(),
                          QStringLiteral("INSERT INTO audit (time, actor, action, model, detail) VALUES (?, ?, ?, ?, ?)"), what);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(actor);
    q.addBindValue(action);
    q.addBindValue(model.isNull() ? QStringLiteral("") : model); // the column is NOT NULL
    q.addBindValue(QString::fromStdString((detail.is_null() ? json::object() : detail).dump()));
    sql::exec(q, what);
    return q.lastInsertId().toLongLong();
}

std::vector<AuditEntry> AuditLog::entries(const QString& model, int limit) const
{
    const QString what = QStringLiteral("cannot read the audit trail of %1").arg(m_store.path());
    auto q = sql::prepare(m_store.connection(),
                          QStringLiteral("SELECT id, time, actor, action, model, detail FROM audit "
                                         "WHERE (? = '' OR model = ?) ORDER BY id DESC LIMIT ?"), what);
    const QString filter = model.isNull() ? QStringLiteral("") : model;
    q.addBindValue(filter);
    q.addBindValue(filter);
    q.addBindValue(limit < 0 ? sql::noLimit(m_store.backend()) : QVariant(limit));
    sql::exec(q, what);
    std::vector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.model = q.value(4).toString();
        e.detail = json::parse(q.value(5).toString().toStdString(), nullptr, false);
        if (e.detail.is_discarded())
            e.detail = json::object();
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace retrainer
