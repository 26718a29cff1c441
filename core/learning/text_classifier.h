#pragma once
// The text classifier: one-vs-all of dlib's svm_c_linear_trainer with sparse_linear_kernel over TF-IDF
// vectors (text_features.h). Each class has a weight vector w and a bias b; the prediction is the class with
// the highest w·x - b. Progress and a cancel point after each class. It is what Algorithm::Linear trains for
// a classification model that has a text column (parameters: "c", default 10 — at 1 it underfits the
// normalised vectors badly —, and "text_dimension", default 2^18).
#include "text_features.h"
#include "trainer.h"
#include <iosfwd>

namespace retrainer {

class TextClassifier
{
public:
    // y holds class indices 0..numClasses-1. Throws Error for unusable input, Cancelled when cancelled.
    static TextClassifier train(const std::vector<SparseVector>& x, const std::vector<double>& y, int numClasses,
                                unsigned long dimension, double c, const TrainerOptions& options);

    int predict(const SparseVector& x) const;
    int numClasses() const { return int(m_weights.size()); }
    unsigned long dimension() const { return m_dimension; }

    void serialize(std::ostream& out) const;
    static TextClassifier deserialize(std::istream& in); // throws Error

private:
    unsigned long m_dimension = 0;
    std::vector<SparseVector> m_weights;
    std::vector<double> m_bias;
};

} // namespace retrainer
