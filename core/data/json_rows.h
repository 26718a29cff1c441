#pragma once
// Builds a RawTable from JSON objects whose keys are not known in advance (JSON-lines files, the sample
// store): the columns are the keys in order of first appearance; a key missing from a row is an empty cell;
// strings are taken as they are, null is a missing value, numbers, booleans, arrays and objects as compact JSON.
#include "raw_table.h"
#include <QHash>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

namespace retrainer {

class JsonRows
{
public:
    template <typename Json>
    void add(const Json& object, const QString& origin)
    {
        auto& row = m_cells.emplace_back();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const auto& value = it.value();
            row.emplace_back(columnOf(QString::fromStdString(it.key())),
                             value.is_string() ? QString::fromStdString(value.template get<std::string>())
                                               : value.is_null() ? QString() : QString::fromStdString(value.dump()));
        }
        m_table.rows.push_back({{}, origin});
    }
    void reject(const QString& where, const QString& reason) { m_table.rejected.push_back({where, reason}); }

    RawTable take(); // the table; the builder is empty afterwards

private:
    qsizetype columnOf(const QString& name);
    RawTable m_table;
    QHash<QString, qsizetype> m_columns;
    std::vector<std::vector<std::pair<qsizetype, QString>>> m_cells; // per row: (column, text)
};

} // namespace retrainer
