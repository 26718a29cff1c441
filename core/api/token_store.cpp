#include "token_store.h"
#include "audit_log.h"
#include "error.h"
#include "sql_support.h"
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <array>

namespace retrainer {

using json = nlohmann::json;

namespace {

const char kLookup[] = "SELECT name, role, last_used FROM tokens WHERE hash = ? AND revoked_at IS NULL";

QString iso(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime fromIso(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}
json isoJson(const QDateTime& t) { return t.isValid() ? json(iso(t).toStdString()) : json(nullptr); }

// The token's revoked_at (null while it works), or nothing when there is no token of that name.
std::optional<QVariant> revokedAt(const QSqlDatabase& db, const QString& name, const QString& what)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT revoked_at FROM tokens WHERE name = ?"), what);
    q.addBindValue(name);
    sql::exec(q, what);
    if (!q.next())
        return std::nullopt;
    return q.value(0);
}

} // namespace

json TokenInfo::toJson() const
{
    return {{"name", name.toStdString()}, {"role", role.toStdString()}, {"created", isoJson(created)},
            {"created_by", createdBy.toStdString()}, {"last_used", isoJson(lastUsed)},
            {"revoked", revoked()}, {"revoked_at", isoJson(revokedAt)}};
}

bool TokenStore::isRole(const QString& role)
{
    return role == QLatin1String("admin") || role == QLatin1String("viewer");
}

QString TokenStore::hashOf(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString TokenStore::create(const QString& name, const QString& role, const QString& createdBy)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!valid.match(name).hasMatch())
        throw Error(QStringLiteral("token name '%1' is not usable: use 1 to 64 letters, digits, '.', '_' or '-', "
                                   "starting with a letter or digit").arg(name));
    if (!isRole(role))
        throw Error(QStringLiteral("role '%1' of token '%2' is not known: use admin or viewer").arg(role, name));

    std::array<quint32, 8> words; // 32 random bytes from the operating system
    QRandomGenerator::system()->generate(words.begin(), words.end());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), int(sizeof(words)));
    const QString token = QStringLiteral("rt_") + QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    const QString what = QStringLiteral("creating API token '%1'").arg(name);
    const QSqlDatabase db = m_store.connection();
    sql::Transaction transaction(db, what);
    if (const auto existing = revokedAt(db, name, what))
        throw Error(QStringLiteral("a token named '%1' already exists%2; choose another name").arg(
            name, existing->isNull() ? QString() : QStringLiteral(" (revoked)")));
    QSqlQuery insert = sql::prepare(db, QStringLiteral("INSERT INTO tokens (name, role, hash, created, created_by) "
                                                       "VALUES (?, ?, ?, ?, ?)"), what);
    insert.addBindValue(name);
    insert.addBindValue(role);
    insert.addBindValue(hashOf(token));
    insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    insert.addBindValue(createdBy);
    sql::exec(insert, what);
    AuditLog(m_store).record(createdBy, QStringLiteral("token-create"), QString(),
                {{"token", name.toStdString()}, {"role", role.toStdString()}});
    transaction.commit();
    return token;
}

std::vector<TokenInfo> TokenStore::list() const
{
    const QString what = QStringLiteral("listing API tokens");
    QSqlQuery q = sql::prepare(m_store.connection(), QStringLiteral(
        "SELECT name, role, created, created_by, revoked_at, last_used FROM tokens ORDER BY name"), what);
    sql::exec(q, what);
    std::vector<TokenInfo> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), fromIso(q.value(2)), q.value(3).toString(),
                       fromIso(q.value(4)), fromIso(q.value(5))});
    return out;
}

void TokenStore::revoke(const QString& name, const QString& by)
{
    const QString what = QStringLiteral("revoking API token '%1'").arg(name);
    const QSqlDatabase db = m_store.connection();
    sql::Transaction transaction(db, what);
    const auto revoked = revokedAt(db, name, what);
    if (!revoked)
        throw Error(QStringLiteral("there is no token named '%1'; `retrainer token list` shows them").arg(name));
    if (!revoked->isNull())
        throw Error(QStringLiteral("token '%1' was already revoked on %2").arg(name, revoked->toString()));
    QSqlQuery update = sql::prepare(db, QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE name = ?"), what);
    update.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    update.addBindValue(name);
    sql::exec(update, what);
    AuditLog(m_store).record(by, QStringLiteral("token-revoke"), QString(), {{"token", name.toStdString()}});
    transaction.commit();
}

QSqlQuery& TokenStore::lookup(const QSqlDatabase& db, const QString& what)
{
    if (!m_lookup) {
        m_lookup = std::make_unique<QSqlQuery>(sql::prepare(db, QString::fromLatin1(kLookup), what));
        m_lookupThread = QThread::currentThreadId();
    }
    return *m_lookup;
}

std::optional<TokenIdentity> TokenStore::authenticate(const QString& token)
{
    if (!token.startsWith(QLatin1String("rt_")))
        return std::nullopt;
    const QString what = QStringLiteral("checking an API token");
    const QString hash = hashOf(token);
    const QSqlDatabase db = m_store.connection();
    QSqlQuery own;
    const bool shared = m_lookupThread == nullptr || m_lookupThread == QThread::currentThreadId();
    if (!shared)
        own = sql::prepare(db, QString::fromLatin1(kLookup), what);
    QSqlQuery& q = shared ? lookup(db, what) : own;
    q.bindValue(0, hash);
    sql::exec(q, what);
    if (!q.next())
        return std::nullopt;
    TokenIdentity identity{q.value(0).toString(), q.value(1).toString()};
    const QDateTime lastUsed = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    q.finish();
    // "Last used" is kept to the minute: a write per request slowed every call, and on a full disk it made
    // every request fail although answering needs no write at all.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (lastUsed.isValid() && lastUsed.secsTo(now) < 60)
        return identity;
    try {
        QSqlQuery used = sql::prepare(db, QStringLiteral("UPDATE tokens SET last_used = ? WHERE hash = ?"), what);
        used.addBindValue(iso(now));
        used.addBindValue(hash);
        sql::exec(used, what);
    } catch (const Error& e) {
        qWarning("API token '%s' was accepted, but its last use could not be recorded: %s", qPrintable(identity.name),
                 qPrintable(e.message()));
    }
    return identity;
}

} // namespace retrainer
