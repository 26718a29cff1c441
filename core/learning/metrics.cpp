#include "metrics.h"

#include "error.h"

#include <cmath>
#include <limits>

namespace retrainer {

namespace {

QString metricName(const QString& name, Task task)
{
    return name.isEmpty() ? Metrics::defaultPrimary(task) : name;
}

bool isClassificationMetric(const QString& name)
{
    return name == QLatin1String("accuracy") || name == QLatin1String("macro_f1");
}

bool isRegressionMetric(const QString& name)
{
    return name == QLatin1String("r2") || name == QLatin1String("mae") || name == QLatin1String("rmse");
}

// A JSON number, or NaN for null (nlohmann writes NaN as null).
double numberAt(const nlohmann::json& json, const char* key)
{
    const auto it = json.find(key);
    if (it == json.end())
        throw Error(QStringLiteral("metrics: missing \"%1\"").arg(QString::fromLatin1(key)));
    if (it->is_null())
        return std::numeric_limits<double>::quiet_NaN();
    if (!it->is_number())
        throw Error(QStringLiteral("metrics: \"%1\" is not a number").arg(QString::fromLatin1(key)));
    return it->get<double>();
}

} // namespace

double Metrics::value(const QString& name) const
{
    const QString metric = metricName(name, task);
    if (task == Task::Classification) {
        if (metric == QLatin1String("accuracy"))
            return accuracy;
        if (metric == QLatin1String("macro_f1"))
            return macroF1;
    } else {
        if (metric == QLatin1String("r2"))
            return r2;
        if (metric == QLatin1String("mae"))
            return mae;
        if (metric == QLatin1String("rmse"))
            return rmse;
    }
    if (isClassificationMetric(metric) || isRegressionMetric(metric))
        throw Error(QStringLiteral("the metric \"%1\" does not apply to %2").arg(metric, toString(task)));
    throw Error(QStringLiteral("unknown metric \"%1\" (expected accuracy, macro_f1, r2, mae or rmse)").arg(metric));
}

bool Metrics::higherIsBetter(const QString& name)
{
    return name != QLatin1String("mae") && name != QLatin1String("rmse");
}

QString Metrics::defaultPrimary(Task task)
{
    return task == Task::Classification ? QStringLiteral("accuracy") : QStringLiteral("r2");
}

nlohmann::json Metrics::toJson() const
{
    if (task == Task::Classification) {
        return {{"accuracy", accuracy},
                {"macro_f1", macroF1},
                {"confusion", {{"classes", classes}, {"counts", confusion}}},
                {"count", count}};
    }
    return {{"mae", mae}, {"rmse", rmse}, {"r2", r2}, {"count", count}};
}

Metrics Metrics::fromJson(const nlohmann::json& json)
{
    if (!json.is_object())
        throw Error(QStringLiteral("metrics: expected a JSON object"));
    Metrics m;
    try {
        const auto count = json.find("count");
        if (count == json.end() || !count->is_number_unsigned())
            throw Error(QStringLiteral("metrics: \"count\" must be a non-negative integer"));
        m.count = count->get<size_t>();
        if (json.contains("accuracy")) {
            m.task = Task::Classification;
            m.accuracy = numberAt(json, "accuracy");
            m.macroF1 = numberAt(json, "macro_f1");
            const auto& confusion = json.at("confusion");
            m.classes = confusion.at("classes").get<std::vector<std::string>>();
            m.confusion = confusion.at("counts").get<std::vector<std::vector<long>>>();
            if (m.confusion.size() != m.classes.size())
                throw Error(QStringLiteral("metrics: the confusion matrix does not match its classes"));
            for (const auto& row : m.confusion)
                if (row.size() != m.classes.size())
                    throw Error(QStringLiteral("metrics: the confusion matrix is not square"));
        } else {
            m.task = Task::Regression;
            m.mae = numberAt(json, "mae");
            m.rmse = numberAt(json, "rmse");
            m.r2 = numberAt(json, "r2");
        }
    } catch (const nlohmann::json::exception& e) {
        throw Error(QStringLiteral("metrics: %1").arg(QString::fromUtf8(e.what())));
    }
    return m;
}

Metrics classificationMetrics(const std::vector<int>& truth, const std::vector<int>& predicted,
                              const std::vector<std::string>& classes)
{
    if (truth.size() != predicted.size())
        throw Error(QStringLiteral("metrics: %1 truths but %2 predictions").arg(truth.size()).arg(predicted.size()));
    const int k = static_cast<int>(classes.size());
    Metrics m;
    m.task = Task::Classification;
    m.count = truth.size();
    m.classes = classes;
    m.confusion.assign(classes.size(), std::vector<long>(classes.size(), 0));
    long correct = 0;
    for (size_t i = 0; i < truth.size(); ++i) {
        if (truth[i] < 0 || truth[i] >= k || predicted[i] < 0 || predicted[i] >= k)
            throw Error(QStringLiteral("metrics: class index out of range at position %1").arg(i));
        ++m.confusion[truth[i]][predicted[i]];
        if (truth[i] == predicted[i])
            ++correct;
    }
    if (m.count == 0)
        return m;
    m.accuracy = double(correct) / double(m.count);

    double f1Sum = 0.0;
    int present = 0;
    for (int c = 0; c < k; ++c) {
        long truePositives = m.confusion[c][c];
        long truthTotal = 0, predictedTotal = 0;
        for (int o = 0; o < k; ++o) {
            truthTotal += m.confusion[c][o];
            predictedTotal += m.confusion[o][c];
        }
        if (truthTotal == 0 && predictedTotal == 0)
            continue;
        ++present;
        const long falsePositives = predictedTotal - truePositives;
        const long falseNegatives = truthTotal - truePositives;
        if (truePositives > 0)
            f1Sum += 2.0 * truePositives / double(2 * truePositives + falsePositives + falseNegatives);
    }
    m.macroF1 = present > 0 ? f1Sum / present : 0.0;
    return m;
}

Metrics regressionMetrics(const std::vector<double>& truth, const std::vector<double>& predicted)
{
    if (truth.size() != predicted.size())
        throw Error(QStringLiteral("metrics: %1 truths but %2 predictions").arg(truth.size()).arg(predicted.size()));
    Metrics m;
    m.task = Task::Regression;
    m.count = truth.size();
    if (m.count == 0)
        return m;
    double mean = 0.0;
    for (double t : truth)
        mean += t;
    mean /= double(m.count);
    double absSum = 0.0, ssRes = 0.0, ssTot = 0.0;
    for (size_t i = 0; i < truth.size(); ++i) {
        const double error = truth[i] - predicted[i];
        absSum += std::abs(error);
        ssRes += error * error;
        ssTot += (truth[i] - mean) * (truth[i] - mean);
    }
    m.mae = absSum / double(m.count);
    m.rmse = std::sqrt(ssRes / double(m.count));
    if (ssTot == 0.0)
        m.r2 = ssRes == 0.0 ? 1.0 : 0.0;
    else
        m.r2 = 1.0 - ssRes / ssTot;
    return m;
}

} // namespace retrainer
