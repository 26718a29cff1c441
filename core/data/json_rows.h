#pragma once
// Builds a RawTable from JSON objects whose keys are not known in advance (JSON-lines files, the sample
// store): the columns are the keys in order of first appearance; a key missing from a row is an empty cell;
// strings are taken as they are, null is a missing value, numbers, booleans, arrays and objects as compact JSON.
#include "raw_table.h"
#include <QHash>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace retrainer {

class JsonRows
{
public:
    template <typename Json>
    void add(const Json& object, const RowOrigin& origin)
    {
        for (QString& cell : m_row)
            cell.resize(0);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const auto& value = it.value();
            const size_t column = size_t(columnOf(QString::fromStdString(it.key())));
            if (column >= m_row.size())
                m_row.resize(column + 1);
            if (value.is_string())
                assignUtf8(m_row[column], value.template get_ref<const std::string&>());
            else if (value.is_null())
                m_row[column].resize(0);
            else
                assignUtf8(m_row[column], value.dump());
        }
        for (const QString& cell : m_row)
            m_builder.append(cell);
        m_table.rows.push_back({m_builder.take(), origin});
    }
    void reject(const QString& where, const QString& reason) { m_table.rejected.push_back({where, reason}); }

    RawTable take(); // the table; the builder is empty afterwards

private:
    qsizetype columnOf(const QString& name);
    static void assignUtf8(QString& cell, const std::string& text);
    RawTable m_table;
    QHash<QString, qsizetype> m_columns;
    std::vector<QString> m_row; // the cells of the row being added, by column (reused)
    RawCellsBuilder m_builder;
};

} // namespace retrainer
