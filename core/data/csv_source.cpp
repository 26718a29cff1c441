// readCsv: RFC 4180 parsing by libcsv, with the line where every record starts.
#include "error.h"
#include "source.h"

#include <QFile>
#include <csv.h>
#include <vector>

namespace retrainer {

namespace {

// One parsed record and the line it starts on.
struct CsvRecord
{
    RawCells fields;
    qint64 line = 0;
};

bool isBlank(QByteArrayView chunk)
{
    for (const char c : chunk) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

// Feeds libcsv one physical line at a time so that the line a record starts on is known: a record
// starts on the first non-blank line fed after the previous record ended. libcsv calls back from C,
// so the callbacks only collect; records are checked in C++ after each call returns.
class CsvReader
{
public:
    explicit CsvReader(const QString& path) : m_path(path), m_originPrefix(path + QLatin1Char(':')) { initParser(); }
    ~CsvReader() { csv_free(&m_parser); }
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    RawTable read();

private:
    static void onField(void* text, size_t size, void* self);
    static void onRecordEnd(int terminator, void* self);

    void initParser();
    void feed(QByteArrayView line);
    void finish();
    void takeCompleted();
    void rejectCurrent(const QString& reason);
    QString where(qint64 line) const { return m_path + QLatin1Char(':') + QString::number(line); }

    QString m_path;
    QString m_originPrefix;              // "path:", shared by every row's origin
    csv_parser m_parser{};
    RawCellsBuilder m_fields;            // fields of the record being parsed
    std::vector<CsvRecord> m_completed;  // records ended during the last libcsv call
    qint64 m_line = 0;                   // line being fed (1-based)
    qint64 m_recordLine = 0;             // line where the record being parsed starts
    bool m_betweenRecords = true;
    bool m_haveHeader = false;
    RawTable m_table;
};

void CsvReader::initParser()
{
    if (csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        throw Error(QStringLiteral("cannot read %1: the CSV parser could not start").arg(m_path));
}

void CsvReader::onField(void* text, size_t size, void* self)
{
    auto* reader = static_cast<CsvReader*>(self);
    reader->m_fields.appendUtf8(QByteArrayView(static_cast<const char*>(text), qsizetype(size)));
}

void CsvReader::onRecordEnd(int /*terminator*/, void* self)
{
    auto* reader = static_cast<CsvReader*>(self);
    reader->m_completed.push_back({reader->m_fields.take(), reader->m_recordLine});
    reader->m_betweenRecords = true;
}

RawTable CsvReader::read()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot open %1: %2").arg(m_path, file.errorString()));

    // Read in large blocks and fed one line at a time (a line keeps its '\n'; the last may have none).
    constexpr qint64 kBlock = 1 << 20;
    QByteArray pending;
    bool first = true;
    bool sawData = false;
    auto feedLine = [&](QByteArrayView line) {
        if (first) {
            first = false;
            if (line.startsWith("\xEF\xBB\xBF"))
                line = line.sliced(3);
        }
        sawData = sawData || !line.isEmpty();
        feed(line);
    };
    for (;;) {
        const QByteArray block = file.read(kBlock);
        if (block.isEmpty())
            break;
        pending += block;
        qsizetype start = 0;
        for (qsizetype end; (end = pending.indexOf('\n', start)) >= 0; start = end + 1)
            feedLine(QByteArrayView(pending).sliced(start, end + 1 - start));
        pending.remove(0, start);
    }
    if (!pending.isEmpty())
        feedLine(pending);
    if (file.error() != QFileDevice::NoError)
        throw Error(QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()));
    if (!sawData)
        throw Error(QStringLiteral("%1 is empty").arg(m_path));
    finish();
    if (!m_haveHeader)
        throw Error(QStringLiteral("%1 has no header row").arg(m_path));
    return std::move(m_table);
}

void CsvReader::feed(QByteArrayView chunk)
{
    ++m_line;
    if (m_betweenRecords) {
        if (isBlank(chunk))
            return; // an empty line between records is skipped silently
        m_recordLine = m_line;
        m_betweenRecords = false;
    }
    const size_t size = size_t(chunk.size());
    const size_t parsed = csv_parse(&m_parser, chunk.constData(), size, onField, onRecordEnd, this);
    takeCompleted();
    if (parsed < size) {
        // Strict mode refused a quote: drop the record and go on with the next line.
        rejectCurrent(QStringLiteral("malformed quoting on line %1 (a quote inside an unquoted field, "
                                     "or text after a closing quote)")
                          .arg(m_line));
    }
}

void CsvReader::finish()
{
    // Submits a last record that has no line break after it.
    const int status = csv_fini(&m_parser, onField, onRecordEnd, this);
    takeCompleted();
    if (status != 0) {
        rejectCurrent(QStringLiteral("a quoted field is never closed (the record runs to the end of the file "
                                     "at line %1)")
                          .arg(m_line));
    }
}

void CsvReader::takeCompleted()
{
    for (CsvRecord& record : m_completed) {
        if (!m_haveHeader) {
            m_table.columns = record.fields.toList();
            m_haveHeader = true;
            continue;
        }
        if (record.fields.size() != m_table.columns.size()) {
            m_table.rejected.push_back({where(record.line), QStringLiteral("expected %1 fields, found %2")
                                                                .arg(m_table.columns.size())
                                                                .arg(record.fields.size())});
            continue;
        }
        m_table.rows.push_back({std::move(record.fields), RowOrigin(m_originPrefix, record.line)});
    }
    m_completed.clear();
}

void CsvReader::rejectCurrent(const QString& reason)
{
    if (!m_haveHeader)
        throw Error(QStringLiteral("%1: the header is not valid CSV: %2").arg(where(m_recordLine), reason));
    m_table.rejected.push_back({where(m_recordLine), reason});
    csv_free(&m_parser);
    initParser();
    m_fields.clear();
    m_betweenRecords = true;
}

} // namespace

RawTable readCsv(const QString& path)
{
    CsvReader reader(path);
    return reader.read();
}

} // namespace retrainer
