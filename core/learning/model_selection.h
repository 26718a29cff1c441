#pragma once
// The "auto" algorithm: every algorithm with a small grid of its main parameters, scored by k-fold
// cross-validation on the TRAINING rows only (the holdout is never passed in), the best mean score wins.
//  - folds: forward-chaining when the data has timestamps (the training rows in time order cut into k + 1
//    blocks; fold i trains on blocks 0..i and is scored on block i + 1, so a fold never learns from its
//    future); stratified otherwise (each class's rows, shuffled with a fixed seed, dealt round-robin to the
//    k folds; fold i is scored on its rows and trains on the others; regression: all rows as one class);
//  - grid: random_forest min_samples_per_leaf 1 / 5; svm_rbf c 1 / 10 / 100; linear c 0.1 / 1 / 10
//    (classification) or lambda by leave-one-out (regression); krr with lambda by leave-one-out;
//  - the kernel methods (svm_rbf, krr) are skipped above kKernelRowLimit training rows, with the reason;
//  - progress over all candidates and folds, cancellation (Cancelled) between and inside trainings.
#include "dataset.h"
#include "trainer.h"
#include <QString>
#include <nlohmann/json.hpp>
#include <vector>

namespace retrainer {

constexpr size_t kKernelRowLimit = 5000;

struct Fold
{
    std::vector<size_t> train;
    std::vector<size_t> validate;
};

// `rows`: indices into data.samples (the training part). Throws Error when there are too few rows for k folds.
std::vector<Fold> crossValidationFolds(const Dataset& data, const std::vector<size_t>& rows, int k = 3,
                                       std::uint64_t seed = 20261201);

struct SelectionCandidate
{
    Algorithm algorithm = Algorithm::RandomForest;
    nlohmann::json parameters = nlohmann::json::object(); // overrides of defaultParameters()
    double score = 0.0;     // mean cross-validated primary metric
    double seconds = 0.0;   // for all folds
    QString skipped;        // why it was not tried; empty when it was
};

struct Selection
{
    SelectionCandidate chosen;
    std::vector<SelectionCandidate> candidates; // in the order tried, skipped ones included
    QString folds;                              // "3 forward-chaining folds" / "3 stratified folds"
    QString metric;
    QString why() const;                        // "chosen: svm_rbf c=10 — CV r2 0.9700; random_forest … 0.95; …"
    nlohmann::json toJson() const;
};

// Chooses by cross-validation on `trainRows` with the primary `metric`. options.progress gets ("training",
// fraction of the selection), options.cancel is honoured; options.parameters is ignored.
Selection selectAlgorithm(const Dataset& data, const std::vector<size_t>& trainRows, const QString& metric,
                          const TrainerOptions& options);

} // namespace retrainer
