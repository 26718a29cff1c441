// trainModel and Model::deserialize dispatch to the per-algorithm files (trainer_forest.cpp,
// trainer_svm.cpp, trainer_linear.cpp, trainer_krr.cpp); this file holds what they share.
#include "trainer.h"

#include "trainer_internal.h"

#include <QStringList>
#include <dlib/serialize.h>

#include <cmath>
#include <new>
#include <set>

namespace retrainer {

namespace {

constexpr const char* kModelTag = "retrainer.model";
constexpr int kModelVersion = 1;

QString algorithmName(Algorithm algorithm)
{
    return toString(algorithm);
}

void checkInput(Task task, const std::vector<Vector>& x, const std::vector<double>& y, int numClasses)
{
    if (x.empty())
        throw Error(QStringLiteral("there are no rows to train on"));
    if (x.size() != y.size())
        throw Error(QStringLiteral("%1 rows but %2 labels").arg(x.size()).arg(y.size()));
    const long dimension = x.front().size();
    if (dimension == 0)
        throw Error(QStringLiteral("the rows have no features to learn from"));
    for (size_t i = 0; i < x.size(); ++i) {
        if (x[i].size() != dimension)
            throw Error(QStringLiteral("row %1 has %2 values, expected %3").arg(i).arg(x[i].size()).arg(dimension));
        if (!dlib::is_finite(x[i]))
            throw Error(QStringLiteral("row %1 holds a value that is not a finite number").arg(i));
    }
    if (task == Task::Regression) {
        for (size_t i = 0; i < y.size(); ++i)
            if (!std::isfinite(y[i]))
                throw Error(QStringLiteral("the label of row %1 is not a finite number").arg(i));
        return;
    }
    if (numClasses < 2 || numClasses > detail::kMaxClasses)
        throw Error(QStringLiteral("a classifier needs at least two classes, got %1").arg(numClasses));
    std::set<int> present;
    for (size_t i = 0; i < y.size(); ++i) {
        if (!(y[i] >= 0 && y[i] < numClasses) || y[i] != std::floor(y[i]))
            throw Error(QStringLiteral("the label of row %1 is not a class index below %2").arg(i).arg(numClasses));
        present.insert(static_cast<int>(y[i]));
    }
    if (present.size() < 2)
        throw Error(QStringLiteral("a classifier needs at least two classes in its training rows"));
}

} // namespace

nlohmann::json defaultParameters(Task task, Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::RandomForest:
        return {{"trees", 100}, {"min_samples_per_leaf", 5}};
    case Algorithm::SvmRbf:
        if (task == Task::Classification)
            return {{"c", 10.0}, {"gamma", "auto"}};
        return {{"c", 10.0}, {"gamma", "auto"}, {"epsilon", 0.1}};
    case Algorithm::Linear:
        if (task == Task::Classification)
            return {{"c", 1.0}};
        return {{"lambda", 0.0}};
    case Algorithm::Krr:
        return {{"gamma", "auto"}, {"lambda", 0.0}, {"max_basis", 400}};
    }
    return nlohmann::json::object();
}

std::unique_ptr<Model> trainModel(Task task, Algorithm algorithm, const std::vector<Vector>& x,
                                  const std::vector<double>& y, int numClasses, const TrainerOptions& options)
{
    if (options.cancel)
        options.cancel->check();
    checkInput(task, x, y, numClasses);
    if (task == Task::Regression)
        numClasses = 0;
    try {
        switch (algorithm) {
        case Algorithm::RandomForest: return detail::trainForest(task, x, y, numClasses, options);
        case Algorithm::SvmRbf: return detail::trainSvm(task, x, y, numClasses, options);
        case Algorithm::Linear: return detail::trainLinear(task, x, y, numClasses, options);
        case Algorithm::Krr: return detail::trainKrr(task, x, y, numClasses, options);
        }
    } catch (const Error&) {
        throw;
    } catch (const std::bad_alloc&) {
        throw Error(QStringLiteral("%1 ran out of memory while training").arg(algorithmName(algorithm)));
    } catch (const std::exception& e) {
        throw Error(QStringLiteral("%1 failed to train: %2").arg(algorithmName(algorithm), QString::fromUtf8(e.what())));
    }
    throw Error(QStringLiteral("unknown algorithm"));
}

std::unique_ptr<Model> Model::deserialize(Task task, Algorithm algorithm, std::istream& in)
{
    try {
        std::string tag;
        int version = 0, storedTask = -1, storedAlgorithm = -1, numClasses = -1;
        long dimension = -1;
        dlib::deserialize(tag, in);
        if (tag != kModelTag)
            detail::corruptModel(QStringLiteral("it does not start with a model header"));
        dlib::deserialize(version, in);
        if (version != kModelVersion)
            detail::corruptModel(QStringLiteral("unsupported model version %1").arg(version));
        dlib::deserialize(storedTask, in);
        dlib::deserialize(storedAlgorithm, in);
        dlib::deserialize(dimension, in);
        dlib::deserialize(numClasses, in);
        if (storedTask != static_cast<int>(task) || storedAlgorithm != static_cast<int>(algorithm))
            detail::corruptModel(QStringLiteral("it holds another kind of model than %1 %2")
                                     .arg(toString(algorithm), toString(task)));
        if (dimension <= 0 || dimension > (1L << 30))
            detail::corruptModel(QStringLiteral("bad input dimension %1").arg(dimension));
        if (task == Task::Classification ? (numClasses < 2 || numClasses > detail::kMaxClasses) : numClasses != 0)
            detail::corruptModel(QStringLiteral("bad class count %1").arg(numClasses));
        const detail::ModelHeader header{task, algorithm, dimension, numClasses};
        switch (algorithm) {
        case Algorithm::RandomForest: return detail::deserializeForest(header, in);
        case Algorithm::SvmRbf: return detail::deserializeSvm(header, in);
        case Algorithm::Linear: return detail::deserializeLinear(header, in);
        case Algorithm::Krr: return detail::deserializeKrr(header, in);
        }
        detail::corruptModel(QStringLiteral("unknown algorithm"));
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) { // dlib::serialization_error, bad_alloc, length_error…
        detail::corruptModel(QString::fromUtf8(e.what()));
    }
}

