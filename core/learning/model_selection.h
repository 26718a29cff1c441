#pragma once
// The "auto" algorithm: every algorithm with a small grid of its main parameters, scored by k-fold
// cross-validation on the TRAINING rows only (the holdout is never passed in), the best mean score wins (the
// mean of the folds' scores weighted by each fold's training rows: a fold that learnt from more rows is closer
// to the final fit).
//  - folds: forward-chaining when the data has timestamps (the training rows in time order cut into k + 1
//    blocks; fold i trains on blocks 0..i and is scored on block i + 1, so a fold never learns from its
//    future); stratified otherwise (each class's rows, shuffled with a fixed seed, dealt round-robin to the
//    k folds; fold i is scored on its rows and trains on the others; regression: all rows as one class);
//  - grid: see grid() in model_selection.cpp (README "The auto algorithm" lists it);
//  - cost: the folds are cut from at most SelectionLimits::maxRows training rows (an evenly spread subsample
//    of larger data, in time order when there are timestamps); the kernel methods (svm_rbf, krr) are skipped
//    when the final fit would have more than kernelRowLimit rows; the candidates train in parallel (one per
//    core); a candidate whose next fold is predicted (from its previous fold's time) to pass the time limit
//    is skipped, and one still running at the limit is stopped — both with the reason recorded. The first
//    candidate (the default random forest) is always scored, so there is always a choice;
//  - progress over all candidates and folds (reported on the calling thread), cancellation (Cancelled).
#include "dataset.h"
#include "trainer.h"
#include <QString>
#include <nlohmann/json.hpp>
#include <vector>

namespace retrainer {

constexpr size_t kKernelRowLimit = 5000;
constexpr size_t kSelectionRows = 4000;
constexpr double kDefaultAutoTimeLimit = 300.0; // seconds; "auto_time_limit" in workspace.json

struct Fold
{
    std::vector<size_t> train;
    std::vector<size_t> validate;
};

// `rows`: indices into data.samples (the training part). Throws Error when there are too few rows for k folds.
std::vector<Fold> crossValidationFolds(const Dataset& data, const std::vector<size_t>& rows, int k = 3,
                                       std::uint64_t seed = 20261201);

// At most `maxRows` of `rows`, evenly spread (over time when the data has timestamps, else over a shuffle with
// a fixed seed); `rows` itself when it is not larger.
std::vector<size_t> selectionSubsample(const Dataset& data, const std::vector<size_t>& rows, size_t maxRows,
                                       std::uint64_t seed = 20261201);

struct SelectionLimits
{
    double timeLimitSeconds = kDefaultAutoTimeLimit; // for the whole selection; 0: no limit
    size_t maxRows = kSelectionRows;                  // rows the folds are cut from
    size_t kernelRowLimit = kKernelRowLimit;          // kernel methods skipped above this many training rows
    int parallel = 0;                                 // candidates trained at once; 0: the machine's cores
};

struct SelectionCandidate
{
    Algorithm algorithm = Algorithm::RandomForest;
    nlohmann::json parameters = nlohmann::json::object(); // overrides of defaultParameters()
    double score = 0.0;     // mean cross-validated primary metric
    double seconds = 0.0;   // for all folds
    QString skipped;        // why it was not tried or not finished; empty when it was scored
};

struct Selection
{
    SelectionCandidate chosen;
    std::vector<SelectionCandidate> candidates; // in the grid's order, skipped ones included
    QString folds;                              // "3 forward-chaining folds" / "3 stratified folds"
    QString metric;
    size_t rows = 0;                            // training rows the folds were cut from
    size_t trainingRows = 0;                    // training rows given
    double seconds = 0.0;                       // wall-clock time of the selection
    double timeLimitSeconds = 0.0;
    QString why() const;                        // "chosen: svm_rbf c=10 — CV r2 0.9700; random_forest … 0.95; …"
    nlohmann::json toJson() const;
};

// Chooses by cross-validation on `trainRows` with the primary `metric`. options.progress gets ("training",
// fraction of the selection) on the calling thread, options.cancel is honoured; options.parameters is ignored.
Selection selectAlgorithm(const Dataset& data, const std::vector<size_t>& trainRows, const QString& metric,
                          const TrainerOptions& options, const SelectionLimits& limits = {});

} // namespace retrainer
