#include "model_identifier.h"
#include "model_config.h"
#include <QCoreApplication>

namespace retrainer {

QString displayNameProblem(const QString& displayName)
{
    const QString name = displayName.trimmed();
    if (name.isEmpty())
        return QCoreApplication::translate("ModelName", "Give the model a name, e.g. Waiting time (north clinic).");
    if (name.size() > 100)
        return QCoreApplication::translate("ModelName", "The name is %1 characters long; use at most 100.").arg(name.size());
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("ModelName", "The name must stay on one line (no line breaks or tabs).");
    return {};
}

QString identifierFor(const QString& displayName, const std::function<bool(const QString&)>& taken)
{
    // Decomposed, so that "é" becomes "e" plus an accent that is then dropped.
    const QString decomposed = displayName.normalized(QString::NormalizationForm_KD).toLower();
    QString base;
    bool pendingHyphen = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (pendingHyphen && !base.isEmpty())
                base += QLatin1Char('-');
            pendingHyphen = false;
            base += c;
            if (base.size() >= 60)
                break;
        } else {
            pendingHyphen = true;
        }
    }
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("model");
    QString identifier = base;
    for (int n = 2; taken && taken(identifier); ++n)
        identifier = QStringLiteral("%1-%2").arg(base).arg(n);
    return identifier;
}

std::optional<ModelConfig> modelCalled(const std::vector<ModelConfig>& models, const QString& displayName,
                                       const QString& except)
{
    const QString name = displayName.trimmed();
    for (const ModelConfig& model : models)
        if (model.name != except && (model.shownName().compare(name, Qt::CaseInsensitive) == 0 || model.name == name))
            return model;
    return std::nullopt;
}

} // namespace retrainer
