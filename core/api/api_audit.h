#pragma once
// Stand-in for the audit trail until AuditLog (core/storage/audit_log.h) is merged: one row per mutation.
#include "store.h"
#include <nlohmann/json.hpp>

namespace retrainer {

void recordAudit(Store& store, const QString& actor, const QString& action, const QString& model,
                 const nlohmann::json& detail = nlohmann::json::object());

} // namespace retrainer
