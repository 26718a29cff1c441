#pragma once
// Private to the learning library: models made of dlib decision functions (svm_rbf, linear, krr).
//   SingleFunctionModel: one decision function (regression: svr, rr, krr).
//   OneVsOneModel:       a decision function per pair of classes, prediction by vote.
//   OneVsAllModel:       a decision function per class scoring "is this class", prediction by argmax.
// All are immutable after training, so prediction is safe from several threads at once.
#include "trainer_internal.h"

#include <dlib/svm.h>

#include <cmath>
#include <cstdint>
#include <utility>

namespace retrainer::detail {

using RbfKernel = dlib::radial_basis_kernel<Vector>;
using LinearKernel = dlib::linear_kernel<Vector>;

inline bool kernelIsValid(const RbfKernel& kernel)
{
    return std::isfinite(kernel.gamma) && kernel.gamma > 0;
}

inline bool kernelIsValid(const LinearKernel&)
{
    return true;
}

// A decision function read from a stream is only evaluated when it fits the model's input dimension.
template <typename Kernel>
void checkFunction(const dlib::decision_function<Kernel>& f, long dimension)
{
    if (f.alpha.size() != f.basis_vectors.size() || f.basis_vectors.size() == 0)
        corruptModel(QStringLiteral("a decision function has no or mismatched basis vectors"));
    if (!std::isfinite(f.b) || !dlib::is_finite(f.alpha) || !kernelIsValid(f.kernel_function))
        corruptModel(QStringLiteral("a decision function holds invalid numbers"));
    for (long i = 0; i < f.basis_vectors.size(); ++i)
        if (f.basis_vectors(i).size() != dimension || !dlib::is_finite(f.basis_vectors(i)))
            corruptModel(QStringLiteral("a basis vector does not fit the input dimension"));
}

template <typename Kernel>
class SingleFunctionModel final : public ModelBase
{
public:
    SingleFunctionModel(Algorithm algorithm, long dimension, dlib::decision_function<Kernel> f)
        : ModelBase(Task::Regression, dimension, 0), m_algorithm(algorithm), m_function(std::move(f))
    {
    }

    double predict(const Vector& x) const override { return m_function(x); }
    Algorithm algorithm() const override { return m_algorithm; }

    static std::unique_ptr<Model> read(const ModelHeader& header, std::istream& in)
    {
        dlib::decision_function<Kernel> f;
        dlib::deserialize(f, in);
        checkFunction(f, header.dimension);
        return std::make_unique<SingleFunctionModel>(header.algorithm, header.dimension, std::move(f));
    }

protected:
    void serializeBody(std::ostream& out) const override { dlib::serialize(m_function, out); }

private:
    Algorithm m_algorithm;
    dlib::decision_function<Kernel> m_function;
};

template <typename Kernel>
class OneVsOneModel final : public ModelBase
{
public:
    struct Pair
    {
        int first = 0;  // the class a positive decision votes for
        int second = 0; // the class a negative decision votes for
        dlib::decision_function<Kernel> function;
    };

    OneVsOneModel(Algorithm algorithm, long dimension, int numClasses, std::vector<Pair> pairs)
        : ModelBase(Task::Classification, dimension, numClasses), m_algorithm(algorithm), m_pairs(std::move(pairs))
    {
    }

    // Most votes wins; a tie goes to the class with the larger summed margin, then to the lower index.
    double predict(const Vector& x) const override
    {
        std::vector<double> votes(static_cast<size_t>(numClasses()), 0.0), margins(votes.size(), 0.0);
        for (const auto& pair : m_pairs) {
            const double d = pair.function(x);
            votes[static_cast<size_t>(d > 0 ? pair.first : pair.second)] += 1.0;
            margins[static_cast<size_t>(pair.first)] += d;
            margins[static_cast<size_t>(pair.second)] -= d;
        }
        size_t best = 0;
        for (size_t c = 1; c < votes.size(); ++c)
            if (votes[c] > votes[best] || (votes[c] == votes[best] && margins[c] > margins[best]))
                best = c;
        return double(best);
    }

    Algorithm algorithm() const override { return m_algorithm; }

