#pragma once
// Rows added to a model's sample store (`retrainer import`, POST …/samples): every row is typed against
// the model with the same rules as training (buildDataset), the good ones are stored, the bad ones are
// listed with where and why. Bad rows never cost the good ones.
#include "model_config.h"
#include "pii_scrubber.h"
#include "json_row_table.h"
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

// Scrubs personal data from text columns (when the model's hygiene says so), validates and stores (blocking: call it on a worker). Throws Error when the model does not read from
// the sample store (source "store:") or the rows do not fit its columns (e.g. no label column at all).
SampleImport storeSamples(Workspace& workspace, const ModelConfig& model, RawTable rows);

} // namespace retrainer
