#pragma once
// What a source yields before typing: named columns and text cells, each row with its origin.
// Rows are held compactly (a retrain of 100,000 rows held one QString per cell and one per origin, most of
// its memory): a row's cells lie in one buffer, read as views, and its origin is a shared prefix and a number.
#include <QString>
#include <QStringList>
#include <QStringView>
#include <initializer_list>
#include <vector>

namespace retrainer {

// A row that could not be used, with where it came from ("consults.csv:12", "row 7") and why.
struct RejectedRow
{
    QString where;
    QString reason;
};

// Where a row came from: "path:line" for files (line where the record starts), "row N" / "sample N" otherwise.
// Held as a prefix shared by every row of a source ("consults.csv:", "row ") and the number, spelled on demand.
class RowOrigin
{
public:
    RowOrigin() = default;
    RowOrigin(QString text) : m_prefix(std::move(text)) {} // NOLINT: a whole origin given as text
    RowOrigin(QString prefix, qint64 number) : m_prefix(std::move(prefix)), m_number(number) {}

    QString text() const;
    bool operator==(const RowOrigin& other) const;

private:
    QString m_prefix;
    qint64 m_number = -1; // negative: the prefix is the whole origin
};

// The cells of a row, one per column, in one buffer: an empty cell (empty string or SQL NULL) is a missing
// value. Copies share the buffer (as QString does); a changed cell rebuilds it.
class RawCells
{
public:
    RawCells() = default;
    RawCells(const QStringList& cells); // NOLINT: small tables and tests give their cells as a list
    RawCells(std::initializer_list<QString> cells) : RawCells(QStringList(cells)) {}

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    QStringView at(qsizetype i) const;
    QStringView operator[](qsizetype i) const { return at(i); }
    QString value(qsizetype i) const; // a copy; an empty string beyond the end
    QStringList toList() const;
    void set(qsizetype i, QStringView text);
    bool operator==(const RawCells& other) const;

private:
    friend class RawCellsBuilder;
    // The buffer: the end of every cell as two QChars (low, high 16 bits), then the cells' text.
    quint32 endOf(qsizetype i) const
    {
        return quint32(m_buffer[2 * i].unicode()) | quint32(m_buffer[2 * i + 1].unicode()) << 16;
    }
    QString m_buffer;
    qsizetype m_count = 0;
};

// Collects a row's cells one at a time into a reused scratch buffer; take() makes the compact row.
class RawCellsBuilder
{
public:
    void append(QStringView cell);
    void appendUtf8(QByteArrayView cell);
    qsizetype size() const { return qsizetype(m_ends.size()); }
    RawCells take(); // the cells so far; the builder is empty afterwards
    void clear();

private:
    QString m_text;
    std::vector<quint32> m_ends;
};

struct RawRow
{
    RawCells cells;
    RowOrigin origin;
};

struct RawTable
{
    QStringList columns;
    std::vector<RawRow> rows;
    std::vector<RejectedRow> rejected; // rows refused while reading (e.g. wrong column count)
};

} // namespace retrainer
