#pragma once
// The audit trail: every mutation a person or a token asked for (train, cancel, rollback, approve, reject,
// settings, pause, resume, import, token-create, token-revoke), with who asked, when and the details.
// Kept in the store's `audit` table; read newest first.
#include "store.h"
#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>
#include <vector>

namespace retrainer {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime time;      // UTC
    QString actor;       // the OS user (GUI, CLI), the token name (API), "retrainer" (automatic)
    QString action;      // train, cancel, rollback, approve, reject, settings, pause, resume, import, token-…
    QString model;       // empty when the action is not about one model
    nlohmann::json detail = nlohmann::json::object();

    nlohmann::json toJson() const;
};

class AuditLog
{
public:
    explicit AuditLog(Store& store) : m_store(store) {}

    // Throws Error when the store cannot be written (or actor/action is empty).
    qint64 record(const QString& actor, const QString& action, const QString& model = {},
                  const nlohmann::json& detail = nlohmann::json::object());
    // Newest first; every model when `model` is empty; all entries when `limit` < 0.
    std::vector<AuditEntry> entries(const QString& model = {}, int limit = -1) const;

private:
    Store& m_store;
};

} // namespace retrainer
