#pragma once
// Is the data good enough to learn from? Computed from a model's typed rows (no hygiene applied: the report
// shows the data as the source holds it).
//  - counts: rows usable, rejected by the source (grouped by reason: the text before its first ": "),
//    new in the last 24 h / 7 d / 30 d / 90 d before `now` by the model's timestamp;
//  - per feature: missing values, constant (at most one distinct value), numeric outliers;
//  - exact duplicates: rows whose features and label repeat an earlier row (the de-duplication key, hygiene.h);
//  - labels: distribution and imbalance ratio (largest class / smallest class) or a summary for regression;
//  - outliers: modified z-score  |0.6745 * (x - median) / MAD| > 3.5  (Iglewicz & Hoaglin), MAD the median
//    absolute deviation; a column with MAD 0 has no outliers;
//  - score 0..100 (rounded):
//      100 - 40 * missing rate - 30 * duplicate rate - 20 * rejected rate - 10 * outlier row rate
//          - min(15, 5 * constant columns) - 10 * (1 - smallest class / largest class)   [classification]
//    rates: missing cells / feature cells, duplicates / rows, rejected / (rows + rejected),
//    rows with any outlier / rows; 0 when there are no rows;
//  - readiness by usable rows: insufficient < minimum (10) <= minimum < recommended (50) <= recommended
//    < excellent (100) <= excellent; thresholds per model;
//  - drift against the active version's training profile (drift.h).
#include "dataset.h"
#include "drift.h"
#include <QDateTime>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace retrainer {

struct ReadinessThresholds
{
    int minimum = 10;
    int recommended = 50;
    int excellent = 100;

    nlohmann::json toJson() const;
    static ReadinessThresholds fromJson(const nlohmann::json& json, const QString& owner); // throws Error
};

enum class Readiness { Insufficient, Minimum, Recommended, Excellent };
QString toString(Readiness readiness);
Readiness readinessOf(long rows, const ReadinessThresholds& thresholds);

struct ColumnQuality
{
    QString name;
    ColumnKind kind = ColumnKind::Numeric;
    long missing = 0;
    double missingRate = 0.0;
    bool constant = false;
    long outliers = 0;
};

struct PeriodCounts
{
    long last24h = 0, last7d = 0, last30d = 0, last90d = 0;
};

struct QualityReport
{
    QString model;
    QDateTime now;                          // UTC; the periods end here
    Task task = Task::Regression;
    long rows = 0;                          // usable rows
    long rejected = 0;
    std::map<QString, long> rejectedByReason;
    std::optional<PeriodCounts> periods;    // without a timestamp column: none
    std::vector<ColumnQuality> columns;
    long duplicates = 0;
    long outlierRows = 0;
    std::map<std::string, long> labelCounts; // classification
    double imbalanceRatio = 0.0;             // classification: largest / smallest class (0 without rows)
    nlohmann::json labelSummary;             // regression: {min, max, mean, median, std}; null otherwise
    ReadinessThresholds thresholds;
    Readiness readiness = Readiness::Insufficient;
    int score = 0;
    nlohmann::json penalties = nlohmann::json::object(); // the score's parts
    std::optional<int> driftVersion;        // the active version the drift compares with
    std::vector<FeatureDrift> drift;
    nlohmann::json lastHygiene;             // what the last run removed (null when no run recorded it)

    nlohmann::json toJson() const;
};

struct QualityOptions
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    ReadinessThresholds thresholds;
    nlohmann::json profile;                 // the active version's training profile; null: no drift
    std::optional<int> profileVersion;
};

// Outlier flags of the finite values by the modified z-score rule above (NaN never flagged).
std::vector<bool> outlierFlags(const std::vector<double>& values);

QualityReport computeQualityReport(const Dataset& data, const QualityOptions& options);

} // namespace retrainer
