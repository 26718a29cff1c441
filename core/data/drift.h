#pragma once
// Drift: how far the recent data has moved from the data a version was trained on, per feature, as the
// population stability index  PSI = sum over bins of (a - e) * ln(a / e), where e and a are the shares of
// the training and the recent rows in each bin, and a share of 0 is replaced by kPsiEpsilon (1e-4) so that
// an empty bin counts as a large but finite difference.
//  - numeric features: 10 quantile bins of the training values (edges at the 10 %, 20 % … 90 % quantiles,
//    linear interpolation, repeated edges merged; a value equal to an edge falls in the lower bin);
//    missing values are left out;
//  - categorical features: each training category is a bin (at most 50, the rarer ones and categories first
//    seen in the recent rows share the bin "(other)"); empty values are left out;
//  - text features are not profiled.
// A feature with PSI > kDriftThreshold (0.2) has drifted. The training profile is computed at registration
// and kept in the version's metadata ("profile").
#include "dataset.h"
#include <nlohmann/json.hpp>
#include <vector>

namespace retrainer {

constexpr double kPsiEpsilon = 1e-4;
constexpr double kDriftThreshold = 0.2;

// Shares (each summing to 1, same size); empty shares are replaced by kPsiEpsilon.
double populationStabilityIndex(const std::vector<double>& expected, const std::vector<double>& actual);

// The 10 %, 20 % … 90 % quantiles of the values, repeated edges merged.
std::vector<double> quantileEdges(std::vector<double> values);
// Shares of the values in the bins cut by `edges` (edges.size() + 1 bins).
std::vector<double> binShares(const std::vector<double>& edges, const std::vector<double>& values);

// Training profile of every numeric and categorical feature over the samples at `indices`:
// [{name, kind, edges, shares} | {name, kind, categories, shares}].
nlohmann::json profileFeatures(const Dataset& data, const std::vector<size_t>& indices);

struct FeatureDrift
{
    QString feature;
    double psi = 0.0;
    bool drifted = false;
    nlohmann::json toJson() const;
};

// PSI of every profiled feature that the dataset still has, between the profile and the samples at `recent`.
std::vector<FeatureDrift> computeDrift(const nlohmann::json& profile, const Dataset& data, const std::vector<size_t>& recent);

// The recent window: the newest 20 % of the samples (at least one) — by timestamp when there is one, else the
// last rows.
std::vector<size_t> recentWindow(const Dataset& data);

} // namespace retrainer
