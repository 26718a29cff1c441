#include "json_row_table.h"
#include "error.h"
#include <QSet>

namespace retrainer {

using json = nlohmann::json;

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
    const QString originPrefix = QStringLiteral("row "); // shared by every row's origin
    RawCellsBuilder cells;
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
        for (const QString& column : std::as_const(table.columns)) {
            const auto it = row.find(column.toStdString());
            if (it == row.end() || it->is_null())
                cells.append(QStringView());
            else if (it->is_string())
                cells.append(QString::fromStdString(it->get<std::string>()));
            else
                cells.append(QString::fromStdString(it->dump()));
        }
        table.rows.push_back({cells.take(), RowOrigin(originPrefix, qint64(i + 1))});
    }
    return table;
}

} // namespace retrainer
