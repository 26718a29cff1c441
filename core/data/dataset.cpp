// Typing raw rows: number and timestamp parsing, column kind detection, and the dataset builder.
#include "dataset.h"
#include "error.h"

#include <QSet>
#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>
#include <cmath>

namespace retrainer {

namespace {

enum class NumberText { Empty, Finite, NotFinite, Text };

// QStringView::trimmed() without its call for the usual cell, which starts and ends with a printable ASCII
// character (it was an eighth of an import's time).
inline QStringView trimmedCell(QStringView text)
{
    auto plain = [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; };
    if (text.isEmpty() || (plain(text.front()) && plain(text.back())))
        return text;
    return text.trimmed();
}

// Classifies a cell: empty, a finite number, NaN/infinity (or out of range), or text.
// Called for every cell of every row: it reads the text in place, without allocating.
NumberText classifyNumber(QStringView text, double* value = nullptr)
{
    const QStringView trimmed = trimmedCell(text);
    if (trimmed.isEmpty())
        return NumberText::Empty;
    // Latin-1 bytes of the cell (other characters become '?' and fail below): on the stack for the usual
    // short cell, in an allocated copy for a long one.
    constexpr qsizetype kOnStack = 64;
    std::array<char, kOnStack> buffer;
    QByteArray longCell;
    const qsizetype size = trimmed.size();
    const char* begin = buffer.data();
    if (size <= kOnStack) {
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t c = trimmed[i].unicode();
            buffer[size_t(i)] = c < 0x100 ? char(c) : '?';
        }
    } else {
        longCell = trimmed.toLatin1();
        begin = longCell.constData();
    }
    const std::string_view digits(begin, size_t(size));
    const char* end = begin + size;
    if (*begin == '+' && size > 1 && begin[1] != '-')
        ++begin; // from_chars refuses a leading plus sign
    double number = 0.0;
    const auto [stop, error] = std::from_chars(begin, end, number, std::chars_format::general);
    if (stop != end || error == std::errc::invalid_argument)
        return NumberText::Text;
    if (error == std::errc::result_out_of_range) {
        // Too small is zero ("1e-400"); too large is infinite ("1e400").
        const size_t exponent = digits.find_first_of("eE");
        if (exponent == std::string_view::npos || exponent + 1 >= digits.size() || digits[exponent + 1] != '-')
            return NumberText::NotFinite;
        number = *begin == '-' ? -0.0 : 0.0;
    }
    if (!std::isfinite(number))
        return NumberText::NotFinite;
    if (value)
        *value = number;
    return NumberText::Finite;
}

// Words: runs of characters between the whitespace that QRegularExpression's \s matches (space, tab, line
// feed, vertical tab, form feed, carriage return), counted without building the split list.
qint64 countWords(QStringView text)
{
    qint64 words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool space = u == u' ' || (u >= u'\t' && u <= u'\r');
        words += !space && !inWord ? 1 : 0;
        inWord = !space;
    }
    return words;
}

// Free text: on average at least 3 words per filled cell, and at least half of the filled cells distinct.
bool looksLikeText(const RawTable& table, qsizetype column)
{
    qint64 filled = 0;
    qint64 words = 0;
    for (const RawRow& row : table.rows) {
        if (column >= row.cells.size())
            continue;
        const QStringView cell = trimmedCell(row.cells.at(column));
        if (cell.isEmpty())
            continue;
        ++filled;
        words += countWords(cell);
    }
    if (filled == 0 || words < 3 * filled)
        return false; // short cells (codes, dates): the distinct values need not be counted
    QSet<QString> distinct;
    for (const RawRow& row : table.rows) {
        if (column >= row.cells.size())
            continue;
        const QStringView cell = trimmedCell(row.cells.at(column));
        if (!cell.isEmpty())
            distinct.insert(cell.toString().toLower());
    }
    return qint64(distinct.size()) * 2 >= filled;
}

// Filled and numeric cells of one column (NaN and inf look numeric: such cells reject their row, not the column).
struct NumberCount
{
    qint64 filled = 0;
    qint64 numeric = 0;

    void add(QStringView cell)
    {
        const NumberText kind = classifyNumber(cell);
        filled += kind != NumberText::Empty ? 1 : 0;
        numeric += kind == NumberText::Finite || kind == NumberText::NotFinite ? 1 : 0;
    }
};

