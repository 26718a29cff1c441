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

// The text columns of a model: those its configuration marks as text, else those detected in `table`.
QStringList modelTextColumns(const ModelConfig& model, const RawTable& table);

struct TrainingData
{
    Dataset data;
    HygieneCounts hygiene;
    qint64 sourceRows = 0; // rows read (accepted and rejected by the source), before hygiene
};

// Loads and cleans the rows: PII scrubbing (text columns), quality filter, typing, de-duplication.
TrainingData prepareTrainingData(const ModelConfig& model, const QString& workspaceDir, const Store& store);

} // namespace retrainer
