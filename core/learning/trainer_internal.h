#pragma once
// Private to the learning library: what the per-algorithm trainer files share.
#include "error.h"
#include "trainer.h"

#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace retrainer::detail {

// Every model of ours knows its input dimension and, for classifiers, its class count, so that an artifact
// can check that its encoder and its model belong together.
class ModelBase : public Model
{
public:
    ModelBase(Task task, long dimension, int numClasses) : m_task(task), m_dimension(dimension), m_classes(numClasses) {}

    Task task() const final { return m_task; }
    long dimension() const { return m_dimension; }
    int numClasses() const { return m_classes; } // 0 for regression
    void serialize(std::ostream& out) const final;

protected:
    virtual void serializeBody(std::ostream& out) const = 0;

private:
    Task m_task;
    long m_dimension;
    int m_classes;
};

// The common header every model stream starts with, read back by Model::deserialize.
struct ModelHeader
{
    Task task = Task::Regression;
    Algorithm algorithm = Algorithm::RandomForest;
    long dimension = 0;
    int numClasses = 0;
};

// Reports progress and is the cancel point between the parts of a training.
class TrainingProgress
{
public:
    TrainingProgress(const TrainerOptions& options, size_t totalParts);
    void start();        // reports 0 and checks for cancellation
    void partDone();     // reports parts done / total, then checks for cancellation

private:
    const TrainerOptions& m_options;
    size_t m_total;
    size_t m_done = 0;
    void report(double fraction);
};

// Typed access to the merged parameters (defaults overridden by the options); throws Error for bad values.
class Parameters
{
public:
    Parameters(Task task, Algorithm algorithm, const nlohmann::json& overrides);
    double positive(const char* name) const;              // > 0
    double nonNegative(const char* name) const;           // >= 0
    long count(const char* name, long min, long max) const; // an integer in [min, max]
    double gamma(long dimension) const;                   // "gamma": "auto" (1/dimension) or > 0

private:
    Algorithm m_algorithm;
    nlohmann::json m_values;
    [[noreturn]] void bad(const char* name, const QString& expected) const;
};

// Rows with their labels, grouped for the binary problems of one-vs-one and one-vs-all.
std::vector<std::vector<size_t>> rowsByClass(const std::vector<double>& y, int numClasses);
// One-vs-all targets: 1 for rows of `cls`, 0 otherwise.
std::vector<double> oneVsAllTargets(const std::vector<double>& y, int cls);

// Argmax with the lowest index winning ties.
size_t argmax(const std::vector<double>& scores);

std::unique_ptr<Model> trainForest(Task task, const std::vector<Vector>& x, const std::vector<double>& y,
                                   int numClasses, const TrainerOptions& options);
std::unique_ptr<Model> trainSvm(Task task, const std::vector<Vector>& x, const std::vector<double>& y,
                                int numClasses, const TrainerOptions& options);
std::unique_ptr<Model> trainLinear(Task task, const std::vector<Vector>& x, const std::vector<double>& y,
                                   int numClasses, const TrainerOptions& options);
std::unique_ptr<Model> trainKrr(Task task, const std::vector<Vector>& x, const std::vector<double>& y,
                                int numClasses, const TrainerOptions& options);

// Read the body after the common header (which Model::deserialize has checked). Throw on a bad body.
std::unique_ptr<Model> deserializeForest(const ModelHeader& header, std::istream& in);
std::unique_ptr<Model> deserializeSvm(const ModelHeader& header, std::istream& in);
std::unique_ptr<Model> deserializeLinear(const ModelHeader& header, std::istream& in);
std::unique_ptr<Model> deserializeKrr(const ModelHeader& header, std::istream& in);

[[noreturn]] void corruptModel(const QString& why);

// Limits that keep a corrupt count from turning into a huge allocation.
constexpr long kMaxClasses = 100000;
constexpr long kMaxParts = 100000;

} // namespace retrainer::detail
