#include "training_data.h"
#include "model_config.h"
#include "source_loader.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace retrainer {

ModelRows loadModelRows(const ModelConfig& model, const QString& workspaceDir, const Store& store)
{
    ModelRows rows;
    rows.table = loadSourceRows(model.source, workspaceDir, store, model.name);
    if (model.baseSource.isEmpty())
        return rows;
    const RawTable base = loadSourceRows(model.baseSource, workspaceDir, store, model.name);
    for (const RawRow& row : base.rows)
        rows.baseOrigins.insert(row.origin.text());
    rows.table = mergeTables(base, rows.table);
    return rows;
}

DatasetSchema scrubModelRows(const ModelConfig& model, RawTable& table, PiiCounts& replaced)
{
    DatasetSchema schema = model.schema();
    if (!model.hygiene.scrubPii)
        return schema;
    bool allKnown = true;
    for (const QString& column : table.columns)
        allKnown = allKnown && (schema.kinds.contains(column) || column == schema.label || column == schema.timestamp);
    const QHash<QString, ColumnKind> detected = allKnown ? QHash<QString, ColumnKind>() : detectColumnKinds(table);
    replaced = scrubTable(table, textColumns(schema, detected));
    if (replaced.total() > 0)
        return schema; // cells changed: typing detects the kinds again on what is left
    for (auto kind = detected.cbegin(); kind != detected.cend(); ++kind) {
        if (!schema.kinds.contains(kind.key()))
            schema.kinds.insert(kind.key(), *kind == ColumnKind::Text && !schema.detectText ? ColumnKind::Categorical : *kind);
    }
    return schema;
}

TrainingData prepareTrainingData(const ModelConfig& model, const QString& workspaceDir, const Store& store)
{
    ModelRows rows = loadModelRows(model, workspaceDir, store);
    TrainingData result;
    result.sourceRows = qint64(rows.table.rows.size() + rows.table.rejected.size());
    DatasetSchema schema = scrubModelRows(model, rows.table, result.hygiene.pii);
    if (model.hygiene.qualityFilter) {
        result.hygiene.filtered = applyQualityFilter(rows.table, *model.hygiene.qualityFilter);
        if (result.hygiene.filtered > 0)
            schema = model.schema(); // fewer rows: their kinds are detected on what is left
    }
    result.data = buildDataset(rows.table, schema);
    if (model.hygiene.deduplicate)
        result.hygiene.duplicatesRemoved = removeDuplicates(result.data, rows.baseOrigins);
    rows = ModelRows(); // the raw rows are typed: only the dataset is kept from here on
#if defined(__GLIBC__)
    // glibc keeps what the raw rows freed in the loading thread's arena, where training and registering (other
    // threads, other arenas) never reuse it; give it back so the peak of a run is not raised by it.
    malloc_trim(0);
#endif
    return result;
}

} // namespace retrainer
