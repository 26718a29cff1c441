#include "holdout_split.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <string>

namespace retrainer {

namespace {

// Holdout size for n samples: round(fraction * n), at least one when n >= 2 (and fraction > 0), and
// never all of them (training needs a sample).
size_t holdoutCount(size_t n, double fraction)
{
    if (n < 2 || !(fraction > 0.0))
        return 0;
    const auto wanted = static_cast<size_t>(std::llround(std::min(fraction, 1.0) * double(n)));
    return std::clamp<size_t>(wanted, 1, n - 1);
}

// The Fisher-Yates shuffle spelled out, so the split does not depend on the standard library's
// std::shuffle (which may differ between implementations).
void shuffle(std::vector<size_t>& indices, std::mt19937_64& rng)
{
    for (size_t i = indices.size(); i > 1; --i) {
        const size_t j = static_cast<size_t>(rng() % i);
        std::swap(indices[i - 1], indices[j]);
    }
}

HoldoutSplit timeOrdered(const Dataset& data, double fraction)
{
    std::vector<size_t> order(data.samples.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return data.samples[a].timestampMs < data.samples[b].timestampMs;
    });
    const size_t holdout = holdoutCount(order.size(), fraction);
    HoldoutSplit split;
    split.train.assign(order.begin(), order.end() - static_cast<std::ptrdiff_t>(holdout));
    split.holdout.assign(order.end() - static_cast<std::ptrdiff_t>(holdout), order.end());
    return split;
}

HoldoutSplit stratified(const Dataset& data, double fraction, std::uint64_t seed)
{
    std::map<std::string, std::vector<size_t>> byClass; // sorted by label: deterministic
    for (size_t i = 0; i < data.samples.size(); ++i)
        byClass[data.samples[i].label].push_back(i);

    std::mt19937_64 rng(seed);
    std::vector<std::vector<size_t>*> classes;
    std::vector<size_t> holdoutPerClass;
    size_t total = 0;
    for (auto& [label, indices] : byClass) {
        shuffle(indices, rng);
        const double wanted = (fraction > 0.0 ? std::min(fraction, 1.0) : 0.0) * double(indices.size());
        // Every class keeps at least one training sample.
        const size_t h = std::min(static_cast<size_t>(std::llround(wanted)), indices.size() - 1);
        classes.push_back(&indices);
        holdoutPerClass.push_back(h);
        total += h;
    }

    if (total == 0 && data.samples.size() >= 2 && fraction > 0.0) {
        // Small classes all rounded to zero: take one sample from the largest class that can spare one.
        size_t best = classes.size();
        for (size_t c = 0; c < classes.size(); ++c)
            if (classes[c]->size() >= 2 && (best == classes.size() || classes[c]->size() > classes[best]->size()))
                best = c;
        // Only single-sample classes: the holdout wins over keeping that last class in training.
        holdoutPerClass[best == classes.size() ? classes.size() - 1 : best] = 1;
    }

    HoldoutSplit split;
    for (size_t c = 0; c < classes.size(); ++c) {
        const auto& indices = *classes[c];
        const auto h = static_cast<std::ptrdiff_t>(holdoutPerClass[c]);
        split.holdout.insert(split.holdout.end(), indices.begin(), indices.begin() + h);
        split.train.insert(split.train.end(), indices.begin() + h, indices.end());
    }
    return split;
}

HoldoutSplit shuffled(const Dataset& data, double fraction, std::uint64_t seed)
{
    std::vector<size_t> order(data.samples.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::mt19937_64 rng(seed);
    shuffle(order, rng);
    const auto holdout = static_cast<std::ptrdiff_t>(holdoutCount(order.size(), fraction));
    HoldoutSplit split;
    split.holdout.assign(order.begin(), order.begin() + holdout);
    split.train.assign(order.begin() + holdout, order.end());
    return split;
}

} // namespace

HoldoutSplit splitHoldout(const Dataset& data, double fraction, std::uint64_t seed)
{
    HoldoutSplit split;
    if (data.hasTimestamp)
        split = timeOrdered(data, fraction);
    else if (data.task == Task::Classification)
        split = stratified(data, fraction, seed);
    else
        split = shuffled(data, fraction, seed);
    // Indices in data order: which samples are in which part is what the split decides.
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.holdout.begin(), split.holdout.end());
    return split;
}

} // namespace retrainer
