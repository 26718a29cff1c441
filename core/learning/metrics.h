#pragma once
#include "task.h"
#include <QString>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace retrainer {

struct Metrics
{
    Task task = Task::Regression;
    size_t count = 0;
    // classification
    double accuracy = 0.0;
    double macroF1 = 0.0;
    std::vector<std::string> classes;
    std::vector<std::vector<long>> confusion; // [truth][predicted]
    // regression
    double mae = 0.0;
    double rmse = 0.0;
    double r2 = 0.0;

    // "accuracy", "macro_f1", "r2", "mae", "rmse" (the last two: lower is better). Empty name: accuracy / r2.
    double value(const QString& name = {}) const;
    static bool higherIsBetter(const QString& name);
    static QString defaultPrimary(Task task);

    // {"accuracy":…, "macro_f1":…, "confusion":{"classes":[…],"counts":[[…]]}, "count":n} or
    // {"mae":…, "rmse":…, "r2":…, "count":n}
    nlohmann::json toJson() const;
    static Metrics fromJson(const nlohmann::json& json);
};

// Macro-F1 averages the per-class F1 over classes present in truth or predictions (F1 = 0 when a class has
// no true positives).
Metrics classificationMetrics(const std::vector<int>& truth, const std::vector<int>& predicted,
                              const std::vector<std::string>& classes);
// R² = 1 - SS_res/SS_tot; when SS_tot is 0, R² is 1 for a perfect fit and 0 otherwise.
Metrics regressionMetrics(const std::vector<double>& truth, const std::vector<double>& predicted);

} // namespace retrainer
