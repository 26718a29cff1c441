#include "sample_json.h"

#include <QHash>

namespace retrainer {

namespace {

const char kHex[] = "0123456789abcdef";

// Appends one byte of UTF-8 text, escaped as nlohmann's serializer does (ensure_ascii off): only ASCII
// bytes are ever escaped, so escaping the UTF-8 bytes equals escaping the characters.
inline void appendByte(std::string& out, unsigned char c)
{
    if (c >= 0x20 && c != '"' && c != '\\') {
        out.push_back(char(c));
        return;
    }
    switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\b': out += "\\b"; break;
    case '\t': out += "\\t"; break;
    case '\n': out += "\\n"; break;
    case '\f': out += "\\f"; break;
    case '\r': out += "\\r"; break;
    default:
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
    }
}

// Appends text as a quoted JSON string in UTF-8. ASCII (every number and timestamp) is copied without
// converting the whole cell; from the first other character the rest goes through Qt's UTF-8 encoder, which
// also stores a lone surrogate as its replacement character, as before.
void appendString(std::string& out, QStringView text)
{
    out.push_back('"');
    // Plain ASCII (no quote, backslash or control character: every number and timestamp) is written in place,
    // one byte per character; from the first other character on, byte by byte as below.
    const size_t start = out.size();
    out.resize(start + size_t(text.size()));
    char* plain = out.data() + start;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80 || c < 0x20 || c == u'"' || c == u'\\')
            break;
        plain[i] = char(c);
    }
    out.resize(start + size_t(i));
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80)
            break;
        appendByte(out, static_cast<unsigned char>(c));
    }
    if (i < text.size()) {
        const QByteArray rest = text.sliced(i).toUtf8();
        for (const char c : rest)
            appendByte(out, static_cast<unsigned char>(c));
    }
    out.push_back('"');
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
        key.quoted.push_back(':');
        key.cells.push_back(i);
        m_keys.push_back(std::move(key));
    }
}

void SampleJson::writeUtf8(std::string& out, const RawCells& cells) const
{
    out.clear();
    out.push_back('{');
    bool first = true;
    for (const Key& key : m_keys) {
        if (key.cells.front() >= cells.size())
            continue;
        qsizetype last = key.cells.front();
        for (const qsizetype cell : key.cells)
            last = cell < cells.size() ? cell : last;
        if (!first)
            out.push_back(',');
        first = false;
        out += key.quoted;
        appendString(out, cells[last]);
    }
    out.push_back('}');
}

QString SampleJson::row(const RawCells& cells) const
{
    std::string text;
    writeUtf8(text, cells);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace retrainer
