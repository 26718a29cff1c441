#pragma once
#include <QString>
#include <optional>

namespace retrainer {

enum class Task { Classification, Regression };

enum class Algorithm { RandomForest, SvmRbf, Linear, Krr };

QString toString(Task task);
QString toString(Algorithm algorithm);
std::optional<Task> taskFromString(const QString& text);
std::optional<Algorithm> algorithmFromString(const QString& text);

} // namespace retrainer
