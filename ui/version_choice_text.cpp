#include "version_choice_text.h"
#include "algorithm_label.h"
#include "metric_words.h"
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <map>

namespace retrainer {
namespace {

QString methodName(const nlohmann::json& entry)
{
    const QString name = QString::fromStdString(entry.value("algorithm", std::string()));
    const auto algorithm = algorithmFromString(name);
    return algorithm ? algorithmLabel(*algorithm) : name;
}

} // namespace

QString versionChoiceText(int version, const nlohmann::json& metadata, const QString& label)
{
    const QString algorithm = methodName(metadata);
    const auto selection = metadata.value("selection", nlohmann::json());
    if (!selection.is_object() || !selection.contains("chosen"))
        return QCoreApplication::translate("VersionChoice", "Version %1: %2, as set in the model's settings.").arg(version).arg(algorithm);
    const QString metric = QString::fromStdString(selection.value("metric", std::string()));
    const auto chosen = selection["chosen"];
    const auto scoreOf = [&](const nlohmann::json& entry) {
        return MetricWords::shortText(metric, entry.value("cv_score", 0.0), label);
    };
    QString text = QCoreApplication::translate("VersionChoice", "Version %1: %2, chosen automatically. Each method was tried on older training rows only "
                      "(%3), never on the rows kept back for the final check; this one scored %4.")
                       .arg(version).arg(methodName(chosen), QString::fromStdString(selection.value("folds", std::string())),
                            scoreOf(chosen));
    // The best try of each other method, and the methods skipped altogether, with the reason.
    std::map<QString, nlohmann::json> best;
    std::map<QString, QString> skipped;
    const bool higher = metric != QLatin1String("mae") && metric != QLatin1String("rmse");
    const QString chosenName = methodName(chosen);
    for (const auto& entry : selection.value("candidates", nlohmann::json::array())) {
        const QString name = methodName(entry);
        if (name == chosenName)
            continue;
        if (!entry.contains("cv_score")) {
            skipped.emplace(name, QString::fromStdString(entry.value("skipped", std::string())));
            continue;
        }
        const double score = entry["cv_score"].get<double>();
        auto it = best.find(name);
        if (it == best.end() || (higher ? score > it->second["cv_score"].get<double>()
                                        : score < it->second["cv_score"].get<double>()))
            best[name] = entry;
    }
    QStringList others;
    for (const auto& [name, entry] : best)
        others << QStringLiteral("%1 %2").arg(name, scoreOf(entry));
    if (!others.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("VersionChoice", "The others: %1.").arg(others.join(QStringLiteral(", ")));
    for (const auto& [name, reason] : skipped)
        if (!best.count(name))
            text += QLatin1Char(' ') + QCoreApplication::translate("VersionChoice", "%1 — %2.").arg(name, reason);
    return text;
}

QString diskUseText(int versions, qint64 bytes, int keep)
{
    const QString size = QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    return QCoreApplication::translate("VersionChoice", "The %n version(s) use %1 on disk.", nullptr, versions).arg(size) + QLatin1Char(' ') +
           QCoreApplication::translate("VersionChoice", "The newest %n are kept, with any pinned one and the one in service; older ones are removed after "
              "each new version.", nullptr, keep);
}

} // namespace retrainer
