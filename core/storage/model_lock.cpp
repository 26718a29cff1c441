#include "model_lock.h"
#include "alert_log.h"
#include "error.h"
#include "sql_support.h"
#include "store_notices.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>

namespace retrainer {

namespace {

QString holderName(const QString& model) { return QStringLiteral("training:") + model; }

bool call(Store& store, const char* function, const QString& model)
{
    const QString what = QStringLiteral("cannot ask store %1 whether another instance trains '%2'").arg(store.path(), model);
    QSqlQuery q = sql::prepare(store.connection(),
                               QStringLiteral("SELECT %1(%2, hashtext(?))").arg(QLatin1String(function)).arg(sql::kModelLockSpace),
                               what);
    q.addBindValue(model);
    sql::exec(q, what);
    return q.next() && q.value(0).toBool();
}

// The holder, from the session that holds the lock (its name is Store::sessionName()), so that the answer
// is about the instance training now, not one that trained before. Since when: from what it recorded.
QString describeHolder(Store& store, const QString& model)
{
    const auto holder = ModelLock::holder(store, model);
    if (!holder)
        return {};
    if (holder->host.isEmpty())
        return QStringLiteral("another Retrainer instance is training '%1' right now; this request was not started").arg(model);
    const QString since = holder->since.isValid()
                              ? QStringLiteral("since %1 UTC").arg(holder->since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                              : QStringLiteral("right now");
    return QStringLiteral("another Retrainer instance (user %1 on %2, process %3) is training '%4' %5; "
                          "this request was not started")
        .arg(holder->user.isEmpty() ? QStringLiteral("unknown") : holder->user, holder->host, holder->pid, model, since);
}

} // namespace

ModelLock::~ModelLock()
{
    if (!m_held)
        return;
    try {
        call(m_store, "pg_advisory_unlock", m_model);
    } catch (const Error& e) {
        // The server releases it anyway when this connection closes.
        qWarning("cannot release the training lock of '%s': %s", qPrintable(m_model), qPrintable(e.message()));
    }
}

QString ModelLock::tryAcquire()
{
    if (m_store.backend() != sql::Backend::Postgres || m_held)
        return {};
    if (!call(m_store, "pg_try_advisory_lock", m_model)) {
        const QString holder = describeHolder(m_store, m_model);
        return holder.isEmpty() ? QStringLiteral("another Retrainer instance was training '%1' a moment ago; this request was "
                                                 "not started").arg(m_model)
                                : holder;
    }
    m_held = true;
    const QStringList session = Store::sessionName().split(QLatin1Char(':'));
    const QString userAtHost = session.value(1);
    StateDocuments(m_store).save(holderName(m_model),
                                 {{"host", userAtHost.mid(userAtHost.lastIndexOf(QLatin1Char('@')) + 1).toStdString()},
                                  {"pid", session.value(2).toStdString()},
                                  {"since", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()}});
    // Consoles on other machines show who trains it now.
    try {
        announceChange(m_store.connection(), notice::kRun, m_model,
                       QStringLiteral("cannot tell the other instances that '%1' is training").arg(m_model));
    } catch (const Error& e) { // a courtesy: the training goes on
        qWarning("%s", qPrintable(e.message()));
    }
    return {};
}

// Only reads pg_locks: asking never takes the lock, so two instances asking at once never see each other's
// question as a training.
std::optional<ModelLock::Holder> ModelLock::holder(Store& store, const QString& model)
{
    if (store.backend() != sql::Backend::Postgres)
        return std::nullopt;
    const QString what = QStringLiteral("cannot ask store %1 who trains '%2'").arg(store.path(), model);
    QSqlQuery q = sql::prepare(store.connection(),
                               QStringLiteral("SELECT a.application_name, a.usename FROM pg_locks l JOIN pg_stat_activity a "
                                              "ON a.pid = l.pid WHERE %1").arg(sql::trainingLockRow(QStringLiteral("l"))),
                               what);
    q.addBindValue(model);
    sql::exec(q, what);
    if (!q.next())
        return std::nullopt;
    Holder out;
    const QStringList session = q.value(0).toString().split(QLatin1Char(':'));
    if (session.size() != 3 || session[0] != QLatin1String("retrainer"))
        return out; // not named the way Retrainer names its sessions
    const qsizetype at = session[1].lastIndexOf(QLatin1Char('@'));
    out.user = session[1].left(at);
    out.host = session[1].mid(at + 1);
    out.pid = session[2];
    const QStringList mine = Store::sessionName().split(QLatin1Char(':'));
    out.thisProcess = mine.value(1) == session[1] && mine.value(2) == session[2];
    try {
        const nlohmann::json who = StateDocuments(store).load(holderName(model));
        if (who.is_object() && who.value("host", std::string()) == out.host.toStdString()
            && who.value("pid", std::string()) == out.pid.toStdString())
            out.since = QDateTime::fromString(QString::fromStdString(who.value("since", std::string())), Qt::ISODate);
    } catch (const Error&) {
        // the time is a courtesy; who it is matters
    }
    return out;
}

QString ModelLock::heldElsewhere(Store& store, const QString& model)
{
    if (store.backend() != sql::Backend::Postgres)
        return {};
    return describeHolder(store, model);
}

} // namespace retrainer
