#pragma once
// Rows added to a model's sample store (`retrainer import`, POST …/samples): every row is typed against
// the model with the same rules as training (buildDataset), the good ones are stored, the bad ones are
// listed with where and why. Bad rows never cost the good ones.
#include "model_config.h"
#include "pii_scrubber.h"
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
    PiiCounts pii;                     // personal data replaced in text columns before storing

    nlohmann::json toJson() const;     // {"stored", "rejected": [{"where","reason"}], "total", "pii_replaced"}
};

// JSON rows [{column: value}, …] as a raw table over the union of their columns; origins "row 1", "row 2"…
// (1-based). Numbers and booleans become their text; null is a missing value. A row that is not an
// object is rejected with its origin, and so is a row
//  - without one of `required` (the model's features and label: send null for an unknown value),
//  - with a list or object as a value,
//  - with text that is not a number in a column where other rows send JSON numbers.
// Throws Error when `rows` is not an array.
RawTable rawTableFromJson(const nlohmann::json& rows, const QStringList& required = {});

// Scrubs personal data from text columns (when the model's hygiene says so), validates and stores (blocking: call it on a worker). Throws Error when the model does not read from
// the sample store (source "store:") or the rows do not fit its columns (e.g. no label column at all).
SampleImport storeSamples(Workspace& workspace, const ModelConfig& model, RawTable rows);

} // namespace retrainer
