// The compact row: cells in one buffer read as views, origins spelled from a shared prefix and a number.
#include "raw_table.h"

#include <QtGlobal>
#include <cstring>
#include <limits>

namespace retrainer {

QString RowOrigin::text() const
{
    if (m_number < 0)
        return m_prefix;
    return m_prefix + QString::number(m_number);
}

bool RowOrigin::operator==(const RowOrigin& other) const
{
    if (m_number >= 0 && other.m_number >= 0 && m_prefix == other.m_prefix)
        return m_number == other.m_number;
    return text() == other.text();
}

RawCells::RawCells(const QStringList& cells)
{
    RawCellsBuilder builder;
    for (const QString& cell : cells)
        builder.append(cell);
    *this = builder.take();
}

QStringView RawCells::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < m_count);
    const quint32 begin = i == 0 ? 0 : endOf(i - 1);
    return QStringView(m_buffer).sliced(2 * m_count + begin, endOf(i) - begin);
}

QString RawCells::value(qsizetype i) const
{
    if (i < 0 || i >= m_count)
        return QString();
    const QStringView cell = at(i);
    return cell.isEmpty() ? QString() : cell.toString();
}

QStringList RawCells::toList() const
{
    QStringList list;
    list.reserve(m_count);
    for (qsizetype i = 0; i < m_count; ++i)
        list.append(value(i));
    return list;
}

void RawCells::set(qsizetype i, QStringView text)
{
    Q_ASSERT(i >= 0 && i < m_count);
    RawCellsBuilder builder;
    for (qsizetype c = 0; c < m_count; ++c)
        builder.append(c == i ? text : at(c));
    *this = builder.take();
}

bool RawCells::operator==(const RawCells& other) const
{
    if (m_count != other.m_count)
        return false;
    for (qsizetype i = 0; i < m_count; ++i) {
        if (at(i) != other.at(i))
            return false;
    }
    return true;
}

void RawCellsBuilder::append(QStringView cell)
{
    m_text.append(cell);
    m_ends.push_back(quint32(m_text.size()));
}

void RawCellsBuilder::appendUtf8(QByteArrayView cell)
{
    // ASCII (the usual cell: numbers, dates, codes) is widened in place; anything else goes through Qt's decoder.
    const qsizetype start = m_text.size();
    const qsizetype size = cell.size();
    bool ascii = true;
    for (const char c : cell)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) {
        m_text.resize(start + size);
        char16_t* out = reinterpret_cast<char16_t*>(m_text.data()) + start;
        for (qsizetype i = 0; i < size; ++i)
            out[i] = char16_t(static_cast<unsigned char>(cell[i]));
    } else {
        m_text.append(QString::fromUtf8(cell));
    }
    m_ends.push_back(quint32(m_text.size()));
}

RawCells RawCellsBuilder::take()
{
    if (m_text.size() > qsizetype(std::numeric_limits<quint32>::max()))
        qFatal("a row of more than 4 G characters");
    RawCells cells;
    cells.m_count = qsizetype(m_ends.size());
    if (cells.m_count > 0) {
        cells.m_buffer = QString(2 * cells.m_count + m_text.size(), Qt::Uninitialized);
        char16_t* out = reinterpret_cast<char16_t*>(cells.m_buffer.data());
        for (const quint32 end : m_ends) {
            *out++ = char16_t(end & 0xFFFF);
            *out++ = char16_t(end >> 16);
        }
        if (!m_text.isEmpty())
            std::memcpy(out, m_text.constData(), size_t(m_text.size()) * sizeof(char16_t));
    }
    clear();
    return cells;
}

void RawCellsBuilder::clear()
{
    m_text.resize(0); // keeps the capacity: one scratch buffer serves every row
    m_ends.clear();
}

} // namespace retrainer
