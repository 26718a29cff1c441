#include "cli_output.h"
#include <QLocale>
#include <cstdio>

namespace retrainer::cli {

void Output::line(const QString& text)
{
    if (m_mode == Mode::Captured) {
        m_out += text + QLatin1Char('\n');
        return;
    }
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void Output::error(const QString& text)
{
    const QString message = QStringLiteral("retrainer: ") + text + QLatin1Char('\n');
    if (m_mode == Mode::Captured) {
        m_err += message;
        return;
    }
    std::fputs(message.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

void Output::json(const nlohmann::json& value) { line(QString::fromStdString(value.dump(2))); }

void Output::progress(const QString& text)
{
    if (m_mode == Mode::Captured)
        return;
    std::fprintf(stderr, "%s", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

void Output::table(const QStringList& headers, const std::vector<QStringList>& rows)
{
    std::vector<qsizetype> widths;
    for (const auto& h : headers)
        widths.push_back(h.size());
    for (const auto& row : rows)
        for (qsizetype i = 0; i < row.size() && i < qsizetype(widths.size()); ++i)
            widths[size_t(i)] = std::max(widths[size_t(i)], row[i].size());
    auto print = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            text += last ? cells[i] : cells[i].leftJustified(widths[size_t(i)]) + QStringLiteral("  ");
        }
        line(text);
    };
    print(headers);
    for (const auto& row : rows)
        print(row);
}

QString localTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatMetric(const nlohmann::json& metrics, const QString& name)
{
    const std::string key = name.toStdString();
    if (!metrics.is_object() || !metrics.contains(key) || !metrics[key].is_number())
        return QStringLiteral("—");
    return QString::number(metrics[key].get<double>(), 'f', 4);
}

QString shortHash(const QString& sha256) { return sha256.left(12); }

QString byteSize(qint64 bytes) { return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat); }

} // namespace retrainer::cli
