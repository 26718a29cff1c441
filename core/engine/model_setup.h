#pragma once
// Setting up a new model from its source rows, shared by `retrainer model add` and the console's model
// wizard so that both save the same configuration: the columns are checked against the rows, text
// columns that look like identifiers are left out when no features were named, and the kind of every
// feature is fixed now (so a later bad value is rejected as a bad row instead of changing the column's
// kind). Also the suggestions the wizard makes: a task for a label, a timestamp column.
#include "dataset.h"
#include "model_config.h"
#include "raw_table.h"
#include <QStringList>
#include <optional>

namespace retrainer {

struct ModelSetup
{
    Dataset data;         // the rows typed with the model's final schema
    QStringList leftOut;  // identifier-like columns left out of the features
    QString metricNote;   // why the primary metric was chosen, when setUpModelColumns chose one
};

// The primary metric a new classification model starts with: "macro_f1" when its labels are imbalanced —
// the smallest class has fewer than a third of the largest class's rows — so that a model that ignores a
// rare class cannot look good by its accuracy; "accuracy" otherwise (and for fewer than two classes).
// `why` (may be null) gets a sentence naming both classes and their counts.
QString primaryMetricForLabels(const Dataset& data, QString* why = nullptr);

// Text columns with a different value in almost every row (more than 50 distinct values, in more than
// half of the rows): an identifier or a free-form date teaches the model nothing and makes training slow.
QStringList identifierLikeColumns(const Dataset& data);

// Types `table` with the model's schema. When model.features is empty and some columns look like
// identifiers, features becomes every other column (leftOut names the ones left out). Every feature's
// kind is stored in model.kinds. Throws Error when the label, timestamp or a feature is not a column.
// `detectText`: free-text columns may become Text (the model will be the linear text classifier).
// A classification model without a primary metric gets "macro_f1" when its labels are imbalanced
// (primaryMetricForLabels; metricNote says why); otherwise it is left empty (accuracy).
ModelSetup setUpModelColumns(ModelConfig& model, const RawTable& table, bool detectText = false);

// Classification for a text label or a numeric one with only two values (0/1, yes/no coded as numbers);
// regression for other numeric labels. std::nullopt when `label` is not a column.
std::optional<Task> suggestTask(const RawTable& table, const QString& label);

// The first text column whose filled cells (at least 95 % of them, and at least one) all read as dates or
// times (parseTimestamp); empty when none does.
QString suggestTimestampColumn(const RawTable& table);

} // namespace retrainer
