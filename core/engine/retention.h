#pragma once
// Retention: a model keeps its newest `keep` versions (ModelConfig::keepVersions, default 10, as DESIGN.md
// says); older ones are deleted — record and file — except the version in service, a pinned one and one
// awaiting approval.
// Every deletion is audited (action "delete_version", with the version, its SHA-256, size and why).
// Run after each promotion (actor "retrainer") and by `retrainer versions NAME --prune`.
#include <QString>
#include <vector>

namespace retrainer {

class AuditLog;
class Registry;

struct PrunedVersion
{
    int version = 0;
    qint64 size = 0;
};

// Returns the versions deleted, oldest first. Throws Error when the store cannot be written.
std::vector<PrunedVersion> pruneVersions(Registry& registry, AuditLog& audit, const QString& model, int keep,
                                         const QString& actor);

// Pins (or unpins) a version so that retention keeps it; audited as "pin_version" / "unpin_version" with
// the version and its SHA-256. Throws Error for an unknown version.
void pinVersion(Registry& registry, AuditLog& audit, const QString& model, int version, bool pinned,
                const QString& actor);

} // namespace retrainer
