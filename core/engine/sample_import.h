#pragma once
// Rows added to a model's sample store (`retrainer import`, POST …/samples): every row is typed against
// the model with the same rules as training (buildDataset), the good ones are stored, the bad ones are
// listed with where and why. Bad rows never cost the good ones.
#include "model_config.h"
#include "raw_table.h"
#include <nlohmann/json.hpp>
#include <vector>

namespace retrainer {

class Workspace;

struct SampleImport
{
    int stored = 0;
    std::vector<RejectedRow> rejected; // where ("row 3", "file.csv:4") and why, in input order
    long total = 0;                    // rows in the model's store afterwards

    nlohmann::json toJson() const;     // {"stored", "rejected": [{"where","reason"}], "total"}
};

// JSON rows [{column: value}, …] as a raw table over the union of their columns; origins "row 1", "row 2"…
// (1-based). Numbers and booleans become their text; null is a missing value. A row that is not an
// object is rejected with its origin. Throws Error when `rows` is not an array.
RawTable rawTableFromJson(const nlohmann::json& rows);

// Validates and stores (blocking: call it on a worker). Throws Error when the model does not read from
// the sample store (source "store:") or the rows do not fit its columns (e.g. no label column at all).
SampleImport storeSamples(Workspace& workspace, const ModelConfig& model, RawTable rows);

} // namespace retrainer
