#include "sample_import.h"
#include "dataset.h"
#include "error.h"
#include "hygiene.h"
#include "training_data.h"
#include "workspace.h"

namespace retrainer {

using json = nlohmann::json;

json SampleImport::toJson() const
{
    json out = json::array();
    for (const auto& r : rejected)
        out.push_back({{"where", r.where.toStdString()}, {"reason", r.reason.toStdString()}});
    return {{"stored", stored}, {"rejected", out}, {"total", total}, {"pii_replaced", pii.toJson()}};
}


SampleImport storeSamples(Workspace& workspace, const ModelConfig& model, RawTable table)
{
    if (!model.source.startsWith(QLatin1String("store:")))
        throw Error(QStringLiteral("model '%1' reads from %2, not from the sample store; samples can only be added to "
                                   "models whose source is store:").arg(model.name, model.source));
    SampleImport result;
    // Personal data never reaches the store: text columns are scrubbed before the rows are checked and stored.
    const DatasetSchema schema = scrubModelRows(model, table, result.pii);
    // Type every row with the training rules before anything is stored; keep only the good ones.
    const Dataset checked = buildDataset(table, schema, Typed::RejectionsOnly);
    QSet<QString> rejectedOrigins;
    for (const auto& r : checked.rejected)
        rejectedOrigins.insert(r.where);
    RawTable accepted;
    accepted.columns = table.columns;
    accepted.rows.reserve(table.rows.size());
    for (auto& row : table.rows)
        if (rejectedOrigins.isEmpty() || !rejectedOrigins.contains(row.origin.text()))
            accepted.rows.push_back(std::move(row));
    result.stored = accepted.rows.empty() ? 0 : workspace.store().addSamples(model.name, accepted);
    result.rejected = checked.rejected;
    result.total = workspace.store().sampleCount(model.name);
    workspace.store().addEvent(model.name, std::nullopt, QStringLiteral("SAMPLES_IMPORTED"),
                               {{"stored", result.stored}, {"rejected", result.rejected.size()},
                                {"pii_replaced", result.pii.toJson()}});
    return result;
}

} // namespace retrainer
