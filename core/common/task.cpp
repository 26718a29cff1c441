#include "task.h"

namespace retrainer {

QString toString(Task task)
{
    return task == Task::Classification ? QStringLiteral("classification") : QStringLiteral("regression");
}

QString toString(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::RandomForest: return QStringLiteral("random_forest");
    case Algorithm::SvmRbf: return QStringLiteral("svm_rbf");
    case Algorithm::Linear: return QStringLiteral("linear");
    case Algorithm::Krr: return QStringLiteral("krr");
    }
    return {};
}

std::optional<Task> taskFromString(const QString& text)
{
    if (text == QLatin1String("classification"))
        return Task::Classification;
    if (text == QLatin1String("regression"))
        return Task::Regression;
    return std::nullopt;
}

std::optional<Algorithm> algorithmFromString(const QString& text)
{
    for (auto a : {Algorithm::RandomForest, Algorithm::SvmRbf, Algorithm::Linear, Algorithm::Krr})
        if (toString(a) == text)
            return a;
    return std::nullopt;
}

} // namespace retrainer
