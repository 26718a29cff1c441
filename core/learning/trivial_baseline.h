#pragma once
// The trivial predictor every candidate must beat: always the majority class of the training rows
// (classification) or always the training mean (regression), scored on the same holdout rows.
#include "dataset.h"
#include "metrics.h"
#include <string>
#include <vector>

namespace retrainer {

struct TrivialBaseline
{
    std::string guess;   // classification: the majority class of the training rows
    double mean = 0.0;   // regression: the mean training target
    Metrics metrics;     // on the holdout rows
};

// `classes`: the candidate's class list (its Metrics::classes, the "(unseen)" class last when the holdout has
// labels unseen in training), so that both confusion matrices line up; empty: every label of both parts. Ties between majority classes go to
// the class first in `classes`. Throws Error when `train` is empty or out of range.
TrivialBaseline trivialBaseline(const Dataset& data, const std::vector<size_t>& train,
                                const std::vector<size_t>& holdout, const std::vector<std::string>& classes = {});

} // namespace retrainer