ColumnKind kindFrom(const RawTable& table, qsizetype column, const NumberCount& count)
{
    if (count.filled > 0 && count.numeric * 100 >= count.filled * 95)
        return ColumnKind::Numeric;
    return looksLikeText(table, column) ? ColumnKind::Text : ColumnKind::Categorical;
}

ColumnKind detectKind(const RawTable& table, qsizetype column)
{
    NumberCount count;
    for (const RawRow& row : table.rows) {
        if (column < row.cells.size())
            count.add(row.cells.at(column));
    }
    return kindFrom(table, column, count);
}

std::string utf8(QStringView text)
{
    // ASCII (the usual label or category) without the round trip through a QByteArray.
    std::string out(size_t(text.size()), '\0');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80)
            return text.toUtf8().toStdString();
        out[size_t(i)] = char(c);
    }
    return out;
}

QString shown(QStringView value)
{
    constexpr qsizetype kLongest = 40;
    return value.size() <= kLongest ? value.toString() : value.left(kLongest).toString() + QStringLiteral("…");
}

// Index of a named column; throws when it is absent or ambiguous.
qsizetype columnIndex(const RawTable& table, const QString& name, const QString& role)
{
    const qsizetype index = table.columns.indexOf(name);
    if (index < 0) {
        throw Error(QStringLiteral("%1 column '%2' not found in columns %3")
                        .arg(role, name, table.columns.join(QStringLiteral(", "))));
    }
    if (table.columns.indexOf(name, index + 1) >= 0)
        throw Error(QStringLiteral("%1 column '%2' appears more than once in the columns").arg(role, name));
    return index;
}

struct FeatureSlot
{
    FeatureColumn column;
    qsizetype index = 0;
};

// Reads one row; returns the reason it is rejected, or an empty string with the sample filled.
// `categories`: whether the sample holds a category per feature (false when every feature is numeric).
QString typeRow(const RawRow& row, qsizetype columnCount, const DatasetSchema& schema, qsizetype labelIndex,
                qsizetype timestampIndex, const std::vector<FeatureSlot>& features, bool categories,
                TimestampParser& times, Sample& sample)
{
    if (row.cells.size() != columnCount)
        return QStringLiteral("expected %1 fields, found %2").arg(columnCount).arg(row.cells.size());

    const QStringView label = row.cells.at(labelIndex).trimmed();
    if (label.isEmpty())
        return QStringLiteral("missing label '%1'").arg(schema.label);
    if (schema.task == Task::Regression) {
        switch (classifyNumber(label, &sample.target)) {
        case NumberText::Finite:
            break;
        case NumberText::NotFinite:
            return QStringLiteral("label '%1' is NaN or infinite").arg(schema.label);
        default:
            return QStringLiteral("label '%1' is not a number: '%2'").arg(schema.label, shown(label));
        }
    }
    sample.label = utf8(label);

    sample.numbers.reserve(features.size());
    if (categories)
        sample.categories.reserve(features.size());
    for (const FeatureSlot& feature : features) {
        const QStringView cell = row.cells.at(feature.index);
        if (feature.column.kind != ColumnKind::Numeric) {
            sample.numbers.push_back(std::numeric_limits<double>::quiet_NaN());
            sample.categories.push_back(utf8(cell.trimmed()));
            continue;
        }
        double value = std::numeric_limits<double>::quiet_NaN(); // empty: a missing value, imputed later
        switch (classifyNumber(cell, &value)) {
        case NumberText::Empty:
        case NumberText::Finite:
            break;
        case NumberText::NotFinite:
            return QStringLiteral("feature '%1' is NaN or infinite").arg(feature.column.name);
        case NumberText::Text:
            return QStringLiteral("feature '%1' is not a number: '%2'").arg(feature.column.name, shown(cell.trimmed()));
        }
        sample.numbers.push_back(value);
        if (categories)
            sample.categories.emplace_back();
    }

    if (timestampIndex >= 0) {
        const QStringView cell = row.cells.at(timestampIndex);
        const std::optional<qint64> time = times.parse(cell);
        if (!time)
            return QStringLiteral("unparseable timestamp '%1': '%2'").arg(schema.timestamp, shown(cell.trimmed()));
        sample.timestampMs = *time;
    }
    sample.origin = row.origin;
    return QString();
}

} // namespace

