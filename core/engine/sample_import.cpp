#include "sample_import.h"
#include "dataset.h"
#include "error.h"
#include "hygiene.h"
#include "training_data.h"
#include "workspace.h"
#include <QSet>

namespace retrainer {

using json = nlohmann::json;

json SampleImport::toJson() const
{
    json out = json::array();
    for (const auto& r : rejected)
        out.push_back({{"where", r.where.toStdString()}, {"reason", r.reason.toStdString()}});
    return {{"stored", stored}, {"rejected", out}, {"total", total}, {"pii_replaced", pii.toJson()}};
}

namespace {

// Why a posted row cannot be stored as it is; empty when it can.
QString rowProblem(const json& row, const QStringList& required, const QSet<QString>& numeric)
{
    for (const QString& column : required)
        if (!row.contains(column.toStdString()))
            return QStringLiteral("has no '%1' (send null when the value is unknown)").arg(column);
    for (const auto& [key, value] : row.items()) {
        const QString column = QString::fromStdString(key);
        if (value.is_structured())
            return QStringLiteral("'%1' holds a %2; a value must be a number, text, true/false or null")
                .arg(column, value.is_array() ? QStringLiteral("list") : QStringLiteral("JSON object"));
        if (value.is_string() && numeric.contains(column)) {
            bool isNumber = false;
            QString::fromStdString(value.get<std::string>()).trimmed().toDouble(&isNumber);
            if (!isNumber)
                return QStringLiteral("'%1' is not a number: %2 (the other rows send numbers in this column)")
                    .arg(column, QString::fromStdString(value.get<std::string>()).left(80));
        }
    }
    return {};
}

} // namespace

RawTable rawTableFromJson(const json& rows, const QStringList& required)
{
    if (!rows.is_array())
        throw Error(QStringLiteral("the rows must be a JSON array of objects {column: value}"));
    RawTable table;
    QSet<QString> numeric; // columns where some row sends a JSON number
    for (const auto& row : rows)
        if (row.is_object())
            for (const auto& [key, value] : row.items()) {
                const QString column = QString::fromStdString(key);
                if (!table.columns.contains(column))
                    table.columns << column;
                if (value.is_number())
                    numeric.insert(column);
            }
    for (size_t i = 0; i < rows.size(); ++i) {
        const QString origin = QStringLiteral("row %1").arg(i + 1);
        const json& row = rows[i];
        if (!row.is_object()) {
            table.rejected.push_back({origin, QStringLiteral("a row must be an object {column: value}, not %1")
                                                  .arg(QString::fromLatin1(row.type_name()))});
            continue;
        }
        if (const QString problem = rowProblem(row, required, numeric); !problem.isEmpty()) {
            table.rejected.push_back({origin, problem});
            continue;
        }
        RawRow raw;
        raw.origin = origin;
        for (const QString& column : std::as_const(table.columns)) {
            const auto it = row.find(column.toStdString());
            if (it == row.end() || it->is_null())
                raw.cells << QString();
            else if (it->is_string())
                raw.cells << QString::fromStdString(it->get<std::string>());
            else
                raw.cells << QString::fromStdString(it->dump());
        }
        table.rows.push_back(std::move(raw));
    }
    return table;
}

SampleImport storeSamples(Workspace& workspace, const ModelConfig& model, RawTable table)
{
    if (!model.source.startsWith(QLatin1String("store:")))
        throw Error(QStringLiteral("model '%1' reads from %2, not from the sample store; samples can only be added to "
                                   "models whose source is store:").arg(model.name, model.source));
    SampleImport result;
    // Personal data never reaches the store: text columns are scrubbed before the rows are checked and stored.
    if (model.hygiene.scrubPii)
        result.pii = scrubTable(table, modelTextColumns(model, table));
    // Type every row with the training rules before anything is stored; keep only the good ones.
    const Dataset checked = buildDataset(table, model.schema());
    QSet<QString> rejectedOrigins;
    for (const auto& r : checked.rejected)
        rejectedOrigins.insert(r.where);
    RawTable accepted;
    accepted.columns = table.columns;
    for (auto& row : table.rows)
        if (!rejectedOrigins.contains(row.origin))
            accepted.rows.push_back(std::move(row));
    result.stored = accepted.rows.empty() ? 0 : workspace.store().addSamples(model.name, accepted);
    result.rejected = checked.rejected;
    result.total = workspace.store().sampleCount(model.name);
    workspace.store().addEvent(model.name, std::nullopt, QStringLiteral("SAMPLES_IMPORTED"),
                               {{"stored", result.stored}, {"rejected", result.rejected.size()},
                                {"pii_replaced", result.pii.toJson()}});
    return result;
}

} // namespace retrainer
