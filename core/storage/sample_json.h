#pragma once
// The JSON text a sample row is stored as in the sample store: {"column":"cell",...} in column order.
// Written directly from the cells as UTF-8 (import stores 100,000s of rows: building a JSON object per row, and
// then a UTF-16 text SQLite converted again, was most of its time), byte for byte what nlohmann::ordered_json's
// dump() gives for the same row: a repeated column name keeps its first place and takes its last value, cells
// beyond the row's end are left out, and text is escaped as nlohmann escapes it (quote, backslash and control
// characters; everything else as it is).
#include "raw_table.h"
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace retrainer {

class SampleJson
{
public:
    explicit SampleJson(const QStringList& columns);

    // Replaces `out` with the row's UTF-8 text (its capacity is kept: one buffer serves every row).
    void writeUtf8(std::string& out, const RawCells& cells) const;
    QString row(const RawCells& cells) const;

private:
    struct Key
    {
        std::string quoted;             // "name": as it is written, UTF-8
        std::vector<qsizetype> cells;   // the columns that share this name, in order
    };
    std::vector<Key> m_keys;
};

} // namespace retrainer