QString columnKindName(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Numeric: return QStringLiteral("numeric");
    case ColumnKind::Categorical: return QStringLiteral("categorical");
    case ColumnKind::Text: return QStringLiteral("text");
    }
    return QStringLiteral("numeric");
}

std::optional<ColumnKind> columnKindFromString(const QString& text)
{
    for (const ColumnKind kind : {ColumnKind::Numeric, ColumnKind::Categorical, ColumnKind::Text})
        if (text == columnKindName(kind))
            return kind;
    return std::nullopt;
}

std::optional<double> parseNumber(QStringView text)
{
    double value = 0.0;
    if (classifyNumber(text, &value) != NumberText::Finite)
        return std::nullopt;
    return value;
}

QHash<QString, ColumnKind> detectColumnKinds(const RawTable& table)
{
    // Row by row, every column at once: the cells of a row lie together in memory, a column's do not.
    const qsizetype columns = table.columns.size();
    std::vector<NumberCount> counts(static_cast<size_t>(columns));
    for (const RawRow& row : table.rows) {
        const qsizetype filled = std::min(columns, row.cells.size());
        for (qsizetype c = 0; c < filled; ++c)
            counts[size_t(c)].add(row.cells.at(c));
    }
    QHash<QString, ColumnKind> kinds;
    for (qsizetype c = 0; c < columns; ++c)
        kinds.insert(table.columns.at(c), kindFrom(table, c, counts[size_t(c)]));
    return kinds;
}

Dataset buildDataset(const RawTable& table, const DatasetSchema& schema, Typed typed)
{
    if (schema.label.isEmpty())
        throw Error(QStringLiteral("no label column given (columns are %1)").arg(table.columns.join(QStringLiteral(", "))));
    const qsizetype labelIndex = columnIndex(table, schema.label, QStringLiteral("label"));
    const qsizetype timestampIndex =
        schema.timestamp.isEmpty() ? -1 : columnIndex(table, schema.timestamp, QStringLiteral("timestamp"));
    if (timestampIndex == labelIndex)
        throw Error(QStringLiteral("column '%1' cannot be both the label and the timestamp").arg(schema.label));

    QStringList featureNames = schema.features;
    if (featureNames.isEmpty()) {
        for (const QString& column : table.columns) {
            if (column != schema.label && column != schema.timestamp)
                featureNames.append(column);
        }
    }
    std::vector<FeatureSlot> features;
    for (const QString& name : std::as_const(featureNames)) {
        const qsizetype index = columnIndex(table, name, QStringLiteral("feature"));
        if (index == labelIndex)
            throw Error(QStringLiteral("feature '%1' is the label column").arg(name));
        if (index == timestampIndex)
            throw Error(QStringLiteral("feature '%1' is the timestamp column").arg(name));
        for (const FeatureSlot& slot : features) {
            if (slot.index == index)
                throw Error(QStringLiteral("feature '%1' is listed twice").arg(name));
        }
        const auto kind = schema.kinds.constFind(name);
        ColumnKind detected = kind != schema.kinds.cend() ? *kind : detectKind(table, index);
        if (kind == schema.kinds.cend() && detected == ColumnKind::Text && !schema.detectText)
            detected = ColumnKind::Categorical;
        features.push_back({{name, detected}, index});
    }

    Dataset data;
    data.task = schema.task;
    data.hasTimestamp = timestampIndex >= 0;
    for (const FeatureSlot& slot : features)
        data.features.push_back(slot.column);
    data.rejected = table.rejected;
    const bool keep = typed == Typed::Kept;
    if (keep)
        data.samples.reserve(table.rows.size());
    const qsizetype columnCount = table.columns.size();
    const bool categories = std::any_of(features.begin(), features.end(),
                                        [](const FeatureSlot& f) { return f.column.kind != ColumnKind::Numeric; });
    TimestampParser times;
    Sample checked; // reused when only the rejections are wanted: no allocation per row
    for (const RawRow& row : table.rows) {
        Sample fresh;
        Sample& sample = keep ? fresh : checked;
        sample.numbers.clear();
        sample.categories.clear();
        const QString reason = typeRow(row, columnCount, schema, labelIndex, timestampIndex, features, categories, times, sample);
        if (!reason.isEmpty())
            data.rejected.push_back({row.origin.text(), reason});
        else if (keep)
            data.samples.push_back(std::move(sample));
    }
    return data;
}

} // namespace retrainer
