#include "text_classifier.h"
#include "trainer_internal.h"

#include <dlib/svm.h>

#include <cmath>

namespace retrainer {

namespace {

constexpr const char* kTag = "retrainer.text_classifier";
constexpr int kVersion = 1;
using Kernel = dlib::sparse_linear_kernel<SparseVector>;

} // namespace

nlohmann::json defaultTextParameters()
{
    return {{"c", 1.0}, {"class_weight", "balanced"}, {"text_dimension", kDefaultTextDimension}};
}

TextClassifier TextClassifier::train(const std::vector<SparseVector>& x, const std::vector<double>& y, int numClasses,
                                     unsigned long dimension, double c, bool balanced, const TrainerOptions& options)
{
    if (x.empty() || x.size() != y.size())
        throw Error(QStringLiteral("there are no rows to train the text classifier on"));
    if (numClasses < 2 || numClasses > detail::kMaxClasses)
        throw Error(QStringLiteral("a classifier needs at least two classes, got %1").arg(numClasses));
    if (!(c > 0.0) || !std::isfinite(c))
        throw Error(QStringLiteral("the linear parameter \"c\" must be a positive number"));
    TextClassifier model;
    model.m_dimension = dimension;
    detail::TrainingProgress progress(options, size_t(numClasses));
    progress.start();
    dlib::svm_c_linear_trainer<Kernel> trainer;
    try {
        for (int cls = 0; cls < numClasses; ++cls) {
            std::vector<double> labels(y.size());
            size_t positives = 0;
            for (size_t i = 0; i < y.size(); ++i) {
                labels[i] = int(y[i]) == cls ? 1.0 : -1.0;
                positives += labels[i] > 0 ? 1 : 0;
            }
            if (positives == 0)
                throw Error(QStringLiteral("class %1 has no training rows").arg(cls));
            const double n = double(y.size());
            const size_t negatives = y.size() - positives;
            // dlib averages the hinge losses (0.5|w|² + C·mean); "c" weighs each row as LIBLINEAR and
            // scikit-learn do (0.5|w|² + c·sum), so dlib's C is c·n.
            const double perRow = c * n;
            trainer.set_c_class1(balanced ? perRow * n / (2.0 * double(positives)) : perRow);
            trainer.set_c_class2(balanced && negatives > 0 ? perRow * n / (2.0 * double(negatives)) : perRow);
            const auto function = trainer.train(x, labels);
            model.m_weights.push_back(function.basis_vectors(0));
            model.m_bias.push_back(function.b);
            progress.partDone();
        }
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error(QStringLiteral("the text classifier failed to train: %1").arg(QString::fromUtf8(e.what())));
    }
    return model;
}

int TextClassifier::predict(const SparseVector& x) const
{
    std::vector<double> scores;
    scores.reserve(m_weights.size());
    for (size_t cls = 0; cls < m_weights.size(); ++cls)
        scores.push_back(dlib::dot(m_weights[cls], x) - m_bias[cls]);
    return int(detail::argmax(scores));
}

void TextClassifier::serialize(std::ostream& out) const
{
    dlib::serialize(std::string(kTag), out);
    dlib::serialize(kVersion, out);
    dlib::serialize(m_dimension, out);
    dlib::serialize(m_weights, out);
    dlib::serialize(m_bias, out);
}

TextClassifier TextClassifier::deserialize(std::istream& in)
{
    TextClassifier model;
    try {
        std::string tag;
        int version = 0;
        dlib::deserialize(tag, in);
        dlib::deserialize(version, in);
        if (tag != kTag || version != kVersion)
            detail::corruptModel(QStringLiteral("it is not a text classifier of version %1").arg(kVersion));
        dlib::deserialize(model.m_dimension, in);
        dlib::deserialize(model.m_weights, in);
        dlib::deserialize(model.m_bias, in);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        detail::corruptModel(QString::fromUtf8(e.what()));
    }
    if (model.m_weights.size() < 2 || model.m_weights.size() != model.m_bias.size())
        detail::corruptModel(QStringLiteral("the text classifier has %1 classes").arg(model.m_weights.size()));
    for (size_t cls = 0; cls < model.m_weights.size(); ++cls) {
        if (!std::isfinite(model.m_bias[cls]))
            detail::corruptModel(QStringLiteral("a bias is not finite"));
        for (const auto& [index, value] : model.m_weights[cls])
            if (index >= model.m_dimension || !std::isfinite(value))
                detail::corruptModel(QStringLiteral("a weight does not fit the input dimension"));
    }
    return model;
}

} // namespace retrainer
