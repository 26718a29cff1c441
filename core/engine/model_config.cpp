#include "model_config.h"
#include "error.h"
#include "metrics.h"
#include "model_identifier.h"
#include <QRegularExpression>

namespace retrainer {
namespace {

using json = nlohmann::json;

QString q(const std::string& s) { return QString::fromStdString(s); }

[[noreturn]] void fail(const QString& model, const QString& field, const QString& why)
{
    throw Error(QStringLiteral("model '%1': field '%2' %3").arg(model, field, why));
}

QString stringField(const json& j, const char* key, const QString& model, bool required, const QString& fallback = {})
{
    if (!j.contains(key)) {
        if (required)
            fail(model, QString::fromLatin1(key), QStringLiteral("is missing"));
        return fallback;
    }
    if (!j.at(key).is_string())
        fail(model, QString::fromLatin1(key), QStringLiteral("must be a string"));
    return q(j.at(key).get<std::string>());
}

double numberField(const json& j, const char* key, const QString& model, double fallback, double min, double max)
{
    if (!j.contains(key))
        return fallback;
    if (!j.at(key).is_number())
        fail(model, QString::fromLatin1(key), QStringLiteral("must be a number"));
    const double v = j.at(key).get<double>();
    if (!(v >= min && v <= max))
        fail(model, QString::fromLatin1(key), QStringLiteral("must be between %1 and %2, not %3").arg(min).arg(max).arg(v));
    return v;
}

} // namespace

DatasetSchema ModelConfig::schema() const
{
    DatasetSchema s;
    s.task = task;
    s.label = label;
    s.timestamp = timestamp;
    s.features = features;
    s.kinds = kinds;
    // Only the linear text classifier learns from text: for other models an undeclared text column stays
    // categorical, as it was before text models existed.
    s.detectText = algorithm == Algorithm::Linear && task == Task::Classification;
    return s;
}

QString ModelConfig::algorithmName() const
{
    return autoAlgorithm ? QStringLiteral("auto") : toString(algorithm);
}

QString ModelConfig::effectivePrimaryMetric() const
{
    return primaryMetric.isEmpty() ? Metrics::defaultPrimary(task) : primaryMetric;
}

json ModelConfig::toJson() const
{
    json j;
    j["name"] = name.toStdString();
    if (!displayName.isEmpty())
        j["display_name"] = displayName.toStdString();
    j["group"] = group.toStdString();
    j["task"] = toString(task).toStdString();
    j["source"] = source.toStdString();
    if (!baseSource.isEmpty())
        j["base_source"] = baseSource.toStdString();
    j["label"] = label.toStdString();
    if (!features.isEmpty()) {
        j["features"] = json::array();
        for (const auto& f : features)
            j["features"].push_back(f.toStdString());
    }
    if (!kinds.isEmpty()) {
        json k = json::object();
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            k[it.key().toStdString()] = columnKindName(it.value()).toStdString();
        j["column_kinds"] = k;
    }
    if (!timestamp.isEmpty())
        j["timestamp"] = timestamp.toStdString();
    j["algorithm"] = algorithmName().toStdString();
    j["parameters"] = parameters;
    j["holdout_fraction"] = holdoutFraction;
    j["data_policy"] = dataPolicy.lastDays == 0 ? json("all") : json({{"last_days", dataPolicy.lastDays}});
    j["minimum_samples"] = minimumSamples;
    j["keep_versions"] = keepVersions;
    if (autoAlgorithm || autoTimeLimit != kDefaultAutoTimeLimit)
        j["auto_time_limit"] = autoTimeLimit;
    if (!primaryMetric.isEmpty())
        j["primary_metric"] = primaryMetric.toStdString();
    j["triggers"] = triggers.toJson();
    j["gate"] = gate.toJson();
    j["hygiene"] = hygiene.toJson();
    j["readiness"] = readiness.toJson();
    return j;
}

ModelConfig ModelConfig::fromJson(const json& j)
{
    if (!j.is_object())
        throw Error(QStringLiteral("a model entry must be a JSON object"));
    ModelConfig m;
    m.name = stringField(j, "name", QStringLiteral("?"), true);
    if (const auto why = validateName(m.name); !why.isEmpty())
        throw Error(why);
    const QString& n = m.name;
    m.displayName = stringField(j, "display_name", n, false).trimmed();
    if (j.contains("display_name"))
        if (const QString why = displayNameProblem(m.displayName); !why.isEmpty())
            fail(n, QStringLiteral("display_name"), QStringLiteral("is not usable: %1").arg(why));
    m.group = stringField(j, "group", n, false, m.group);
    const auto task = taskFromString(stringField(j, "task", n, true));
    if (!task)
        fail(n, QStringLiteral("task"), QStringLiteral("must be 'classification' or 'regression'"));
    m.task = *task;
    m.source = stringField(j, "source", n, true);
    m.baseSource = stringField(j, "base_source", n, false);
    m.label = stringField(j, "label", n, true);
    if (m.label.isEmpty())
        fail(n, QStringLiteral("label"), QStringLiteral("must not be empty"));
    if (j.contains("features")) {
        if (!j["features"].is_array())
            fail(n, QStringLiteral("features"), QStringLiteral("must be a list of column names"));
        for (const auto& f : j["features"]) {
            if (!f.is_string())
                fail(n, QStringLiteral("features"), QStringLiteral("must be a list of column names"));
            m.features << q(f.get<std::string>());
        }
    }
    if (j.contains("column_kinds")) {
        if (!j["column_kinds"].is_object())
            fail(n, QStringLiteral("column_kinds"), QStringLiteral("must map column names to 'numeric', 'categorical' or 'text'"));
        for (const auto& [col, kind] : j["column_kinds"].items()) {
            const auto parsed = kind.is_string() ? columnKindFromString(q(kind.get<std::string>())) : std::nullopt;
            if (!parsed)
                fail(n, QStringLiteral("column_kinds.%1").arg(q(col)), QStringLiteral("must be 'numeric', 'categorical' or 'text'"));
            m.kinds.insert(q(col), *parsed);
        }
    }
    m.timestamp = stringField(j, "timestamp", n, false);
    const QString algorithmText = stringField(j, "algorithm", n, false, toString(m.algorithm));
    m.autoAlgorithm = algorithmText == QLatin1String("auto");
    const auto algorithm = m.autoAlgorithm ? std::optional<Algorithm>(Algorithm::Linear) : algorithmFromString(algorithmText);
    if (!algorithm)
        fail(n, QStringLiteral("algorithm"), QStringLiteral("must be one of auto, random_forest, svm_rbf, linear, krr"));
    m.algorithm = *algorithm;
    if (j.contains("parameters")) {
        if (!j["parameters"].is_object())
            fail(n, QStringLiteral("parameters"), QStringLiteral("must be an object"));
        m.parameters = j["parameters"];
    }
    m.holdoutFraction = numberField(j, "holdout_fraction", n, m.holdoutFraction, 0.05, 0.5);
    if (j.contains("data_policy")) {
        const auto& p = j["data_policy"];
        if (p == "all")
            m.dataPolicy.lastDays = 0;
        else if (p.is_object() && p.contains("last_days") && p["last_days"].is_number_integer() && p["last_days"].get<int>() > 0)
            m.dataPolicy.lastDays = p["last_days"].get<int>();
        else
            fail(n, QStringLiteral("data_policy"), QStringLiteral("must be \"all\" or {\"last_days\": N} with N > 0"));
    }
    m.minimumSamples = int(numberField(j, "minimum_samples", n, m.minimumSamples, 2, 1e9));
    m.keepVersions = int(numberField(j, "keep_versions", n, m.keepVersions, 1, 100000));
    m.autoTimeLimit = numberField(j, "auto_time_limit", n, m.autoTimeLimit, 0, 1e7);
    m.primaryMetric = stringField(j, "primary_metric", n, false);
    static const QStringList metrics = {QStringLiteral("accuracy"), QStringLiteral("macro_f1"), QStringLiteral("r2"),
                                        QStringLiteral("mae"), QStringLiteral("rmse")};
    if (!m.primaryMetric.isEmpty() && !metrics.contains(m.primaryMetric))
        fail(n, QStringLiteral("primary_metric"), QStringLiteral("must be one of %1").arg(metrics.join(QStringLiteral(", "))));
    const bool classMetric = m.primaryMetric == QLatin1String("accuracy") || m.primaryMetric == QLatin1String("macro_f1");
    if (!m.primaryMetric.isEmpty() && classMetric != (m.task == Task::Classification))
        fail(n, QStringLiteral("primary_metric"), QStringLiteral("'%1' does not fit a %2 model").arg(m.primaryMetric, toString(m.task)));
    if (j.contains("triggers")) {
        try {
            m.triggers = TriggerConfig::fromJson(j["triggers"]);
        } catch (const Error& e) {
            throw Error(QStringLiteral("model '%1': %2").arg(n, e.message()));
        }
    }
    if (j.contains("gate"))
        m.gate = GatePolicy::fromJson(j["gate"], n);
    const QString owner = QStringLiteral("model '%1'").arg(n);
    if (j.contains("hygiene"))
        m.hygiene = HygieneConfig::fromJson(j["hygiene"], owner);
    if (j.contains("readiness"))
        m.readiness = ReadinessThresholds::fromJson(j["readiness"], owner);
    return m;
}

QString ModelConfig::validateName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}$"));
    if (!re.match(name).hasMatch())
        return QStringLiteral("invalid model name '%1': use 1 to 64 letters, digits, '-', '_' or '.', not starting with '.'").arg(name);
    return {};
}

} // namespace retrainer
