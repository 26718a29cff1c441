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

void JsonRows::assignUtf8(QString& cell, const std::string& text)
{
    cell = QString::fromUtf8(text.data(), qsizetype(text.size()));
}

RawTable JsonRows::take()
{
    // A row added before a later row brought new keys lacks their (empty) cells at its end.
    const qsizetype columns = m_table.columns.size();
    for (RawRow& row : m_table.rows) {
        if (row.cells.size() == columns)
            continue;
        for (qsizetype c = 0; c < row.cells.size(); ++c)
            m_builder.append(row.cells.at(c));
        for (qsizetype c = row.cells.size(); c < columns; ++c)
            m_builder.append(QStringView());
        row.cells = m_builder.take();
    }
    RawTable table = std::move(m_table);
    m_table = RawTable();
    m_columns.clear();
    m_row.clear();
    return table;
}

} // namespace retrainer
