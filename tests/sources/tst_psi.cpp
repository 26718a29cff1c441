// Population stability index against hand-computed values.
#include "drift.h"

#include <QTest>
#include <cmath>

using namespace retrainer;

class TstPsi : public QObject
{
    Q_OBJECT

    static Dataset oneFeature(ColumnKind kind)
    {
        Dataset data;
        data.task = Task::Regression;
        data.features = {{QStringLiteral("x"), kind}};
        return data;
    }

private Q_SLOTS:
    void formula()
    {
        // (0.9-0.5) ln(0.9/0.5) + (0.1-0.5) ln(0.1/0.5) = 0.4*0.5877867 + 0.4*1.6094379 = 0.8788898
        QVERIFY(std::abs(populationStabilityIndex({0.5, 0.5}, {0.9, 0.1}) - 0.8788898) < 1e-6);
        QCOMPARE(populationStabilityIndex({0.25, 0.75}, {0.25, 0.75}), 0.0);
        // An empty bin counts as epsilon 1e-4: (1e-4 - 0.5) ln(1e-4/0.5) + (1 - 0.5) ln(1/0.5) = 4.6035
        const double expected = (1e-4 - 0.5) * std::log(1e-4 / 0.5) + 0.5 * std::log(2.0);
        QVERIFY(std::abs(populationStabilityIndex({0.5, 0.5}, {0.0, 1.0}) - expected) < 1e-9);
    }

    void quantileBins()
    {
        // 1..10: the 10 %..90 % quantiles by linear interpolation are 1.9, 2.8, … 9.1.
        const auto edges = quantileEdges({10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        QCOMPARE(edges.size(), size_t(9));
        QVERIFY(std::abs(edges.front() - 1.9) < 1e-12);
        QVERIFY(std::abs(edges.back() - 9.1) < 1e-12);
        QCOMPARE(quantileEdges({4, 4, 4}).size(), size_t(1)); // repeated edges merged
        const auto shares = binShares({5.0}, {1, 5, 6, 7}); // <= 5 | > 5
        QCOMPARE(shares, (std::vector<double>{0.5, 0.5}));
    }

    void numericDrift()
    {
        // Training 1..10 (one value per bin); recent: five 1s and five 10s -> bins 0 and 9 hold 0.5 each.
        Dataset data = oneFeature(ColumnKind::Numeric);
        for (double v : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 1, 1, 1, 1, 10, 10, 10, 10, 10}) {
            Sample s;
            s.numbers = {v};
            s.categories = {""};
            data.samples.push_back(s);
        }
        const auto profile = profileFeatures(data, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        const auto drift = computeDrift(profile, data, {10, 11, 12, 13, 14, 15, 16, 17, 18, 19});
        QCOMPARE(drift.size(), size_t(1));
        // 2 bins: (0.5-0.1) ln 5 each; 8 bins: (1e-4 - 0.1) ln(1e-4/0.1) each.
        const double expected = 2 * 0.4 * std::log(5.0) + 8 * (1e-4 - 0.1) * std::log(1e-4 / 0.1);
        QVERIFY2(std::abs(drift[0].psi - expected) < 1e-9, qPrintable(QString::number(drift[0].psi)));
        QVERIFY(drift[0].drifted);
        const auto same = computeDrift(profile, data, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        QVERIFY(std::abs(same[0].psi) < 1e-12);
        QVERIFY(!same[0].drifted);
    }

    void categoricalDrift()
    {
        // Training: a a b b (0.5 / 0.5, other 0); recent: a b c c -> a 0.25, b 0.25, other 0.5.
        Dataset data = oneFeature(ColumnKind::Categorical);
        for (const char* c : {"a", "a", "b", "b", "a", "b", "c", "c"}) {
            Sample s;
            s.numbers = {NAN};
            s.categories = {c};
            data.samples.push_back(s);
        }
        const auto profile = profileFeatures(data, {0, 1, 2, 3});
        QCOMPARE(profile[0]["categories"].size(), size_t(2));
        const auto drift = computeDrift(profile, data, {4, 5, 6, 7});
        const double expected = 2 * (0.25 - 0.5) * std::log(0.25 / 0.5) + (0.5 - 1e-4) * std::log(0.5 / 1e-4);
        QVERIFY2(std::abs(drift[0].psi - expected) < 1e-9, qPrintable(QString::number(drift[0].psi)));
        QVERIFY(drift[0].drifted);
    }

    void recentWindowIsTheNewestFifth()
    {
        Dataset data = oneFeature(ColumnKind::Numeric);
        data.hasTimestamp = true;
        for (qint64 t : {50, 10, 40, 20, 30, 60, 90, 80, 70, 100}) {
            Sample s;
            s.numbers = {0};
            s.categories = {""};
            s.timestampMs = t;
            data.samples.push_back(s);
        }
        auto window = recentWindow(data);
        std::sort(window.begin(), window.end());
        QCOMPARE(window, (std::vector<size_t>{6, 9})); // timestamps 90 and 100
    }
};

QTEST_GUILESS_MAIN(TstPsi)
#include "tst_psi.moc"
