#pragma once
// dlib learners behind one interface, for classification and regression.
//   random_forest: dlib random_forest_regression_trainer; classification is one-vs-all of regression forests
//                  on 0/1 targets. 100 trees are trained as 10 forests of 10 trees (averaged), which gives
//                  progress and a cancel point after each part.
//   svm_rbf:       classification: one-vs-one of svm_c_trainer<radial_basis_kernel> (cancel point per pair);
//                  regression: svr_trainer<radial_basis_kernel>.
//   linear:        classification: one-vs-one of svm_c_linear_trainer; regression: rr_trainer<linear_kernel>.
//   krr:           krr_trainer<radial_basis_kernel> (classification: one-vs-all on 0/1 targets).
// Every algorithm reports progress (phase "training", fraction 0..1) and checks the cancel token between
// its parts; cancellation throws Cancelled. dlib's thread counts are set to the machine's cores.
#include "progress.h"
#include "task.h"
#include "vector.h"
#include <iosfwd>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

namespace retrainer {

class Model
{
public:
    virtual ~Model() = default;
    // Regression: the prediction in the encoder's target scale. Classification: the class index.
    virtual double predict(const Vector& x) const = 0;
    virtual Algorithm algorithm() const = 0;
    virtual Task task() const = 0;
    virtual void serialize(std::ostream& out) const = 0;
    // Throws Error when the stream does not hold a model of this kind.
    static std::unique_ptr<Model> deserialize(Task task, Algorithm algorithm, std::istream& in);
};

struct TrainerOptions
{
    nlohmann::json parameters = nlohmann::json::object(); // overrides of defaultParameters()
    ProgressFn progress;                                   // may be empty
    const CancelToken* cancel = nullptr;                   // may be null
    int threads = 0;                                       // 0: the machine's cores
};

// Sensible defaults per algorithm, e.g. {"trees":100,"min_samples_per_leaf":5} for random_forest,
// {"c":10,"gamma":"auto"} for svm_rbf ("auto" = 1/dimension), {"lambda":0} (0 = leave-one-out chosen)...
nlohmann::json defaultParameters(Task task, Algorithm algorithm);

// y holds class indices 0..numClasses-1 (classification) or encoded targets (regression).
// Throws Error for unusable input (no rows, a single class for a classifier, bad parameters) and
// Cancelled when the token is cancelled.
std::unique_ptr<Model> trainModel(Task task, Algorithm algorithm, const std::vector<Vector>& x,
                                  const std::vector<double>& y, int numClasses, const TrainerOptions& options);

} // namespace retrainer
