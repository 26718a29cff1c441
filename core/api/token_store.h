#pragma once
// API bearer tokens. A token is shown once, when it is created; the store keeps only its SHA-256, so a
// leaked database does not leak working tokens. Roles: "admin" (everything) and "viewer" (reads only).
#include "store.h"
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace retrainer {

struct TokenInfo
{
    QString name;
    QString role;              // "admin" | "viewer"
    QDateTime created;         // UTC
    QString createdBy;
    QDateTime revokedAt;       // invalid while the token works
    QDateTime lastUsed;        // invalid when never used

    bool revoked() const { return revokedAt.isValid(); }
    nlohmann::json toJson() const; // {name, role, created, created_by, last_used, revoked, revoked_at}
};

// Who a request is from.
struct TokenIdentity
{
    QString name;
    QString role;
    bool isAdmin() const { return role == QLatin1String("admin"); }
};

class TokenStore
{
public:
    explicit TokenStore(Store& store) : m_store(store) {}

    static bool isRole(const QString& role);

    // Creates a token and returns it ("rt_" + 43 base64url characters); it cannot be read back later.
    // Throws Error for a bad name or role, or a name already used (revoked names stay taken).
    // Recorded in the audit trail with `createdBy` as the actor.
    QString create(const QString& name, const QString& role, const QString& createdBy);
    std::vector<TokenInfo> list() const; // by name
    // Throws Error for an unknown or already revoked name. Takes effect at the next request.
    void revoke(const QString& name, const QString& by);
    // The token's owner when it exists and is not revoked (its last use is updated), else nothing.
    std::optional<TokenIdentity> authenticate(const QString& token);

    static QString hashOf(const QString& token); // SHA-256, hex

private:
    // The statement authenticate runs, prepared once on the thread that answers requests: every request is
    // checked, and preparing the statement anew was most of the check's time.
    QSqlQuery& lookup(const QSqlDatabase& db, const QString& what);

    Store& m_store;
    std::unique_ptr<QSqlQuery> m_lookup;
    Qt::HANDLE m_lookupThread = nullptr;
};

} // namespace retrainer
