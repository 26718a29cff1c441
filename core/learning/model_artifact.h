#pragma once
// A trained predictor as one file: the feature encoder and the dlib model, always replaced together.
// Format: "RTRNMDL1", u32 big-endian header length, JSON header {task, algorithm, encoder, format},
// then dlib's serialisation of the model. Deserialisation of a truncated or altered file throws Error.
// Format 2 (written since text models) adds an optional "text" entry (the TextEncoder): the model part is then
// a TextClassifier. Format 1 files (without text) still load.
// Format 3 is format 2 with the model part compressed by zlib (qCompress; header "compression": "zlib" and
// "raw_bytes"), written when that saves at least a tenth of it. The header's checksum covers the stored
// (compressed) bytes, so a damaged file is refused before anything is unpacked.
#include "dataset.h"
#include "feature_encoder.h"
#include "metrics.h"
#include "text_classifier.h"
#include "trainer.h"
#include <QByteArray>
#include <memory>

namespace retrainer {

struct Prediction
{
    double value = 0.0;  // regression: in the label's units; classification: class index
    std::string label;   // classification: the class label text
};

class ModelArtifact
{
public:
    ModelArtifact() = default;
    ModelArtifact(FeatureEncoder encoder, std::shared_ptr<const Model> model);
    // A text classifier: `encoder` encodes the non-text features, `text` the text columns.
    ModelArtifact(FeatureEncoder encoder, TextEncoder text, TextClassifier model);

    const FeatureEncoder& encoder() const { return m_encoder; }
    Task task() const;
    Algorithm algorithm() const;
    bool isTextModel() const { return m_textModel != nullptr; }

    Prediction predict(const Sample& sample) const;
    // predict() for each of `rows` (indices into data.samples), in order; spread over the global thread pool.
    std::vector<Prediction> predictRows(const Dataset& data, const std::vector<size_t>& rows) const;
    // Scores the samples at `indices` (all when empty). Classification samples with a label unseen in
    // training count as wrong predictions of an extra class "(unseen)".
    Metrics evaluate(const Dataset& data, const std::vector<size_t>& indices) const;

    QByteArray serialize() const;
    static ModelArtifact deserialize(const QByteArray& bytes); // throws Error

private:
    FeatureEncoder m_encoder;
    std::shared_ptr<const Model> m_model;
    std::shared_ptr<const TextEncoder> m_text;
    std::shared_ptr<const TextClassifier> m_textModel;
};

// Encodes the samples at `indices` and trains a model on them: fit encoder, encode, train. A dataset with a
// text column trains the text classifier, which needs a classification task and Algorithm::Linear (Error
// otherwise).
ModelArtifact trainArtifact(const Dataset& data, const std::vector<size_t>& trainIndices, Algorithm algorithm,
                            const TrainerOptions& options);

} // namespace retrainer
