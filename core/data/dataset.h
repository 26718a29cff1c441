#pragma once
// Typed rows: the features, label and timestamp of every accepted sample, and every rejected row.
#include "raw_table.h"
#include "task.h"
#include "timestamp_parser.h"
#include <QHash>
#include <QString>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace retrainer {

// Text: free text (messages, notes) — long, mostly unique values of several words; encoded as hashed word
// n-grams by the text classifier (text_features.h) instead of one-hot categories.
enum class ColumnKind { Numeric, Categorical, Text };

QString columnKindName(ColumnKind kind);                                  // "numeric", "categorical", "text"
std::optional<ColumnKind> columnKindFromString(const QString& text);

struct FeatureColumn
{
    QString name;
    ColumnKind kind = ColumnKind::Numeric;
};

constexpr qint64 kNoTimestamp = std::numeric_limits<qint64>::min();

struct Sample
{
    // Per feature, in the order of Dataset::features:
    std::vector<double> numbers;          // numeric value; NaN marks a missing value (imputed by the encoder)
    std::vector<std::string> categories;  // category or text (UTF-8) for categorical and text features, "" for numeric
                                          // ones; empty when every feature is numeric
    std::string label;                    // label text as read (classification)
    double target = 0.0;                  // numeric label (regression)
    qint64 timestampMs = kNoTimestamp;    // msecs since epoch (UTC) when the model has a timestamp column
    RowOrigin origin;
};

// Which columns mean what. Built from a model's configuration.
struct DatasetSchema
{
    Task task = Task::Regression;
    QString label;
    QString timestamp;            // empty: none
    QStringList features;         // empty: every column but label and timestamp
    QHash<QString, ColumnKind> kinds; // overrides; undetected columns are detected from the data
    bool detectText = true;           // false: a column detected as text is typed categorical (see below)
};

struct Dataset
{
    Task task = Task::Regression;
    std::vector<FeatureColumn> features;
    bool hasTimestamp = false;
    std::vector<Sample> samples;
    std::vector<RejectedRow> rejected; // every rejected row with its reason, in source order
};

// Detects the kind of each column: numeric when at least 95 % of its non-empty cells parse as finite
// numbers (so a few bad cells are rejected as bad rows rather than turning the column categorical);
// text when its values have on average at least 3 words and at least half of them are distinct;
// categorical otherwise.
QHash<QString, ColumnKind> detectColumnKinds(const RawTable& table);

// Types a raw table. Throws Error when the schema does not fit the columns (unknown label, feature or
// timestamp column). Bad rows never throw: each becomes a RejectedRow naming where and why:
//  - missing label; non-numeric regression label; NaN/inf anywhere numeric;
//  - non-numeric value in a numeric feature; unparseable timestamp.
// Raw rejections from the source are carried over first.
// Typed::RejectionsOnly checks every row the same way but keeps no samples (the sample store's import).
enum class Typed { Kept, RejectionsOnly };
Dataset buildDataset(const RawTable& table, const DatasetSchema& schema, Typed typed = Typed::Kept);

// Parses a finite number in C locale ("3.5", "-2e3"). nullopt for text, NaN and infinity.
std::optional<double> parseNumber(QStringView text);

} // namespace retrainer
