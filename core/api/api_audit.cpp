#include "api_audit.h"
#include "sql_support.h"
#include <QDateTime>

namespace retrainer {

void recordAudit(Store& store, const QString& actor, const QString& action, const QString& model,
                 const nlohmann::json& detail)
{
    const QString what = QStringLiteral("recording '%1' by %2 in the audit trail").arg(action, actor);
    QSqlQuery q = sql::prepare(store.connection(),
                               QStringLiteral("INSERT INTO audit (time, actor, action, model, detail) VALUES (?, ?, ?, ?, ?)"), what);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(actor);
    q.addBindValue(action);
    q.addBindValue(model.isNull() ? QStringLiteral("") : model);
    q.addBindValue(QString::fromStdString(detail.dump()));
    sql::exec(q, what);
}

} // namespace retrainer
