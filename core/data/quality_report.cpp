#include "quality_report.h"
#include "error.h"
#include "hygiene.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace retrainer {

using json = nlohmann::json;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + long(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    return (*std::max_element(values.begin(), values.begin() + long(mid)) + upper) / 2.0;
}

QString reasonGroup(const QString& reason)
{
    const qsizetype colon = reason.indexOf(QLatin1String(": "));
    return colon < 0 ? reason : reason.left(colon);
}

PeriodCounts countPeriods(const Dataset& data, qint64 nowMs)
{
    PeriodCounts counts;
    for (const Sample& s : data.samples) {
        const qint64 age = nowMs - s.timestampMs;
        if (s.timestampMs == kNoTimestamp || age < 0)
            continue; // a row from the future is not "new in the last N days"
        counts.last24h += age <= kDayMs;
        counts.last7d += age <= 7 * kDayMs;
        counts.last30d += age <= 30 * kDayMs;
        counts.last90d += age <= 90 * kDayMs;
    }
    return counts;
}

ColumnQuality columnQuality(const Dataset& data, size_t f, std::vector<bool>& outlierRow)
{
    ColumnQuality column{data.features[f].name, data.features[f].kind};
    QSet<QString> distinctText;
    std::vector<double> numbers;
    std::vector<size_t> rowOf;
    for (size_t i = 0; i < data.samples.size(); ++i) {
        const Sample& s = data.samples[i];
        if (column.kind == ColumnKind::Numeric) {
            const double v = f < s.numbers.size() ? s.numbers[f] : NAN;
            if (std::isnan(v)) {
                ++column.missing;
                continue;
            }
            numbers.push_back(v);
            rowOf.push_back(i);
        } else {
            const std::string& text = f < s.categories.size() ? s.categories[f] : std::string();
            if (text.empty())
                ++column.missing;
            else if (distinctText.size() < 2)
                distinctText.insert(QString::fromStdString(text));
        }
    }
    column.missingRate = data.samples.empty() ? 0.0 : double(column.missing) / double(data.samples.size());
    if (column.kind == ColumnKind::Numeric) {
        const auto [lo, hi] = std::minmax_element(numbers.begin(), numbers.end());
        column.constant = numbers.empty() || *lo == *hi;
        const std::vector<bool> flags = outlierFlags(numbers);
        for (size_t k = 0; k < flags.size(); ++k) {
            if (flags[k]) {
                ++column.outliers;
                outlierRow[rowOf[k]] = true;
            }
        }
    } else {
        column.constant = distinctText.size() <= 1;
    }
    return column;
}

void summariseLabels(const Dataset& data, QualityReport& report)
{
    if (data.task == Task::Classification) {
        for (const Sample& s : data.samples)
            ++report.labelCounts[s.label];
        long smallest = 0, largest = 0;
        for (const auto& [label, count] : report.labelCounts) {
            smallest = smallest == 0 ? count : std::min(smallest, count);
            largest = std::max(largest, count);
        }
        report.imbalanceRatio = smallest > 0 ? double(largest) / double(smallest) : 0.0;
        return;
    }
    if (data.samples.empty())
        return;
    std::vector<double> targets;
    double sum = 0.0;
    for (const Sample& s : data.samples) {
        targets.push_back(s.target);
        sum += s.target;
    }
    const double mean = sum / double(targets.size());
    double squares = 0.0;
    for (double t : targets)
        squares += (t - mean) * (t - mean);
    const auto [lo, hi] = std::minmax_element(targets.begin(), targets.end());
    report.labelSummary = {{"min", *lo}, {"max", *hi}, {"mean", mean}, {"median", median(targets)},
                           {"std", std::sqrt(squares / double(targets.size()))}};
}

void score(QualityReport& report, long missingCells, long featureCells)
{
    const double rows = double(report.rows);
    const double missingRate = featureCells > 0 ? double(missingCells) / double(featureCells) : 0.0;
    const double duplicateRate = rows > 0 ? double(report.duplicates) / rows : 0.0;
    const double rejectedRate = rows + double(report.rejected) > 0 ? double(report.rejected) / (rows + double(report.rejected)) : 0.0;
    const double outlierRate = rows > 0 ? double(report.outlierRows) / rows : 0.0;
    long constants = 0;
    for (const auto& c : report.columns)
        constants += c.constant;
    double imbalance = 0.0;
    if (report.task == Task::Classification && report.imbalanceRatio > 0)
        imbalance = 10.0 * (1.0 - 1.0 / report.imbalanceRatio);
    report.penalties = {{"missing", 40.0 * missingRate},
                        {"duplicates", 30.0 * duplicateRate},
                        {"rejected", 20.0 * rejectedRate},
                        {"outliers", 10.0 * outlierRate},
                        {"constant_columns", std::min(15.0, 5.0 * double(constants))},
                        {"imbalance", imbalance}};
    double value = 100.0;
    for (const auto& [name, penalty] : report.penalties.items())
        value -= penalty.get<double>();
    report.score = report.rows == 0 ? 0 : int(std::lround(std::clamp(value, 0.0, 100.0)));
}

} // namespace

json ReadinessThresholds::toJson() const
{
    return {{"minimum", minimum}, {"recommended", recommended}, {"excellent", excellent}};
}

