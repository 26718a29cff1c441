#include "retention.h"
#include "audit_log.h"
#include "registry.h"
#include <QCoreApplication>
#include <algorithm>

namespace retrainer {

std::vector<PrunedVersion> pruneVersions(Registry& registry, AuditLog& audit, const QString& model, int keep,
                                         const QString& actor)
{
    std::vector<PrunedVersion> pruned;
    const std::vector<ModelVersion> versions = registry.versions(model); // newest first
    for (size_t i = size_t(std::max(keep, 0)); i < versions.size(); ++i) {
        const ModelVersion& v = versions[i];
        if (v.active || v.pinned || v.approvalState() == QLatin1String("pending"))
            continue;
        registry.removeVersion(model, v.version);
        audit.record(actor, QStringLiteral("delete_version"), model,
                     {{"version", v.version}, {"sha256", v.sha256.toStdString()}, {"size", v.size},
                      {"reason", QCoreApplication::translate("Retention", "retention: the newest %1 versions are kept")
                                     .arg(keep).toStdString()}});
        pruned.push_back({v.version, v.size});
    }
    std::reverse(pruned.begin(), pruned.end());
    return pruned;
}

void pinVersion(Registry& registry, AuditLog& audit, const QString& model, int version, bool pinned, const QString& actor)
{
    const auto before = registry.version(model, version);
    registry.setPinned(model, version, pinned); // throws Error for an unknown version
    audit.record(actor, pinned ? QStringLiteral("pin_version") : QStringLiteral("unpin_version"), model,
                 {{"version", version}, {"sha256", before ? before->sha256.toStdString() : std::string()},
                  {"was_pinned", before && before->pinned}});
}

} // namespace retrainer
