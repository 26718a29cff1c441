#include "quality_check.h"
#include "registry.h"
#include "store.h"
#include "training_data.h"
#include "workspace.h"

namespace retrainer {

QualityReport checkQuality(Workspace& workspace, const QString& name, const QDateTime& now)
{
    const ModelConfig model = workspace.requireModel(name);
    const ModelRows rows = loadModelRows(model, workspace.directory(), workspace.store());
    const Dataset data = buildDataset(rows.table, model.schema());
    QualityOptions options;
    options.now = now;
    options.thresholds = model.readiness;
    if (const auto active = workspace.registry().active(name); active && active->metadata.contains("profile")) {
        options.profile = active->metadata.at("profile");
        options.profileVersion = active->version;
    }
    QualityReport report = computeQualityReport(data, options);
    report.model = name;
    for (const RunRecord& run : workspace.store().runs(name, 20)) {
        if (run.hygiene.is_object() && !run.hygiene.empty()) {
            report.lastHygiene = run.hygiene;
            report.lastHygiene["run_id"] = run.id;
            break;
        }
    }
    return report;
}

} // namespace retrainer
