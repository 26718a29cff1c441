#pragma once
#include "dataset.h"
#include <cstdint>
#include <vector>

namespace retrainer {

struct HoldoutSplit
{
    std::vector<size_t> train;   // indices into Dataset::samples
    std::vector<size_t> holdout;
};

// Splits off `fraction` of the samples for evaluation. With timestamps: the newest samples are the holdout
// (time-ordered). Without: stratified by class for classification (each class keeps its share, at least
// one training sample per class), shuffled with a fixed seed otherwise. Deterministic for a given seed.
HoldoutSplit splitHoldout(const Dataset& data, double fraction, std::uint64_t seed = 20261123);

} // namespace retrainer
