#pragma once
// The text classifier: one-vs-all of dlib's svm_c_linear_trainer with sparse_linear_kernel over TF-IDF
// vectors (text_features.h). Each class has a weight vector w and a bias b; the prediction is the class with
// the highest w·x - b. Progress and a cancel point after each class. It is what Algorithm::Linear trains for
// a classification model that has a text column (parameters: "c", default 1, "class_weight", default
// "balanced", and "text_dimension", default 2^18). "c" weighs each row's hinge loss as in LIBLINEAR and
// scikit-learn (0.5|w|² + c·Σ loss); dlib averages the losses, so dlib's C is c·n. (Before, "c" went to dlib
// as is: c = 10 meant 10/n per row, which on 6,000 e-mails predicted the majority class for every one.)
// Balanced class weights: in the problem of class k against the rest, the rows of k weigh n / (2 n_k) and the
// others n / (2 (n - n_k)) (dlib's per-class c), so a class of 5 % of the rows is not simply outvoted.
#include "text_features.h"
#include "trainer.h"
#include <iosfwd>

namespace retrainer {

// {"c": 1, "class_weight": "balanced", "text_dimension": 262144}: what a text model trains with unless its
// parameters say otherwise, and what the version's metadata records.
nlohmann::json defaultTextParameters();

class TextClassifier
{
public:
    // y holds class indices 0..numClasses-1. Throws Error for unusable input, Cancelled when cancelled.
    static TextClassifier train(const std::vector<SparseVector>& x, const std::vector<double>& y, int numClasses,
                                unsigned long dimension, double c, bool balanced, const TrainerOptions& options);

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
