#pragma once
// Data hygiene before training (configurable per model, counted in the run record):
//  - PII scrubbing of text columns (pii_scrubber.h), on the raw cells, before anything is learnt or stored;
//  - a quality filter: keep rows whose column (any column of the source, e.g. "confidence") is a number
//    >= min; a row without a number there is filtered out too;
//  - de-duplication by content: rows with the same features and label (text compared normalised:
//    lower-case, whitespace collapsed) are one example; the newest is kept (latest timestamp, else the
//    last row). Rows of a base dataset are never removed: a new row that repeats a base row is dropped
//    and the base row stays (the original wins), and base rows are not de-duplicated among themselves.
#include "dataset.h"
#include "pii_scrubber.h"
#include <QSet>
#include <nlohmann/json.hpp>
#include <optional>

namespace retrainer {

struct QualityFilter
{
    QString column;
    double min = 0.0;
};

struct HygieneConfig
{
    bool deduplicate = true;
    std::optional<QualityFilter> qualityFilter;
    bool scrubPii = true;

    nlohmann::json toJson() const;
    // Throws Error naming `owner` (e.g. "model 'x'") and the field for a bad value.
    static HygieneConfig fromJson(const nlohmann::json& json, const QString& owner);
};

struct HygieneCounts
{
    long duplicatesRemoved = 0;
    long filtered = 0;
    PiiCounts pii;

    nlohmann::json toJson() const; // {duplicates_removed, filtered, pii_replaced: {email, phone, id_number, url}}
};

// Replaces PII in the cells of the named columns (absent names are ignored).
PiiCounts scrubTable(RawTable& table, const QStringList& textColumns);

// Removes rows whose `filter.column` is not a number >= filter.min; returns how many. Throws Error when the
// column is not in the table.
long applyQualityFilter(RawTable& table, const QualityFilter& filter);

// The rows of `base` then those of `fresh`, with the union of their columns (by name).
RawTable mergeTables(const RawTable& base, const RawTable& fresh);

// Content key of a sample: features (text normalised) and label.
QByteArray contentKey(const Dataset& data, const Sample& sample);

// Removes duplicate samples as described above; samples whose origin is in `baseOrigins` are base rows.
// Keeps the order of the kept samples. Returns how many were removed.
long removeDuplicates(Dataset& data, const QSet<QString>& baseOrigins = {});

// The text columns of a schema: the columns it marks (or `detected`) as text.
QStringList textColumns(const DatasetSchema& schema, const QHash<QString, ColumnKind>& detected);

} // namespace retrainer
