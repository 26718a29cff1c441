#pragma once
// Predictions for rows sent as JSON [{feature: value}, …] (the API's predict, `retrainer predict --input`):
// each row is checked against the artifact's features; a bad row gets null and an error naming the row and
// the column, and never costs the good rows their predictions.
#include "model_artifact.h"
#include <nlohmann/json.hpp>

namespace retrainer {

struct JsonPredictions
{
    nlohmann::json predictions = nlohmann::json::array(); // one per row: a number, the class label or null
    nlohmann::json errors = nlohmann::json::array();      // [{"row": index, "column": name|null, "error": why}]
};

// Throws Error when `rows` is not an array.
JsonPredictions predictJsonRows(const ModelArtifact& artifact, const nlohmann::json& rows);

} // namespace retrainer
