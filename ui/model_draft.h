#pragma once
// What the model wizard's pages have gathered so far; owned by ModelWizard and shared with its pages.
#include "dataset.h"
#include "raw_table.h"
#include "task.h"
#include "worker_pool.h"
#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>

namespace retrainer {

struct ModelDraft
{
    // Source page: the URI the model will read (csv:/abs/path or sqlite:/abs/path?table=T), a short
    // description for people, the rows as read, their detected kinds and a suggested timestamp column.
    // The engine's workers: the pages read sources and make suggestions there (never Qt's global pool).
    WorkerPool* workers = nullptr;
    QString sourceUri;
    QString sourceName;
    std::shared_ptr<const RawTable> table;
    QHash<QString, ColumnKind> kinds;
    QString suggestedTimestamp;

    // Training page.
    QString label;
    Task task = Task::Regression;
    QString timestamp;
    QStringList features;        // as checked, in column order
    QStringList defaultFeatures; // what `model add` would use without --features
    Algorithm algorithm = Algorithm::RandomForest;
    bool autoAlgorithm = true; // "auto", the default for new models
};

} // namespace retrainer
