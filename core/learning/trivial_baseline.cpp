#include "trivial_baseline.h"
#include "error.h"
#include <algorithm>
#include <unordered_map>

namespace retrainer {

namespace {

TrivialBaseline majorityClass(const Dataset& data, const std::vector<size_t>& train, const std::vector<size_t>& holdout,
                              std::vector<std::string> classes)
{
    std::unordered_map<std::string, long> counts;
    for (size_t i : train)
        ++counts[data.samples[i].label];
    if (classes.empty()) { // every label of either part, sorted
        for (const auto* rows : {&train, &holdout})
            for (size_t i : *rows)
                classes.push_back(data.samples[i].label);
        std::sort(classes.begin(), classes.end());
        classes.erase(std::unique(classes.begin(), classes.end()), classes.end());
    }
    const auto indexOf = [&](const std::string& label) {
        return int(std::find(classes.begin(), classes.end(), label) - classes.begin());
    };
    TrivialBaseline out;
    long best = -1;
    for (const auto& label : classes)
        if (const auto it = counts.find(label); it != counts.end() && it->second > best) {
            best = it->second;
            out.guess = label;
        }
    if (best < 0)
        throw Error(QStringLiteral("none of the training labels is among the model's classes"));
    const int guess = indexOf(out.guess);
    const int unseen = int(classes.size()) - 1; // a label not in `classes` is the candidate's "(unseen)" class
    std::vector<int> truth, predicted(holdout.size(), guess);
    truth.reserve(holdout.size());
    for (size_t i : holdout) {
        const int index = indexOf(data.samples[i].label);
        truth.push_back(index < int(classes.size()) ? index : unseen);
    }
    out.metrics = classificationMetrics(truth, predicted, classes);
    return out;
}

} // namespace

TrivialBaseline trivialBaseline(const Dataset& data, const std::vector<size_t>& train,
                                const std::vector<size_t>& holdout, const std::vector<std::string>& classes)
{
    if (train.empty())
        throw Error(QStringLiteral("the trivial predictor needs training rows"));
    for (const auto* rows : {&train, &holdout})
        for (size_t i : *rows)
            if (i >= data.samples.size())
                throw Error(QStringLiteral("sample %1 is out of range (%2 samples)").arg(i).arg(data.samples.size()));
    if (data.task == Task::Classification)
        return majorityClass(data, train, holdout, classes);
    TrivialBaseline out;
    for (size_t i : train)
        out.mean += data.samples[i].target;
    out.mean /= double(train.size());
    std::vector<double> truth, predicted(holdout.size(), out.mean);
    truth.reserve(holdout.size());
    for (size_t i : holdout)
        truth.push_back(data.samples[i].target);
    out.metrics = regressionMetrics(truth, predicted);
    return out;
}

} // namespace retrainer
