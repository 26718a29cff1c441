#pragma once
#include <QTest>
// Generated datasets for the learning tests: deterministic, small, and with a known structure.
#include "dataset.h"

#include <cmath>
#include <random>
#include <string>

namespace retrainer::test {

// A standard normal draw from our own Box-Muller, so the fixture does not depend on the standard library's
// distributions.
inline double normal(std::mt19937_64& rng)
{
    const double u1 = (double(rng() >> 11) + 0.5) / 9007199254740992.0; // (0, 1)
    const double u2 = double(rng() >> 11) / 9007199254740992.0;
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

inline double uniform(std::mt19937_64& rng, double low, double high)
{
    return low + (high - low) * double(rng() >> 11) / 9007199254740992.0;
}

// Features x1, x2 (numeric) and shop (categorical: "north", "south", "west").
inline Dataset baseDataset(Task task)
{
    Dataset data;
    data.task = task;
    data.features = {{QStringLiteral("x1"), ColumnKind::Numeric},
                     {QStringLiteral("x2"), ColumnKind::Numeric},
                     {QStringLiteral("shop"), ColumnKind::Categorical}};
    return data;
}

// y = 3*x1 - 2*x2 + shop effect (north 0, south +4, west -3) + N(0, 0.3²), x uniform in [-2, 2].
inline Dataset regressionFixture(int rows = 300, std::uint64_t seed = 7)
{
    std::mt19937_64 rng(seed);
    Dataset data = baseDataset(Task::Regression);
    const char* shops[] = {"north", "south", "west"};
    const double effects[] = {0.0, 4.0, -3.0};
    for (int i = 0; i < rows; ++i) {
        Sample s;
        const double x1 = uniform(rng, -2, 2), x2 = uniform(rng, -2, 2);
        const int shop = int(rng() % 3);
        s.numbers = {x1, x2, NAN};
        s.categories = {"", "", shops[shop]};
        s.target = 3 * x1 - 2 * x2 + effects[shop] + 0.3 * normal(rng);
        s.origin = QStringLiteral("row %1").arg(i + 1);
        data.samples.push_back(std::move(s));
    }
    return data;
}

// Three blobs in (x1, x2): "apple" around (-2, 0), "banana" around (2, 0), "cherry" around (0, 3), spread
// 0.7; the shop is noise.
inline Dataset classificationFixture(int rows = 300, std::uint64_t seed = 11)
{
    std::mt19937_64 rng(seed);
    Dataset data = baseDataset(Task::Classification);
    const char* labels[] = {"apple", "banana", "cherry"};
    const double centres[][2] = {{-2, 0}, {2, 0}, {0, 3}};
    const char* shops[] = {"north", "south", "west"};
    for (int i = 0; i < rows; ++i) {
        Sample s;
        const int c = i % 3;
        s.numbers = {centres[c][0] + 0.7 * normal(rng), centres[c][1] + 0.7 * normal(rng), NAN};
        s.categories = {"", "", shops[rng() % 3]};
        s.label = labels[c];
        s.origin = QStringLiteral("row %1").arg(i + 1);
        data.samples.push_back(std::move(s));
    }
    return data;
}

inline Dataset fixture(Task task)
{
    return task == Task::Regression ? regressionFixture() : classificationFixture();
}

} // namespace retrainer::test

Q_DECLARE_METATYPE(retrainer::Task)
Q_DECLARE_METATYPE(retrainer::Algorithm)

namespace retrainer::test {

// Data rows for a test over every algorithm and task: columns "task" and "algorithm".
inline void addAllRows()
{
    QTest::addColumn<Task>("task");
    QTest::addColumn<Algorithm>("algorithm");
    for (Task task : {Task::Regression, Task::Classification})
        for (Algorithm algorithm : {Algorithm::RandomForest, Algorithm::SvmRbf, Algorithm::Linear, Algorithm::Krr})
            QTest::addRow("%s %s", qPrintable(toString(algorithm)), qPrintable(toString(task))) << task << algorithm;
}

} // namespace retrainer::test

