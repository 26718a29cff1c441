#pragma once
// Text features for the text classifier: hashed word unigrams and bigrams, TF-IDF weighted, L2-normalised.
//  - tokens: the text lower-cased (Unicode), split on every character that is not a letter or a digit;
//  - terms: each token and each pair of neighbouring tokens, per text column, hashed (64-bit FNV-1a of
//    "column index, term" in UTF-8, stable across runs and machines) into `dimension` buckets (default 2^18);
//  - weight: (1 + ln count) x idf, idf = ln((1 + N) / (1 + df)) + 1 fitted on the training rows only
//    (N rows, df rows holding the bucket); a bucket never seen in training is dropped;
//  - the text part of the vector has unit length; the model's other features (numeric, categorical, as
//    FeatureEncoder encodes them) come first, at indices 0 .. denseDimension-1, the text buckets after them.
#include "dataset.h"
#include "vector.h"
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

namespace retrainer {

// dlib's sparse vector: (index, value) pairs sorted by index, each index once.
using SparseVector = std::vector<std::pair<unsigned long, double>>;

constexpr unsigned long kDefaultTextDimension = 1UL << 18;

class TextEncoder
{
public:
    // Throws Error when the data has no text feature or `dimension` is out of range (2^4..2^24).
    void fit(const Dataset& data, const std::vector<size_t>& trainIndices, long denseDimension,
             unsigned long dimension = kDefaultTextDimension);

    // The sparse vector of a sample; `dense` is FeatureEncoder::encode of the same sample.
    SparseVector encode(const Sample& sample, const Vector& dense) const;
    unsigned long dimension() const { return m_denseDimension + m_dimension; } // of the whole vector

    nlohmann::json toJson() const;
    static TextEncoder fromJson(const nlohmann::json& json); // throws Error on a malformed encoder

    static QStringList tokens(const QString& text);

private:
    std::vector<std::pair<unsigned long, unsigned long>> termCounts(const Sample& sample) const; // bucket, count
    std::vector<size_t> m_columns;                 // indices of the text features
    unsigned long m_denseDimension = 0;
    unsigned long m_dimension = kDefaultTextDimension;
    std::vector<std::pair<unsigned long, double>> m_idf; // bucket -> idf, sorted by bucket
};

} // namespace retrainer
