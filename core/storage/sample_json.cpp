#include "sample_json.h"

#include <QHash>

namespace retrainer {

namespace {

const char kHex[] = "0123456789abcdef";

// Appends text as a JSON string, quoted and escaped as nlohmann's serializer does (ensure_ascii off).
void appendString(QString& out, QStringView text)
{
    // A lone surrogate is no character: store what its UTF-8 round trip gives, as before.
    QString repaired;
    if (!text.isValidUtf16()) {
        repaired = QString::fromUtf8(text.toUtf8());
        text = repaired;
    }
    out += QLatin1Char('"');
    qsizetype plain = 0; // start of the run of characters written as they are
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out += text.mid(plain, i - plain);
        plain = i + 1;
        switch (c) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\b': out += QLatin1String("\\b"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\f': out += QLatin1String("\\f"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        default:
            out += QLatin1String("\\u00");
            out += QLatin1Char(kHex[c >> 4]);
            out += QLatin1Char(kHex[c & 0xF]);
        }
    }
    out += text.mid(plain);
    out += QLatin1Char('"');
}

} // namespace

SampleJson::SampleJson(const QStringList& columns)
{
    QHash<QString, size_t> seen;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const auto known = seen.constFind(columns[i]);
        if (known != seen.cend()) {
            m_keys[*known].cells.push_back(i);
            continue;
        }
        seen.insert(columns[i], m_keys.size());
        Key key;
        appendString(key.quoted, columns[i]);
        key.quoted += QLatin1Char(':');
        key.cells.push_back(i);
        m_keys.push_back(std::move(key));
    }
}

QString SampleJson::row(const QStringList& cells) const
{
    // One allocation for the usual row (no escapes): the names, the cells, quotes and separators.
    qsizetype size = 2;
    for (const Key& key : m_keys)
        size += key.quoted.size() + 3;
    for (const QString& cell : cells)
        size += cell.size();
    QString out;
    out.reserve(size);
    out += QLatin1Char('{');
    bool first = true;
    for (const Key& key : m_keys) {
        if (key.cells.front() >= cells.size())
            continue;
        qsizetype last = key.cells.front();
        for (const qsizetype cell : key.cells)
            last = cell < cells.size() ? cell : last;
        if (!first)
            out += QLatin1Char(',');
        first = false;
        out += key.quoted;
        appendString(out, cells[last]);
    }
    out += QLatin1Char('}');
    return out;
}

} // namespace retrainer
