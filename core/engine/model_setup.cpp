#include "model_setup.h"
#include "metrics.h"
#include <QCoreApplication>
#include <map>
#include <set>

namespace retrainer {

QStringList identifierLikeColumns(const Dataset& data)
{
    QStringList out;
    const size_t rows = data.samples.size();
    for (size_t i = 0; i < data.features.size(); ++i) {
        if (data.features[i].kind != ColumnKind::Categorical)
            continue;
        std::set<std::string> distinct;
        for (const auto& s : data.samples)
            distinct.insert(s.categories[i]);
        if (distinct.size() > 50 && distinct.size() * 2 > rows)
            out << data.features[i].name;
    }
    return out;
}

QString primaryMetricForLabels(const Dataset& data, QString* why)
{
    const QString accuracy = QStringLiteral("accuracy");
    if (data.task != Task::Classification)
        return Metrics::defaultPrimary(data.task);
    std::map<std::string, long> counts;
    for (const auto& s : data.samples)
        ++counts[s.label];
    if (counts.size() < 2)
        return accuracy;
    auto smallest = counts.begin(), largest = counts.begin();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it->second < smallest->second)
            smallest = it;
        if (it->second > largest->second)
            largest = it;
    }
    if (3 * smallest->second >= largest->second)
        return accuracy;
    if (why)
        *why = QCoreApplication::translate("ModelSetup", "the labels are imbalanced ('%1': %2 rows, '%3': %4 rows), so the "
                                                         "model is judged by macro-F1, the average over classes of how "
                                                         "well each is found (1 is perfect): accuracy would look good "
                                                         "for a model that never predicts '%1'")
                   .arg(QString::fromStdString(smallest->first)).arg(smallest->second)
                   .arg(QString::fromStdString(largest->first)).arg(largest->second);
    return QStringLiteral("macro_f1");
}

ModelSetup setUpModelColumns(ModelConfig& model, const RawTable& table, bool detectText)
{
    ModelSetup setup;
    DatasetSchema schema = model.schema();
    schema.detectText = schema.detectText || detectText;
    setup.data = buildDataset(table, schema);
    if (model.features.isEmpty()) {
        setup.leftOut = identifierLikeColumns(setup.data);
        if (!setup.leftOut.isEmpty()) {
            for (const auto& f : setup.data.features)
                if (!setup.leftOut.contains(f.name))
                    model.features << f.name;
            schema.features = model.features;
            setup.data = buildDataset(table, schema);
        }
    }
    for (const auto& f : setup.data.features)
        model.kinds.insert(f.name, f.kind);
    if (model.task == Task::Classification && model.primaryMetric.isEmpty()) {
        const QString metric = primaryMetricForLabels(setup.data, &setup.metricNote);
        if (metric != QLatin1String("accuracy"))
            model.primaryMetric = metric;
    }
    return setup;
}

std::optional<Task> suggestTask(const RawTable& table, const QString& label)
{
    const qsizetype column = table.columns.indexOf(label);
    if (column < 0)
        return std::nullopt;
    RawTable labelOnly;
    labelOnly.columns = QStringList{label};
    std::set<QString> distinct;
    for (const auto& row : table.rows) {
        const QString cell = row.cells.value(column);
        labelOnly.rows.push_back({QStringList{cell}, row.origin});
        if (!cell.isEmpty() && distinct.size() <= 2)
            distinct.insert(cell);
    }
    if (detectColumnKinds(labelOnly).value(label) == ColumnKind::Categorical)
        return Task::Classification;
    return distinct.size() == 2 ? Task::Classification : Task::Regression;
}

QString suggestTimestampColumn(const RawTable& table)
{
    const QHash<QString, ColumnKind> kinds = detectColumnKinds(table);
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (kinds.value(table.columns[c]) != ColumnKind::Categorical)
            continue; // plain numbers could be read as Unix seconds; only text dates count
        qsizetype filled = 0, dates = 0;
        TimestampParser times;
        for (const auto& row : table.rows) {
            const QString cell = row.cells.value(c);
            if (cell.isEmpty())
                continue;
            ++filled;
            if (times.parse(cell))
                ++dates;
        }
        if (filled > 0 && dates * 100 >= filled * 95)
            return table.columns[c];
    }
    return {};
}

} // namespace retrainer