ReadinessThresholds ReadinessThresholds::fromJson(const json& j, const QString& owner)
{
    ReadinessThresholds t;
    if (!j.is_object())
        throw Error(QStringLiteral("%1: field 'readiness' must be {\"minimum\": N, \"recommended\": N, \"excellent\": N}").arg(owner));
    for (auto [key, field] : {std::pair{"minimum", &t.minimum}, {"recommended", &t.recommended}, {"excellent", &t.excellent}}) {
        if (!j.contains(key))
            continue;
        if (!j.at(key).is_number_integer() || j.at(key).get<long long>() < 0 || j.at(key).get<long long>() > 1000000000)
            throw Error(QStringLiteral("%1: field 'readiness.%2' must be a whole number of rows").arg(owner, QString::fromLatin1(key)));
        *field = int(j.at(key).get<long long>());
    }
    if (!(t.minimum <= t.recommended && t.recommended <= t.excellent))
        throw Error(QStringLiteral("%1: field 'readiness' must have minimum <= recommended <= excellent").arg(owner));
    return t;
}

QString toString(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Insufficient: return QStringLiteral("insufficient");
    case Readiness::Minimum: return QStringLiteral("minimum");
    case Readiness::Recommended: return QStringLiteral("recommended");
    case Readiness::Excellent: return QStringLiteral("excellent");
    }
    return QStringLiteral("insufficient");
}

Readiness readinessOf(long rows, const ReadinessThresholds& t)
{
    if (rows >= t.excellent)
        return Readiness::Excellent;
    if (rows >= t.recommended)
        return Readiness::Recommended;
    if (rows >= t.minimum)
        return Readiness::Minimum;
    return Readiness::Insufficient;
}

std::vector<bool> outlierFlags(const std::vector<double>& values)
{
    std::vector<bool> flags(values.size(), false);
    std::vector<double> finite;
    for (double v : values)
        if (std::isfinite(v))
            finite.push_back(v);
    if (finite.size() < 3)
        return flags;
    const double med = median(finite);
    std::vector<double> deviations;
    for (double v : finite)
        deviations.push_back(std::abs(v - med));
    const double mad = median(deviations);
    if (!(mad > 0.0))
        return flags;
    for (size_t i = 0; i < values.size(); ++i)
        flags[i] = std::isfinite(values[i]) && std::abs(0.6745 * (values[i] - med) / mad) > 3.5;
    return flags;
}

QualityReport computeQualityReport(const Dataset& data, const QualityOptions& options)
{
    QualityReport report;
    report.now = options.now.toUTC();
    report.task = data.task;
    report.rows = long(data.samples.size());
    report.rejected = long(data.rejected.size());
    for (const RejectedRow& r : data.rejected)
        ++report.rejectedByReason[reasonGroup(r.reason)];
    if (data.hasTimestamp)
        report.periods = countPeriods(data, report.now.toMSecsSinceEpoch());

    std::vector<bool> outlierRow(data.samples.size(), false);
    long missingCells = 0;
    for (size_t f = 0; f < data.features.size(); ++f) {
        report.columns.push_back(columnQuality(data, f, outlierRow));
        missingCells += report.columns.back().missing;
    }
    report.outlierRows = long(std::count(outlierRow.begin(), outlierRow.end(), true));

    QSet<QByteArray> seen;
    for (const Sample& s : data.samples) {
        const QByteArray key = contentKey(data, s);
        if (seen.contains(key))
            ++report.duplicates;
        else
            seen.insert(key);
    }
    summariseLabels(data, report);
    report.thresholds = options.thresholds;
    report.readiness = readinessOf(report.rows, options.thresholds);
    score(report, missingCells, long(data.samples.size() * data.features.size()));
    if (!options.profile.is_null()) {
        report.driftVersion = options.profileVersion;
        report.drift = computeDrift(options.profile, data, recentWindow(data));
    }
    return report;
}

json QualityReport::toJson() const
{
    json reasons = json::object();
    for (const auto& [reason, count] : rejectedByReason)
        reasons[reason.toStdString()] = count;
    json columnsJson = json::array();
    for (const auto& c : columns)
        columnsJson.push_back({{"name", c.name.toStdString()}, {"kind", columnKindName(c.kind).toStdString()},
                               {"missing", c.missing}, {"missing_rate", c.missingRate},
                               {"constant", c.constant}, {"outliers", c.outliers}});
    json driftJson = json::array();
    for (const auto& d : drift)
        driftJson.push_back(d.toJson());
    json labels = json::object();
    if (task == Task::Classification) {
        json counts = json::object();
        for (const auto& [label, count] : labelCounts)
            counts[label] = count;
        labels = {{"distribution", counts}, {"imbalance_ratio", imbalanceRatio}};
    } else {
        labels = {{"summary", labelSummary}};
    }
    json periodsJson = nullptr;
    if (periods)
        periodsJson = {{"24h", periods->last24h}, {"7d", periods->last7d}, {"30d", periods->last30d}, {"90d", periods->last90d}};
    return {{"model", model.toStdString()},
            {"now", now.toString(Qt::ISODate).toStdString()},
            {"task", toString(task).toStdString()},
            {"rows", rows},
            {"rejected", rejected},
            {"rejected_by_reason", reasons},
            {"new", periodsJson},
            {"columns", columnsJson},
            {"duplicates", duplicates},
            {"outlier_rows", outlierRows},
            {"labels", labels},
            {"readiness", {{"level", toString(readiness).toStdString()}, {"thresholds", thresholds.toJson()}}},
            {"score", score},
            {"penalties", penalties},
            {"drift", {{"version", driftVersion ? json(*driftVersion) : json(nullptr)},
                       {"threshold", kDriftThreshold}, {"features", driftJson}}},
            {"last_hygiene", lastHygiene}};
}

} // namespace retrainer
