// random_forest: dlib random_forest_regression_trainer, trained in parts of kTreesPerPart trees whose
// predictions are averaged. Classification is one-vs-all: per class a forest on 0/1 targets, argmax wins.
#include "trainer_internal.h"

#include <dlib/random_forest.h>

#include <cstdint>

namespace retrainer::detail {

namespace {

using Forest = dlib::random_forest_regression_function<dlib::dense_feature_extractor>;
constexpr long kTreesPerPart = 10;

double meanOfParts(const std::vector<Forest>& parts, const Vector& x)
{
    double sum = 0.0;
    for (const auto& part : parts)
        sum += part(x);
    return sum / double(parts.size());
}

// dlib's forest (de)serialisation are hidden friends, found only by argument-dependent lookup, which a
// member function named serialize would hide.
void writeForest(const Forest& forest, std::ostream& out)
{
    serialize(forest, out);
}

void readForest(Forest& forest, std::istream& in)
{
    deserialize(forest, in);
}

// A forest read from a stream is only walked when every node index, leaf and feature is in range.
void checkForest(const Forest& forest, long dimension)
{
    if (forest.get_feature_extractor().max_num_feats() != static_cast<size_t>(dimension))
        corruptModel(QStringLiteral("a forest does not fit the input dimension"));
    const auto& trees = forest.get_internal_tree_nodes();
    const auto& leaves = forest.get_tree_leaves();
    if (trees.empty() || trees.size() != leaves.size())
        corruptModel(QStringLiteral("a forest has no trees or mismatched leaves"));
    for (size_t t = 0; t < trees.size(); ++t) {
        const size_t nodes = trees[t].size();
        const size_t limit = nodes + leaves[t].size();
        if (leaves[t].empty())
            corruptModel(QStringLiteral("a tree has no leaves"));
        for (size_t n = 0; n < nodes; ++n) {
            const auto& node = trees[t][n];
            // Children lie after their parent, so walking a tree always ends at a leaf.
            if (node.left <= n || node.right <= n || node.left >= limit || node.right >= limit
                || node.split_feature >= static_cast<std::uint32_t>(dimension))
                corruptModel(QStringLiteral("a tree node points out of its tree"));
        }
    }
}

// Per output (the regression target, or one class each), the parts whose predictions are averaged.
class ForestModel final : public ModelBase
{
public:
    ForestModel(Task task, long dimension, int numClasses, std::vector<std::vector<Forest>> outputs)
        : ModelBase(task, dimension, numClasses), m_outputs(std::move(outputs))
    {
    }

    double predict(const Vector& x) const override
    {
        if (task() == Task::Regression)
            return meanOfParts(m_outputs.front(), x);
        std::vector<double> scores(m_outputs.size());
        for (size_t c = 0; c < m_outputs.size(); ++c)
            scores[c] = meanOfParts(m_outputs[c], x);
        return double(argmax(scores));
    }

    Algorithm algorithm() const override { return Algorithm::RandomForest; }

protected:
    void serializeBody(std::ostream& out) const override
    {
        dlib::serialize(static_cast<std::int64_t>(m_outputs.size()), out);
        dlib::serialize(static_cast<std::int64_t>(m_outputs.front().size()), out);
        for (const auto& parts : m_outputs)
            for (const auto& part : parts)
                writeForest(part, out);
    }

private:
    std::vector<std::vector<Forest>> m_outputs;
};

} // namespace

std::unique_ptr<Model> trainForest(Task task, const std::vector<Vector>& x, const std::vector<double>& y,
                                   int numClasses, const TrainerOptions& options)
{
    const Parameters parameters(task, Algorithm::RandomForest, options.parameters);
    const long trees = parameters.count("trees", 1, kMaxParts * kTreesPerPart);
    const long minPerLeaf = parameters.count("min_samples_per_leaf", 1, 1000000);
    const long partCount = (trees + kTreesPerPart - 1) / kTreesPerPart;
    const size_t outputCount = task == Task::Regression ? 1 : static_cast<size_t>(numClasses);

    // dlib 19.24's forest trainer has no thread setting: it builds the trees of a part in parallel on dlib's
    // default thread pool, which has one thread per core (options.threads cannot narrow it).
    dlib::random_forest_regression_trainer<dlib::dense_feature_extractor> trainer;
    trainer.set_num_trees(static_cast<size_t>(std::min(trees, kTreesPerPart)));
    trainer.set_min_samples_per_leaf(static_cast<size_t>(minPerLeaf));

    TrainingProgress progress(options, outputCount * static_cast<size_t>(partCount));
    progress.start();
    std::vector<std::vector<Forest>> outputs(outputCount);
    for (size_t output = 0; output < outputCount; ++output) {
        const std::vector<double> targets = task == Task::Regression ? y : oneVsAllTargets(y, static_cast<int>(output));
        for (long part = 0; part < partCount; ++part) {
            // A different, fixed seed per part: the parts differ from each other, the training is repeatable.
            trainer.set_seed("retrainer-forest-" + std::to_string(output) + "-" + std::to_string(part));
            outputs[output].push_back(trainer.train(x, targets));
            progress.partDone();
        }
    }
    return std::make_unique<ForestModel>(task, x.front().size(), numClasses, std::move(outputs));
}

std::unique_ptr<Model> deserializeForest(const ModelHeader& header, std::istream& in)
{
    std::int64_t outputCount = 0, partCount = 0;
    dlib::deserialize(outputCount, in);
    dlib::deserialize(partCount, in);
    const std::int64_t expectedOutputs = header.task == Task::Regression ? 1 : header.numClasses;
    if (outputCount != expectedOutputs || partCount < 1 || partCount > kMaxParts)
        corruptModel(QStringLiteral("bad forest layout (%1 outputs of %2 parts)").arg(outputCount).arg(partCount));
    std::vector<std::vector<Forest>> outputs(static_cast<size_t>(outputCount));
    for (auto& parts : outputs) {
        parts.resize(static_cast<size_t>(partCount));
        for (auto& part : parts) {
            readForest(part, in);
            checkForest(part, header.dimension);
        }
    }
    return std::make_unique<ForestModel>(header.task, header.dimension, header.numClasses, std::move(outputs));
}

} // namespace retrainer::detail
