// The floor for tests/benchmarks/run.sh: a bare dlib fit of the forest Retrainer trains (100 trees, at least 5
// rows per leaf, dlib's default thread pool) on the oldest 80 % of a numeric CSV written by bench_data.py,
// the rows already in memory as vectors. Reading the file is not timed; only the fit is.
// Usage: bench_bare_fit DATA.csv   Prints: "fit_seconds=<s> r2=<holdout R²>"
#include <dlib/random_forest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_bare_fit DATA.csv\n");
        return 2;
    }
    std::ifstream in(argv[1]);
    std::string line;
    if (!std::getline(in, line)) {
        std::fprintf(stderr, "bench_bare_fit: cannot read %s\n", argv[1]);
        return 1;
    }
    std::vector<dlib::matrix<double, 0, 1>> x;
    std::vector<double> y;
    while (std::getline(in, line)) {
        std::vector<double> cells;
        std::stringstream fields(line);
        std::string cell;
        std::getline(fields, cell, ','); // the timestamp: the rows are already in time order
        while (std::getline(fields, cell, ','))
            cells.push_back(std::stod(cell));
        dlib::matrix<double, 0, 1> v(long(cells.size()) - 1);
        for (long i = 0; i + 1 < long(cells.size()); ++i)
            v(i) = cells[size_t(i)];
        x.push_back(v);
        y.push_back(cells.back());
    }
    const size_t train = x.size() - size_t(double(x.size()) * 0.2 + 0.5);
    const std::vector<dlib::matrix<double, 0, 1>> trainX(x.begin(), x.begin() + long(train));
    const std::vector<double> trainY(y.begin(), y.begin() + long(train));

    dlib::random_forest_regression_trainer<dlib::dense_feature_extractor> trainer;
    trainer.set_num_trees(100);
    trainer.set_min_samples_per_leaf(5);
    const auto began = std::chrono::steady_clock::now();
    const auto forest = trainer.train(trainX, trainY);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();

    double mean = 0.0;
    for (size_t i = train; i < x.size(); ++i)
        mean += y[i];
    mean /= double(x.size() - train);
    double residual = 0.0, total = 0.0;
    for (size_t i = train; i < x.size(); ++i) {
        const double e = y[i] - forest(x[i]);
        residual += e * e;
        total += (y[i] - mean) * (y[i] - mean);
    }
    std::printf("fit_seconds=%.3f r2=%.4f\n", seconds, 1.0 - residual / total);
    return 0;
}