    static std::unique_ptr<Model> read(const ModelHeader& header, std::istream& in)
    {
        std::int64_t count = 0;
        dlib::deserialize(count, in);
        if (count < 1 || count > kMaxParts)
            corruptModel(QStringLiteral("bad pair count %1").arg(count));
        std::vector<Pair> pairs(static_cast<size_t>(count));
        for (auto& pair : pairs) {
            dlib::deserialize(pair.first, in);
            dlib::deserialize(pair.second, in);
            if (pair.first < 0 || pair.second < 0 || pair.first >= header.numClasses
                || pair.second >= header.numClasses || pair.first == pair.second)
                corruptModel(QStringLiteral("a class pair is out of range"));
            dlib::deserialize(pair.function, in);
            checkFunction(pair.function, header.dimension);
        }
        return std::make_unique<OneVsOneModel>(header.algorithm, header.dimension, header.numClasses,
                                               std::move(pairs));
    }

protected:
    void serializeBody(std::ostream& out) const override
    {
        dlib::serialize(static_cast<std::int64_t>(m_pairs.size()), out);
        for (const auto& pair : m_pairs) {
            dlib::serialize(pair.first, out);
            dlib::serialize(pair.second, out);
            dlib::serialize(pair.function, out);
        }
    }

private:
    Algorithm m_algorithm;
    std::vector<Pair> m_pairs;
};

template <typename Kernel>
class OneVsAllModel final : public ModelBase
{
public:
    OneVsAllModel(Algorithm algorithm, long dimension, std::vector<dlib::decision_function<Kernel>> perClass)
        : ModelBase(Task::Classification, dimension, static_cast<int>(perClass.size())), m_algorithm(algorithm),
          m_perClass(std::move(perClass))
    {
    }

    double predict(const Vector& x) const override
    {
        std::vector<double> scores(m_perClass.size());
        for (size_t c = 0; c < m_perClass.size(); ++c)
            scores[c] = m_perClass[c](x);
        return double(argmax(scores));
    }

    Algorithm algorithm() const override { return m_algorithm; }

    static std::unique_ptr<Model> read(const ModelHeader& header, std::istream& in)
    {
        std::vector<dlib::decision_function<Kernel>> perClass(static_cast<size_t>(header.numClasses));
        for (auto& f : perClass) {
            dlib::deserialize(f, in);
            checkFunction(f, header.dimension);
        }
        return std::make_unique<OneVsAllModel>(header.algorithm, header.dimension, std::move(perClass));
    }

protected:
    void serializeBody(std::ostream& out) const override
    {
        for (const auto& f : m_perClass)
            dlib::serialize(f, out);
    }

private:
    Algorithm m_algorithm;
    std::vector<dlib::decision_function<Kernel>> m_perClass;
};

// One-vs-one over every pair of classes that both have training rows; a cancel point after each pair.
// `trainer` is a dlib binary trainer (svm_c_trainer, svm_c_linear_trainer) taking +1/-1 labels.
template <typename Kernel, typename BinaryTrainer>
std::unique_ptr<Model> trainOneVsOne(Algorithm algorithm, const std::vector<Vector>& x, const std::vector<double>& y,
                                     int numClasses, const TrainerOptions& options, const BinaryTrainer& trainer)
{
    const auto rows = rowsByClass(y, numClasses);
    std::vector<std::pair<int, int>> classPairs;
    for (int a = 0; a < numClasses; ++a)
        for (int b = a + 1; b < numClasses; ++b)
            if (!rows[static_cast<size_t>(a)].empty() && !rows[static_cast<size_t>(b)].empty())
                classPairs.emplace_back(a, b);

    TrainingProgress progress(options, classPairs.size());
    progress.start();
    std::vector<typename OneVsOneModel<Kernel>::Pair> pairs;
    std::vector<Vector> samples;
    std::vector<double> labels;
    for (const auto& [a, b] : classPairs) {
        samples.clear();
        labels.clear();
        for (size_t i : rows[static_cast<size_t>(a)]) {
            samples.push_back(x[i]);
            labels.push_back(+1.0);
        }
        for (size_t i : rows[static_cast<size_t>(b)]) {
            samples.push_back(x[i]);
            labels.push_back(-1.0);
        }
        pairs.push_back({a, b, trainer.train(samples, labels)});
        progress.partDone();
    }
    return std::make_unique<OneVsOneModel<Kernel>>(algorithm, x.front().size(), numClasses, std::move(pairs));
}

} // namespace retrainer::detail
