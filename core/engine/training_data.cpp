#include "training_data.h"
#include "model_config.h"
#include "source_loader.h"

namespace retrainer {

ModelRows loadModelRows(const ModelConfig& model, const QString& workspaceDir, const Store& store)
{
    ModelRows rows;
    rows.table = loadSourceRows(model.source, workspaceDir, store, model.name);
    if (model.baseSource.isEmpty())
        return rows;
    const RawTable base = loadSourceRows(model.baseSource, workspaceDir, store, model.name);
    for (const RawRow& row : base.rows)
        rows.baseOrigins.insert(row.origin);
    rows.table = mergeTables(base, rows.table);
    return rows;
}

QStringList modelTextColumns(const ModelConfig& model, const RawTable& table)
{
    const DatasetSchema schema = model.schema();
    bool allKnown = true;
    for (const QString& column : table.columns)
        allKnown = allKnown && (schema.kinds.contains(column) || column == schema.label || column == schema.timestamp);
    return textColumns(schema, allKnown ? QHash<QString, ColumnKind>() : detectColumnKinds(table));
}

TrainingData prepareTrainingData(const ModelConfig& model, const QString& workspaceDir, const Store& store)
{
    ModelRows rows = loadModelRows(model, workspaceDir, store);
    TrainingData result;
    result.sourceRows = qint64(rows.table.rows.size() + rows.table.rejected.size());
    if (model.hygiene.scrubPii)
        result.hygiene.pii = scrubTable(rows.table, modelTextColumns(model, rows.table));
    if (model.hygiene.qualityFilter)
        result.hygiene.filtered = applyQualityFilter(rows.table, *model.hygiene.qualityFilter);
    result.data = buildDataset(rows.table, model.schema());
    if (model.hygiene.deduplicate)
        result.hygiene.duplicatesRemoved = removeDuplicates(result.data, rows.baseOrigins);
    return result;
}

} // namespace retrainer
