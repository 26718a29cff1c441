#pragma once
// What a source yields before typing: named columns and text cells, each row with its origin.
#include <QString>
#include <QStringList>
#include <vector>

namespace retrainer {

// A row that could not be used, with where it came from ("consults.csv:12", "row 7") and why.
struct RejectedRow
{
    QString where;
    QString reason;
};

struct RawRow
{
    QStringList cells;      // one per column; an empty string or SQL NULL is a missing value
    QString origin;         // "path:line" for files (line where the record starts), "row N" / "sample N" otherwise
};

struct RawTable
{
    QStringList columns;
    std::vector<RawRow> rows;
    std::vector<RejectedRow> rejected; // rows refused while reading (e.g. wrong column count)
};

} // namespace retrainer
