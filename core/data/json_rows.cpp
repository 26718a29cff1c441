#include "json_rows.h"

namespace retrainer {

qsizetype JsonRows::columnOf(const QString& name)
{
    auto found = m_columns.constFind(name);
    if (found == m_columns.cend()) {
        found = m_columns.insert(name, m_table.columns.size());
        m_table.columns << name;
    }
    return *found;
}

RawTable JsonRows::take()
{
    for (size_t r = 0; r < m_table.rows.size(); ++r) {
        QStringList row(m_table.columns.size());
        for (const auto& [column, text] : m_cells[r])
            row[column] = text;
        m_table.rows[r].cells = row;
    }
    RawTable table = std::move(m_table);
    m_table = RawTable();
    m_columns.clear();
    m_cells.clear();
    return table;
}

} // namespace retrainer
