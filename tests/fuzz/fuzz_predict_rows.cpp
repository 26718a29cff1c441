// libFuzzer harness: the rows of a predict request (API and `predict --input`) against two real models
// trained once at start (a random forest classifier and a linear regression, dlib, on generated rows). Every
// row gets a prediction or an error naming it; a prediction is never NaN and never an unknown class.
#include "error.h"
#include "json_parse.h"
#include "json_predictions.h"
#include "learning_fixture.h"
#include <cmath>
#include <cstdint>
#include <numeric>

using namespace retrainer;

namespace {

ModelArtifact trained(Task task, Algorithm algorithm)
{
    Dataset data = task == Task::Regression ? test::regressionFixture(120) : test::classificationFixture(120);
    std::vector<size_t> rows(data.samples.size());
    std::iota(rows.begin(), rows.end(), 0);
    TrainerOptions options;
    options.threads = 1;
    if (algorithm == Algorithm::RandomForest)
        options.parameters = {{"trees", 10}};
    return trainArtifact(data, rows, algorithm, options);
}

const ModelArtifact* g_models[2];

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    static const ModelArtifact forest = trained(Task::Classification, Algorithm::RandomForest);
    static const ModelArtifact linear = trained(Task::Regression, Algorithm::Linear);
    g_models[0] = &forest;
    g_models[1] = &linear;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const char* text = reinterpret_cast<const char*>(data) + 1;
    auto rows = parseJson(text, text + size - 1);
    if (!rows)
        return 0;
    const ModelArtifact& model = *g_models[data[0] % 2];
    JsonPredictions out;
    try {
        out = predictJsonRows(model, *rows);
    } catch (const Error&) {
        if (rows->is_array())
            __builtin_trap(); // an array is always answered row by row
        return 0;
    }
    if (out.predictions.size() != rows->size())
        __builtin_trap();
    for (const auto& p : out.predictions) {
        if (p.is_number() && !std::isfinite(p.get<double>()))
            __builtin_trap();
        if (p.is_string() && p != "apple" && p != "banana" && p != "cherry")
            __builtin_trap();
    }
    return 0;
}
