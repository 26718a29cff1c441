#pragma once
// A model's rows as training sees them: its source (and base dataset, when it names one) read and merged,
// then cleaned by its hygiene settings (PII scrubbed from text columns, quality filter, typed, de-duplicated).
#include "dataset.h"
#include "hygiene.h"
#include <QSet>

namespace retrainer {

class Store;
struct ModelConfig;

struct ModelRows
{
    RawTable table;
    QSet<QString> baseOrigins; // origins of the rows that came from the base dataset
};

// The source's rows, after the base dataset's rows when the model names `base_source`. Throws Error.
ModelRows loadModelRows(const ModelConfig& model, const QString& workspaceDir, const Store& store);

// Scrubs personal data from the model's text columns (those its configuration marks as text, else those
// detected in `table`) when its hygiene asks for it, and returns the schema to type the rows with. When the
// scrub changed no cell, the kinds it detected are in the schema, so typing does not read every cell again
// to detect the same kinds.
DatasetSchema scrubModelRows(const ModelConfig& model, RawTable& table, PiiCounts& replaced);

struct TrainingData
{
    Dataset data;
    HygieneCounts hygiene;
    qint64 sourceRows = 0; // rows read (accepted and rejected by the source), before hygiene
};

// Loads and cleans the rows: PII scrubbing (text columns), quality filter, typing, de-duplication.
TrainingData prepareTrainingData(const ModelConfig& model, const QString& workspaceDir, const Store& store);

} // namespace retrainer
