#include "holdout_split.h"
#include "learning_fixture.h"

#include <QTest>
#include <algorithm>
#include <map>

using namespace retrainer;

namespace {

Dataset labelled(const std::vector<std::string>& labels)
{
    Dataset data = test::baseDataset(Task::Classification);
    for (const auto& label : labels) {
        Sample s;
        s.numbers = {0, 0, NAN};
        s.categories = {"", "", "north"};
        s.label = label;
        data.samples.push_back(s);
    }
    return data;
}

// Every index 0..n-1 exactly once over train and holdout.
bool coversEachOnce(const HoldoutSplit& split, size_t n)
{
    std::vector<size_t> all = split.train;
    all.insert(all.end(), split.holdout.begin(), split.holdout.end());
    std::sort(all.begin(), all.end());
    if (all.size() != n)
        return false;
    for (size_t i = 0; i < n; ++i)
        if (all[i] != i)
            return false;
    return true;
}

} // namespace

class TestHoldoutSplit : public QObject
{
    Q_OBJECT

private slots:
    void timeOrdered_picksNewest();
    void timeOrdered_tiesAreStable();
    void stratified_keepsClassShares();
    void stratified_deterministic();
    void stratified_smallClassesKeepTraining_data();
    void stratified_smallClassesKeepTraining();
    void regression_shuffled();
    void sizes_data();
    void sizes();
};

void TestHoldoutSplit::timeOrdered_picksNewest()
{
    Dataset data = test::regressionFixture(10);
    data.hasTimestamp = true;
    // Timestamps out of data order: sample i has time (i * 7) % 10, so times 8 and 9 (the newest) are
    // samples 4 and 7.
    for (size_t i = 0; i < data.samples.size(); ++i)
        data.samples[i].timestampMs = qint64((i * 7) % 10) * 1000;
    const HoldoutSplit split = splitHoldout(data, 0.2);
    QCOMPARE(split.holdout, (std::vector<size_t>{4, 7}));
    QCOMPARE(split.train.size(), size_t(8));
    QVERIFY(coversEachOnce(split, 10));
    // The seed plays no part when time decides.
    QCOMPARE(splitHoldout(data, 0.2, 1).holdout, split.holdout);
}

void TestHoldoutSplit::timeOrdered_tiesAreStable()
{
    Dataset data = test::regressionFixture(6);
    data.hasTimestamp = true;
    // Samples 1..5 share the newest time; a stable sort keeps data order, so the last ones are the holdout.
    const qint64 times[] = {100, 500, 500, 500, 500, 500};
    for (size_t i = 0; i < 6; ++i)
        data.samples[i].timestampMs = times[i];
    QCOMPARE(splitHoldout(data, 0.5).holdout, (std::vector<size_t>{3, 4, 5}));
}

void TestHoldoutSplit::stratified_keepsClassShares()
{
    std::vector<std::string> labels;
    for (int i = 0; i < 200; ++i)
        labels.push_back(i % 10 < 7 ? "common" : (i % 10 < 9 ? "rare" : "scarce")); // 140 / 40 / 20
    const Dataset data = labelled(labels);
    const HoldoutSplit split = splitHoldout(data, 0.25);
    QVERIFY(coversEachOnce(split, data.samples.size()));
    std::map<std::string, int> held;
    for (size_t i : split.holdout)
        ++held[data.samples[i].label];
    QCOMPARE(held["common"], 35); // round(0.25 * 140)
    QCOMPARE(held["rare"], 10);   // round(0.25 * 40)
    QCOMPARE(held["scarce"], 5);  // round(0.25 * 20)
}

