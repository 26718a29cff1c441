#include "text_features.h"
#include "error.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace retrainer {

using json = nlohmann::json;

namespace {

quint64 fnv1a(const QByteArray& bytes)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char c : bytes) {
        hash ^= quint64(static_cast<unsigned char>(c));
        hash *= 1099511628211ULL;
    }
    return hash;
}

[[noreturn]] void malformed(const QString& what)
{
    throw Error(QStringLiteral("the text encoder is malformed: %1").arg(what));
}

} // namespace

QStringList TextEncoder::tokens(const QString& text)
{
    QStringList out;
    QString current;
    const QList<uint> codePoints = text.toLower().toUcs4();
    for (const uint c : codePoints) {
        if (QChar::isLetterOrNumber(char32_t(c))) {
            current += QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

std::vector<std::pair<unsigned long, unsigned long>> TextEncoder::termCounts(const Sample& sample) const
{
    std::map<unsigned long, unsigned long> counts;
    for (size_t c = 0; c < m_columns.size(); ++c) {
        const size_t f = m_columns[c];
        if (f >= sample.categories.size())
            continue;
        const QStringList words = tokens(QString::fromStdString(sample.categories[f]));
        const QByteArray prefix = QByteArray::number(qulonglong(c)) + '\x1f';
        for (qsizetype i = 0; i < words.size(); ++i) {
            ++counts[fnv1a(prefix + words[i].toUtf8()) % m_dimension];
            if (i + 1 < words.size())
                ++counts[fnv1a(prefix + words[i].toUtf8() + ' ' + words[i + 1].toUtf8()) % m_dimension];
        }
    }
    return {counts.begin(), counts.end()};
}

void TextEncoder::fit(const Dataset& data, const std::vector<size_t>& trainIndices, long denseDimension,
                      unsigned long dimension)
{
    if (dimension < 16 || dimension > (1UL << 24))
        throw Error(QStringLiteral("the text dimension must be from 16 to 16777216, not %1").arg(dimension));
    m_columns.clear();
    for (size_t f = 0; f < data.features.size(); ++f)
        if (data.features[f].kind == ColumnKind::Text)
            m_columns.push_back(f);
    if (m_columns.empty())
        throw Error(QStringLiteral("there is no text column to learn from"));
    m_denseDimension = static_cast<unsigned long>(std::max(0L, denseDimension));
    m_dimension = dimension;
    std::map<unsigned long, long> documentFrequency;
    for (size_t i : trainIndices)
        for (const auto& [bucket, count] : termCounts(data.samples.at(i)))
            ++documentFrequency[bucket];
    const double n = double(trainIndices.size());
    m_idf.clear();
    for (const auto& [bucket, df] : documentFrequency)
        m_idf.emplace_back(bucket, std::log((1.0 + n) / (1.0 + double(df))) + 1.0);
}

SparseVector TextEncoder::encode(const Sample& sample, const Vector& dense) const
{
    SparseVector x;
    for (long i = 0; i < dense.size() && i < long(m_denseDimension); ++i)
        if (dense(i) != 0.0)
            x.emplace_back(static_cast<unsigned long>(i), dense(i));
    const size_t textStart = x.size();
    double squares = 0.0;
    for (const auto& [bucket, count] : termCounts(sample)) {
        const auto it = std::lower_bound(m_idf.begin(), m_idf.end(), bucket,
                                         [](const auto& entry, unsigned long b) { return entry.first < b; });
        if (it == m_idf.end() || it->first != bucket)
            continue;
        const double weight = (1.0 + std::log(double(count))) * it->second;
        x.emplace_back(m_denseDimension + bucket, weight);
        squares += weight * weight;
    }
    if (squares > 0.0) {
        const double norm = std::sqrt(squares);
        for (size_t i = textStart; i < x.size(); ++i)
            x[i].second /= norm;
    }
    return x;
}

json TextEncoder::toJson() const
{
    json idf = json::array();
    for (const auto& [bucket, value] : m_idf)
        idf.push_back(json::array({bucket, value}));
    return {{"columns", m_columns}, {"dense_dimension", m_denseDimension}, {"dimension", m_dimension}, {"idf", idf}};
}

TextEncoder TextEncoder::fromJson(const json& j)
{
    TextEncoder encoder;
    try {
        encoder.m_columns = j.at("columns").get<std::vector<size_t>>();
        encoder.m_denseDimension = j.at("dense_dimension").get<unsigned long>();
        encoder.m_dimension = j.at("dimension").get<unsigned long>();
        for (const json& entry : j.at("idf"))
            encoder.m_idf.emplace_back(entry.at(0).get<unsigned long>(), entry.at(1).get<double>());
    } catch (const json::exception& e) {
        malformed(QString::fromUtf8(e.what()));
    }
    if (encoder.m_columns.empty() || encoder.m_dimension < 16 || encoder.m_dimension > (1UL << 24))
        malformed(QStringLiteral("no text column or a bad dimension"));
    for (size_t i = 0; i < encoder.m_idf.size(); ++i) {
        const auto& [bucket, value] = encoder.m_idf[i];
        if (bucket >= encoder.m_dimension || !std::isfinite(value) || (i > 0 && encoder.m_idf[i - 1].first >= bucket))
            malformed(QStringLiteral("the idf table is not sorted, unique and finite"));
    }
    return encoder;
}

} // namespace retrainer
