#pragma once
// Turns samples into vectors. Fitted on the training part only, saved inside the model artifact.
//  - numeric: standardised with the training mean and standard deviation; missing (NaN) -> 0 (the mean)
//  - categorical: one-hot over the categories seen in training; an unseen category encodes as all zeros
//  - text: nothing here (dimension 0); the text classifier's TextEncoder encodes it (text_features.h)
//  - classification labels: mapped to class indices 0..k-1 (sorted label text)
//  - regression target: standardised for training, decoded back for predictions
#include "dataset.h"
#include "vector.h"
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace retrainer {

class FeatureEncoder
{
public:
    void fit(const Dataset& data, const std::vector<size_t>& trainIndices);

    long dimension() const;
    Vector encode(const Sample& sample) const;

    Task task() const { return m_task; }
    const std::vector<FeatureColumn>& features() const { return m_features; }
    const std::vector<std::string>& classes() const { return m_classes; }

    // Class index of a classification label; nullopt when the label was not seen in training.
    std::optional<int> classIndex(const std::string& label) const;
    double encodeTarget(double value) const;  // regression: standardise
    double decodeTarget(double encoded) const; // regression: back to the label's units

    nlohmann::json toJson() const;
    static FeatureEncoder fromJson(const nlohmann::json& json); // throws Error on a malformed encoder

private:
    Task m_task = Task::Regression;
    std::vector<FeatureColumn> m_features;
    std::vector<double> m_means, m_scales;                  // per feature (numeric ones used)
    std::vector<std::vector<std::string>> m_categories;     // per feature (categorical ones used)
    std::vector<std::string> m_classes;
    double m_targetMean = 0.0, m_targetScale = 1.0;
};

} // namespace retrainer
