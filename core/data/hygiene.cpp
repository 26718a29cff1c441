#include "hygiene.h"
#include "error.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace retrainer {

using json = nlohmann::json;

json HygieneConfig::toJson() const
{
    json j{{"deduplicate", deduplicate}, {"scrub_pii", scrubPii}};
    if (qualityFilter)
        j["quality_filter"] = {{"column", qualityFilter->column.toStdString()}, {"min", qualityFilter->min}};
    return j;
}

HygieneConfig HygieneConfig::fromJson(const json& j, const QString& owner)
{
    const auto fail = [&](const QString& field, const QString& why) {
        throw Error(QStringLiteral("%1: field 'hygiene.%2' %3").arg(owner, field, why));
    };
    if (!j.is_object())
        throw Error(QStringLiteral("%1: field 'hygiene' must be an object").arg(owner));
    HygieneConfig config;
    for (const char* key : {"deduplicate", "scrub_pii"}) {
        if (!j.contains(key))
            continue;
        if (!j.at(key).is_boolean())
            fail(QString::fromLatin1(key), QStringLiteral("must be true or false"));
        (std::string(key) == "deduplicate" ? config.deduplicate : config.scrubPii) = j.at(key).get<bool>();
    }
    if (j.contains("quality_filter") && !j.at("quality_filter").is_null()) {
        const json& f = j.at("quality_filter");
        if (!f.is_object() || !f.contains("column") || !f.at("column").is_string() || f.at("column").get<std::string>().empty())
            fail(QStringLiteral("quality_filter"), QStringLiteral("must be {\"column\": NAME, \"min\": NUMBER}"));
        if (!f.contains("min") || !f.at("min").is_number() || !std::isfinite(f.at("min").get<double>()))
            fail(QStringLiteral("quality_filter.min"), QStringLiteral("must be a number"));
        config.qualityFilter = QualityFilter{QString::fromStdString(f.at("column").get<std::string>()), f.at("min").get<double>()};
    }
    return config;
}

json HygieneCounts::toJson() const
{
    return {{"duplicates_removed", duplicatesRemoved}, {"filtered", filtered}, {"pii_replaced", pii.toJson()}};
}

PiiCounts scrubTable(RawTable& table, const QStringList& columns)
{
    PiiCounts counts;
    std::vector<qsizetype> indices;
    for (const QString& name : columns)
        if (const qsizetype index = table.columns.indexOf(name); index >= 0)
            indices.push_back(index);
    for (RawRow& row : table.rows)
        for (qsizetype index : indices)
            if (index < row.cells.size()) {
                const QString scrubbed = scrubPii(row.cells.value(index), counts);
                if (scrubbed != row.cells.at(index))
                    row.cells.set(index, scrubbed);
            }
    return counts;
}

long applyQualityFilter(RawTable& table, const QualityFilter& filter)
{
    const qsizetype index = table.columns.indexOf(filter.column);
    if (index < 0)
        throw Error(QStringLiteral("quality filter column '%1' not found in columns %2")
                        .arg(filter.column, table.columns.join(QStringLiteral(", "))));
    const size_t before = table.rows.size();
    std::erase_if(table.rows, [&](const RawRow& row) {
        const auto value = index < row.cells.size() ? parseNumber(row.cells[index]) : std::nullopt;
        return !value || *value < filter.min;
    });
    return long(before - table.rows.size());
}

RawTable mergeTables(const RawTable& base, const RawTable& fresh)
{
    RawTable merged;
    merged.columns = base.columns;
    for (const QString& column : fresh.columns)
        if (!merged.columns.contains(column))
            merged.columns << column;
    merged.rejected = base.rejected;
    merged.rejected.insert(merged.rejected.end(), fresh.rejected.begin(), fresh.rejected.end());
    for (const RawTable* part : {&base, &fresh}) {
        std::vector<qsizetype> target;
        for (const QString& column : part->columns)
            target.push_back(merged.columns.indexOf(column));
        // The merged cell of each of the part's columns, or -1 for a column the part lacks.
        std::vector<qsizetype> source(size_t(merged.columns.size()), -1);
        for (size_t i = 0; i < target.size(); ++i)
            source[size_t(target[i])] = qsizetype(i);
        RawCellsBuilder cells;
        for (const RawRow& row : part->rows) {
            for (const qsizetype from : source)
                cells.append(from >= 0 && from < row.cells.size() ? row.cells.at(from) : QStringView());
            merged.rows.push_back({cells.take(), row.origin});
        }
    }
    return merged;
}

QByteArray contentKey(const Dataset& data, const Sample& sample)
{
    static const QRegularExpression kSpaces(QStringLiteral("\\s+"));
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (size_t f = 0; f < data.features.size(); ++f) {
        if (data.features[f].kind == ColumnKind::Numeric) {
            const double v = f < sample.numbers.size() ? sample.numbers[f] : NAN;
            hash.addData(std::isnan(v) ? QByteArray("nan") : QByteArray::number(v, 'g', 17));
        } else if (f < sample.categories.size()) {
            QByteArray text = QByteArray::fromStdString(sample.categories[f]);
            if (data.features[f].kind == ColumnKind::Text)
                text = QString::fromUtf8(text).toLower().replace(kSpaces, QStringLiteral(" ")).trimmed().toUtf8();
            hash.addData(text);
        }
        hash.addData(QByteArrayView("\x1f", 1));
    }
    hash.addData(QByteArray::fromStdString(sample.label));
    return hash.result();
}

long removeDuplicates(Dataset& data, const QSet<QString>& baseOrigins)
{
    // Per key, the sample that stays: a base row when there is one, else the newest.
    QHash<QByteArray, size_t> keeper;
    auto fromBase = [&baseOrigins](const Sample& s) { return !baseOrigins.isEmpty() && baseOrigins.contains(s.origin.text()); };
    std::vector<QByteArray> keys(data.samples.size());
    std::vector<bool> keep(data.samples.size(), false);
    for (size_t i = 0; i < data.samples.size(); ++i) {
        const Sample& s = data.samples[i];
        keys[i] = contentKey(data, s);
        if (fromBase(s)) {
            keep[i] = true; // base rows always stay
            keeper.insert(keys[i], i);
            continue;
        }
        const auto it = keeper.find(keys[i]);
        if (it == keeper.end()) {
            keeper.insert(keys[i], i);
            continue;
        }
        const Sample& held = data.samples[*it];
        if (!fromBase(held) && s.timestampMs >= held.timestampMs)
            *it = i; // newer (or equally old and later): this one wins
    }
    for (auto it = keeper.cbegin(); it != keeper.cend(); ++it)
        keep[*it] = true;
    std::vector<Sample> kept;
    kept.reserve(keeper.size());
    for (size_t i = 0; i < data.samples.size(); ++i)
        if (keep[i])
            kept.push_back(std::move(data.samples[i]));
    const long removed = long(data.samples.size() - kept.size());
    data.samples = std::move(kept);
    return removed;
}

QStringList textColumns(const DatasetSchema& schema, const QHash<QString, ColumnKind>& detected)
{
    QStringList out;
    for (auto it = detected.cbegin(); it != detected.cend(); ++it) {
        const ColumnKind kind = schema.kinds.value(it.key(), it.value());
        if (kind == ColumnKind::Text && (schema.features.isEmpty() || schema.features.contains(it.key())))
            out << it.key();
    }
    for (auto it = schema.kinds.cbegin(); it != schema.kinds.cend(); ++it)
        if (it.value() == ColumnKind::Text && !out.contains(it.key()))
            out << it.key();
    return out;
}

} // namespace retrainer
