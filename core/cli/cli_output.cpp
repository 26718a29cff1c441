#include "cli_output.h"
#include <QDateTime>
#include <cstdio>

namespace retrainer::cli {

void printLine(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString& text)
{
    std::fprintf(stderr, "retrainer: %s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

void printJson(const nlohmann::json& value)
{
    const std::string text = value.dump(2);
    std::fputs(text.c_str(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printTable(const QStringList& headers, const std::vector<QStringList>& rows)
{
    std::vector<qsizetype> widths;
    for (const auto& h : headers)
        widths.push_back(h.size());
    for (const auto& row : rows)
        for (qsizetype i = 0; i < row.size() && i < qsizetype(widths.size()); ++i)
            widths[size_t(i)] = std::max(widths[size_t(i)], row[i].size());
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[size_t(i)]) : cells[i];
            if (i + 1 < cells.size())
                text += QStringLiteral("  ");
        }
        printLine(text);
    };
    line(headers);
    for (const auto& row : rows)
        line(row);
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

} // namespace retrainer::cli