void TestHoldoutSplit::stratified_deterministic()
{
    const Dataset data = test::classificationFixture(90);
    const HoldoutSplit a = splitHoldout(data, 0.3, 42);
    const HoldoutSplit b = splitHoldout(data, 0.3, 42);
    QCOMPARE(a.train, b.train);
    QCOMPARE(a.holdout, b.holdout);
    QVERIFY(coversEachOnce(a, 90));
    QCOMPARE(a.holdout.size(), size_t(27)); // 3 classes of 30, 9 each
    // Another seed picks other samples (same shares).
    const HoldoutSplit c = splitHoldout(data, 0.3, 43);
    QCOMPARE(c.holdout.size(), size_t(27));
    QVERIFY(c.holdout != a.holdout);
    // Not simply the first or last of each class: a shuffle happened.
    QVERIFY(a.holdout != std::vector<size_t>(a.holdout.size()));
}

void TestHoldoutSplit::stratified_smallClassesKeepTraining_data()
{
    QTest::addColumn<std::vector<std::string>>("labels");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("holdout");
    // round(0.9 * 2) = 2 per class, capped at 1 so each class keeps one training sample.
    QTest::newRow("capped") << std::vector<std::string>{"a", "a", "b", "b"} << 0.9 << 2;
    // round(0.1 * 3) = 0 everywhere, but the holdout may not be empty: one comes from the largest class.
    QTest::newRow("rounded to none") << std::vector<std::string>{"a", "a", "a", "b", "b", "c"} << 0.1 << 1;
    QTest::newRow("single sample") << std::vector<std::string>{"a"} << 0.5 << 0;
    QTest::newRow("zero fraction") << std::vector<std::string>{"a", "a", "b", "b"} << 0.0 << 0;
}

void TestHoldoutSplit::stratified_smallClassesKeepTraining()
{
    QFETCH(std::vector<std::string>, labels);
    QFETCH(double, fraction);
    QFETCH(int, holdout);
    const Dataset data = labelled(labels);
    const HoldoutSplit split = splitHoldout(data, fraction);
    QCOMPARE(int(split.holdout.size()), holdout);
    QVERIFY(coversEachOnce(split, labels.size()));
    std::map<std::string, int> trained;
    for (size_t i : split.train)
        ++trained[data.samples[i].label];
    for (const auto& label : labels)
        QVERIFY2(trained[label] >= 1, label.c_str());
    if (QByteArray(QTest::currentDataTag()) == "rounded to none")
        QCOMPARE(data.samples[split.holdout.front()].label, std::string("a"));
}

void TestHoldoutSplit::regression_shuffled()
{
    const Dataset data = test::regressionFixture(100);
    const HoldoutSplit a = splitHoldout(data, 0.2);
    QCOMPARE(a.holdout.size(), size_t(20));
    QVERIFY(coversEachOnce(a, 100));
    QCOMPARE(splitHoldout(data, 0.2).holdout, a.holdout);
    // Shuffled, not the tail or the head.
    std::vector<size_t> tail(20), head(20);
    for (size_t i = 0; i < 20; ++i) {
        tail[i] = 80 + i;
        head[i] = i;
    }
    QVERIFY(a.holdout != tail && a.holdout != head);
}

void TestHoldoutSplit::sizes_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("holdout");
    QTest::newRow("quarter") << 10 << 0.25 << 3; // round(2.5) = 3
    QTest::newRow("tiny fraction") << 10 << 0.01 << 1;
    QTest::newRow("everything") << 10 << 1.0 << 9; // training keeps one
    QTest::newRow("two rows") << 2 << 0.2 << 1;
    QTest::newRow("one row") << 1 << 0.5 << 0;
    QTest::newRow("no rows") << 0 << 0.5 << 0;
}

void TestHoldoutSplit::sizes()
{
    QFETCH(int, rows);
    QFETCH(double, fraction);
    QFETCH(int, holdout);
    for (bool timed : {false, true}) {
        Dataset data = test::regressionFixture(rows);
        data.hasTimestamp = timed;
        for (int i = 0; i < rows; ++i)
            data.samples[size_t(i)].timestampMs = i;
        const HoldoutSplit split = splitHoldout(data, fraction);
        QCOMPARE(int(split.holdout.size()), holdout);
        QVERIFY(coversEachOnce(split, size_t(rows)));
    }
}

QTEST_GUILESS_MAIN(TestHoldoutSplit)
#include "tst_holdout_split.moc"