namespace detail {

void corruptModel(const QString& why)
{
    throw Error(QStringLiteral("the model data is damaged or not a model: %1").arg(why));
}

void ModelBase::serialize(std::ostream& out) const
{
    dlib::serialize(std::string(kModelTag), out);
    dlib::serialize(kModelVersion, out);
    dlib::serialize(static_cast<int>(m_task), out);
    dlib::serialize(static_cast<int>(algorithm()), out);
    dlib::serialize(m_dimension, out);
    dlib::serialize(m_classes, out);
    serializeBody(out);
}

TrainingProgress::TrainingProgress(const TrainerOptions& options, size_t totalParts)
    : m_options(options), m_total(totalParts == 0 ? 1 : totalParts)
{
}

void TrainingProgress::start()
{
    report(0.0);
}

void TrainingProgress::partDone()
{
    if (m_done < m_total)
        ++m_done;
    report(double(m_done) / double(m_total));
}

void TrainingProgress::report(double fraction)
{
    if (m_options.progress)
        m_options.progress(QStringLiteral("training"), fraction);
    if (m_options.cancel)
        m_options.cancel->check();
}

Parameters::Parameters(Task task, Algorithm algorithm, const nlohmann::json& overrides)
    : m_algorithm(algorithm), m_values(defaultParameters(task, algorithm))
{
    if (overrides.is_null())
        return;
    if (!overrides.is_object())
        throw Error(QStringLiteral("the parameters of %1 must be a JSON object").arg(algorithmName(algorithm)));
    for (const auto& [name, value] : overrides.items()) {
        if (!m_values.contains(name)) {
            QStringList known;
            for (const auto& [k, v] : m_values.items())
                known << QString::fromStdString(k);
            throw Error(QStringLiteral("%1 has no parameter \"%2\" (it has: %3)")
                            .arg(algorithmName(algorithm), QString::fromStdString(name), known.join(QStringLiteral(", "))));
        }
        m_values[name] = value;
    }
}

void Parameters::bad(const char* name, const QString& expected) const
{
    throw Error(QStringLiteral("the %1 parameter \"%2\" must be %3, not %4")
                    .arg(algorithmName(m_algorithm), QString::fromLatin1(name), expected,
                         QString::fromStdString(m_values.at(name).dump())));
}

double Parameters::positive(const char* name) const
{
    const auto& v = m_values.at(name);
    if (!v.is_number() || !std::isfinite(v.get<double>()) || !(v.get<double>() > 0.0))
        bad(name, QStringLiteral("a positive number"));
    return v.get<double>();
}

double Parameters::nonNegative(const char* name) const
{
    const auto& v = m_values.at(name);
    if (!v.is_number() || !std::isfinite(v.get<double>()) || !(v.get<double>() >= 0.0))
        bad(name, QStringLiteral("a number of at least 0"));
    return v.get<double>();
}

long Parameters::count(const char* name, long min, long max) const
{
    const auto& v = m_values.at(name);
    if (!v.is_number_integer() || v.get<long long>() < min || v.get<long long>() > max)
        bad(name, QStringLiteral("a whole number from %1 to %2").arg(min).arg(max));
    return static_cast<long>(v.get<long long>());
}

double Parameters::gamma(long dimension) const
{
    const auto& v = m_values.at("gamma");
    if (v.is_string() && v.get<std::string>() == "auto")
        return 1.0 / double(dimension);
    if (!v.is_number() || !std::isfinite(v.get<double>()) || !(v.get<double>() > 0.0))
        bad("gamma", QStringLiteral("\"auto\" or a positive number"));
    return v.get<double>();
}

std::vector<std::vector<size_t>> rowsByClass(const std::vector<double>& y, int numClasses)
{
    std::vector<std::vector<size_t>> rows(static_cast<size_t>(numClasses));
    for (size_t i = 0; i < y.size(); ++i)
        rows[static_cast<size_t>(y[i])].push_back(i);
    return rows;
}

std::vector<double> oneVsAllTargets(const std::vector<double>& y, int cls)
{
    std::vector<double> targets(y.size());
    for (size_t i = 0; i < y.size(); ++i)
        targets[i] = static_cast<int>(y[i]) == cls ? 1.0 : 0.0;
    return targets;
}

size_t argmax(const std::vector<double>& scores)
{
    size_t best = 0;
    for (size_t i = 1; i < scores.size(); ++i)
        if (scores[i] > scores[best])
            best = i;
    return best;
}

} // namespace detail

} // namespace retrainer
