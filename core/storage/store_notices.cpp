#include "store_notices.h"
#include "pg_listener.h"
#include "sql_support.h"
#include "store.h"

namespace retrainer {

namespace {

const QString kChannel = QStringLiteral("retrainer_changes");
const QChar kSeparator = QLatin1Char('\t');

} // namespace

void announceChange(const QSqlDatabase& db, const QString& kind, const QString& model, const QString& what)
{
    if (sql::backendOf(db) != sql::Backend::Postgres)
        return;
    // kind, sender, model: the model last, so that any character in its name survives.
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT pg_notify(?, ?)"), what);
    q.addBindValue(kChannel);
    q.addBindValue(QStringList{kind, Store::sessionName(), model}.join(kSeparator));
    sql::exec(q, what);
}

StoreListener::StoreListener(const QString& storeUrl, QObject* parent)
    : QObject(parent),
      m_listener(storeUrl, kChannel, Store::sessionName(), QStringLiteral("changes made by other instances (store)"))
{
    connect(&m_listener, &PgListener::listening, this, &StoreListener::listening);
    connect(&m_listener, &PgListener::notified, this, [this](const QString& payload) {
        const QStringList parts = payload.split(kSeparator);
        if (parts.size() < 3 || parts[1] == Store::sessionName())
            return; // malformed, or this process's own change
        Q_EMIT changedElsewhere(parts[0], payload.section(kSeparator, 2));
    });
}

StoreListener::~StoreListener() = default;

} // namespace retrainer
