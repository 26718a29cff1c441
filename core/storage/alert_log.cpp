#include "alert_log.h"
#include "sql_support.h"
#include <QVariant>

namespace retrainer {

using json = nlohmann::json;

namespace {

QString iso(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

QDateTime fromIso(const QVariant& v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

AlertRecord alertFrom(const QSqlQuery& q)
{
    AlertRecord a;
    a.id = q.value(0).toLongLong();
    a.time = fromIso(q.value(1));
    a.model = q.value(2).toString();
    a.severity = q.value(3).toString();
    a.kind = q.value(4).toString();
    a.text = q.value(5).toString();
    a.acknowledgedAt = fromIso(q.value(6));
    a.acknowledgedBy = q.value(7).toString();
    return a;
}

const char* const kColumns = "id, time, model, severity, kind, text, acknowledged_at, acknowledged_by";

} // namespace

json AlertRecord::toJson() const
{
    return {{"id", id},
            {"time", iso(time).toStdString()},
            {"model", model.toStdString()},
            {"severity", severity.toStdString()},
            {"kind", kind.toStdString()},
            {"text", text.toStdString()},
            {"acknowledged_at", acknowledgedAt.isValid() ? json(iso(acknowledgedAt).toStdString()) : json(nullptr)},
            {"acknowledged_by", acknowledgedAt.isValid() ? json(acknowledgedBy.toStdString()) : json(nullptr)}};
}

qint64 AlertLog::raise(const QString& model, const QString& severity, const QString& kind, const QString& text)
{
    auto q = sql::prepare(m_store.connection(),
                          QStringLiteral("INSERT INTO alerts (time, model, severity, kind, text) VALUES (?, ?, ?, ?, ?)"),
                          QStringLiteral("cannot record an alert"));
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    q.addBindValue(model.isNull() ? QStringLiteral("") : model); // an alert about no model (a failing channel): not NULL
    q.addBindValue(severity);
    q.addBindValue(kind);
    q.addBindValue(text);
    sql::exec(q, QStringLiteral("cannot record an alert"));
    return q.lastInsertId().toLongLong();
}

std::vector<AlertRecord> AlertLog::alerts(const QString& model, bool openOnly, int limit) const
{
    QString sqlText = QStringLiteral("SELECT %1 FROM alerts WHERE (? = '' OR model = ?)").arg(QLatin1String(kColumns));
    if (openOnly)
        sqlText += QStringLiteral(" AND acknowledged_at IS NULL");
    sqlText += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    auto q = sql::prepare(m_store.connection(), sqlText, QStringLiteral("cannot read alerts"));
    const QString filter = model.isEmpty() ? QStringLiteral("") : model; // a null QString would bind as NULL
    q.addBindValue(filter);
    q.addBindValue(filter);
    q.addBindValue(limit < 0 ? sql::noLimit(m_store.backend()) : QVariant(limit));
    sql::exec(q, QStringLiteral("cannot read alerts"));
    std::vector<AlertRecord> out;
    while (q.next())
        out.push_back(alertFrom(q));
    return out;
}

AlertRecord AlertLog::acknowledge(qint64 id, const QString& by)
{
    auto update = sql::prepare(m_store.connection(),
                               QStringLiteral("UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ? "
                                              "WHERE id = ? AND acknowledged_at IS NULL"),
                               QStringLiteral("cannot acknowledge alert %1").arg(id));
    update.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    update.addBindValue(by);
    update.addBindValue(id);
    sql::exec(update, QStringLiteral("cannot acknowledge alert %1").arg(id));
    auto q = sql::prepare(m_store.connection(), QStringLiteral("SELECT %1 FROM alerts WHERE id = ?").arg(QLatin1String(kColumns)),
                          QStringLiteral("cannot read alert %1").arg(id));
    q.addBindValue(id);
    sql::exec(q, QStringLiteral("cannot read alert %1").arg(id));
    if (!q.next())
        throw Error(QStringLiteral("there is no alert %1").arg(id));
    return alertFrom(q);
}

json StateDocuments::load(const QString& name) const
{
    auto q = sql::prepare(m_store.connection(), QStringLiteral("SELECT value FROM state WHERE name = ?"),
                          QStringLiteral("cannot read state '%1'").arg(name));
    q.addBindValue(name);
    sql::exec(q, QStringLiteral("cannot read state '%1'").arg(name));
    if (!q.next())
        return nullptr;
    const json value = json::parse(q.value(0).toString().toStdString(), nullptr, false);
    if (value.is_discarded())
        throw Error(QStringLiteral("the stored state '%1' is not valid JSON").arg(name));
    return value;
}

void StateDocuments::save(const QString& name, const json& value)
{
    auto q = sql::prepare(m_store.connection(),
                          sql::insertOrReplace(m_store.backend(), QStringLiteral("state"),
                                               {QStringLiteral("name"), QStringLiteral("value"), QStringLiteral("updated")},
                                               {QStringLiteral("name")}),
                          QStringLiteral("cannot save state '%1'").arg(name));
    q.addBindValue(name);
    q.addBindValue(QString::fromStdString(value.dump()));
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    sql::exec(q, QStringLiteral("cannot save state '%1'").arg(name));
}

} // namespace retrainer
