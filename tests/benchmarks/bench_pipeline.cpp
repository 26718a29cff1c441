// Benchmark: a 100k-row random-forest regression, bare dlib fit versus Retrainer end to end
// (load the CSV, type and encode, train as 10 forests of 10 trees, evaluate, register).
// Run: cmake --build build --target benchmark   (or build/tests/benchmarks/bench_pipeline [ROWS])
// Prints the figures; the pipeline overhead target is under 20 % of the bare fit.
#include "fixture_data.h"
#include "training_pipeline.h"
#include "workspace.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <dlib/random_forest.h>
#include <cstdio>
#include <random>


using namespace retrainer;

static RunRequest manual(const QString& model)
{
    RunRequest request;
    request.model = model;
    return request;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(100, std::atoi(argv[1])) : 100000;
    QTemporaryDir dir;
    auto ws = Workspace::create(dir.path() + QStringLiteral("/ws"));
    const QString csv = ws->directory() + QStringLiteral("/rows.csv");
    if (!test::writeFile(csv, test::regressionCsv(rows, 42)))
        return 1;

    // Bare dlib: the same number of training rows (80 %), already as vectors, one forest of 100 trees.
    const int trainRows = rows - int(rows * 0.2 + 0.5);
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> u(-2.0, 2.0);
    std::normal_distribution<double> noise(0.0, 0.5);
    std::vector<dlib::matrix<double, 0, 1>> x;
    std::vector<double> y;
    for (int i = 0; i < trainRows; ++i) {
        dlib::matrix<double, 0, 1> v(5);
        const double x1 = u(rng), x2 = u(rng);
        const int c = int(rng() % 3);
        v = x1, x2, c == 0, c == 1, c == 2;
        x.push_back(v);
        y.push_back(3 * x1 - 2 * x2 + (c == 0 ? 4 : c == 2 ? -4 : 0) + noise(rng));
    }
    dlib::random_forest_regression_trainer<dlib::dense_feature_extractor> trainer;
    trainer.set_num_trees(100);
    trainer.set_min_samples_per_leaf(5);
    QElapsedTimer timer;
    timer.start();
    const auto forest = trainer.train(x, y);
    const double bare = double(timer.nsecsElapsed()) / 1e9;
    volatile double sink = forest(x.front());
    (void)sink;

    ModelConfig model;
    model.name = QStringLiteral("bench");
    model.source = QStringLiteral("csv:rows.csv");
    model.label = QStringLiteral("y");
    model.timestamp = QStringLiteral("when");
    model.parameters = {{"trees", 100}, {"min_samples_per_leaf", 5}};
    ws->addModel(model);
    TrainingPipeline pipeline(ws->store(), ws->registry(), ws->directory());
    CancelToken cancel;
    timer.restart();
    const RunRecord run = pipeline.execute(ws->store().createRun(model.name, QStringLiteral("benchmark"), false), model,
                                           manual(model.name), cancel);
    const double endToEnd = double(timer.nsecsElapsed()) / 1e9;
    if (run.state != RunState::Promoted) {
        std::fprintf(stderr, "benchmark run ended %s: %s\n", qPrintable(toString(run.state)), qPrintable(run.error));
        return 1;
    }
    std::printf("rows: %d (train %d, holdout %zu)\n", rows, trainRows, size_t(run.metrics.value("count", 0)));
    for (const auto& [phase, seconds] : run.phases.items())
        std::printf("  phase %-12s %8.3f s\n", phase.c_str(), seconds.get<double>());
    std::printf("bare dlib fit (100 trees):      %8.3f s\n", bare);
    std::printf("retrainer end to end:           %8.3f s\n", endToEnd);
    std::printf("pipeline overhead:              %8.1f %%  (target < 20 %%)\n", (endToEnd - bare) / bare * 100.0);
    std::printf("holdout r2: %.4f\n", run.metrics.value("r2", 0.0));
    return 0;
}
