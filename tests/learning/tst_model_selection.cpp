// The "auto" algorithm (model_selection.h): cross-validation folds and the choice, with real dlib training
// on the generated fixtures of learning_fixture.h.
#include "holdout_split.h"
#include "learning_fixture.h"
#include "model_selection.h"
#include <QTest>
#include <set>

using namespace retrainer;

class TstModelSelection : public QObject
{
    Q_OBJECT

    static std::vector<size_t> allRows(const Dataset& data)
    {
        std::vector<size_t> rows(data.samples.size());
        for (size_t i = 0; i < rows.size(); ++i)
            rows[i] = i;
        return rows;
    }

private Q_SLOTS:
    void forwardChainingFoldsRespectTime()
    {
        Dataset data = test::regressionFixture(100);
        data.hasTimestamp = true;
        std::mt19937_64 rng(5); // timestamps in an order unrelated to the rows' order
        std::vector<qint64> times(data.samples.size());
        for (size_t i = 0; i < times.size(); ++i)
            times[i] = qint64(i) * 60000;
        std::shuffle(times.begin(), times.end(), rng);
        for (size_t i = 0; i < times.size(); ++i)
            data.samples[i].timestampMs = times[i];
        const std::vector<Fold> folds = crossValidationFolds(data, allRows(data), 3);
        QCOMPARE(folds.size(), size_t(3));
        qint64 previousEnd = std::numeric_limits<qint64>::min();
        for (const Fold& fold : folds) {
            QVERIFY(!fold.train.empty() && !fold.validate.empty());
            qint64 trainedUpTo = std::numeric_limits<qint64>::min(), from = std::numeric_limits<qint64>::max(), to = 0;
            for (size_t i : fold.train)
                trainedUpTo = std::max(trainedUpTo, data.samples[i].timestampMs);
            for (size_t i : fold.validate) {
                from = std::min(from, data.samples[i].timestampMs);
                to = std::max(to, data.samples[i].timestampMs);
            }
            QVERIFY2(trainedUpTo < from, "a fold learns from its future");
            QVERIFY(from > previousEnd); // the validation blocks move forward in time
            previousEnd = to;
        }
        QCOMPARE(folds.back().train.size() + folds.back().validate.size(), size_t(100)); // the last fold sees all
    }

    void stratifiedFoldsKeepEveryClass()
    {
        Dataset data = test::classificationFixture(90);
        data.samples[0].label = "rare"; // 3 rows of a rare class: one in each fold
        data.samples[1].label = "rare";
        data.samples[2].label = "rare";
        const std::vector<Fold> folds = crossValidationFolds(data, allRows(data), 3);
        std::multiset<size_t> validated;
        for (const Fold& fold : folds) {
            std::set<std::string> classes;
            for (size_t i : fold.validate) {
                classes.insert(data.samples[i].label);
                validated.insert(i);
            }
            QCOMPARE(classes.size(), size_t(4));
            QCOMPARE(fold.train.size() + fold.validate.size(), size_t(90));
        }
        QCOMPARE(validated.size(), size_t(90)); // every row validated exactly once
        QCOMPARE(std::set<size_t>(validated.begin(), validated.end()).size(), size_t(90));
    }

    // The choice is made on the training rows only: a holdout whose labels are all wrong changes nothing.
    void flippedHoldoutDoesNotChangeTheChoice_data()
    {
        QTest::addColumn<bool>("classification");
        QTest::newRow("regression") << false;
        QTest::newRow("classification") << true;
    }

    void flippedHoldoutDoesNotChangeTheChoice()
    {
        QFETCH(bool, classification);
        Dataset data = classification ? test::classificationFixture(240) : test::regressionFixture(240);
        const HoldoutSplit split = splitHoldout(data, 0.2);
        const QString metric = classification ? QStringLiteral("accuracy") : QStringLiteral("r2");
        std::vector<double> progress;
        TrainerOptions options;
        options.progress = [&](const QString&, double f) { progress.push_back(f); };
        const Selection before = selectAlgorithm(data, split.train, metric, options);
        QVERIFY(!progress.empty());
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QVERIFY(progress.back() <= 1.0);
        for (size_t i : split.holdout) { // every holdout label wrong
            Sample& s = data.samples[i];
            s.label = s.label == "apple" ? "banana" : "apple";
            s.target = -s.target;
        }
        const Selection after = selectAlgorithm(data, split.train, metric, TrainerOptions());
        QCOMPARE(toString(after.chosen.algorithm), toString(before.chosen.algorithm));
        QVERIFY(after.chosen.parameters == before.chosen.parameters);
        QCOMPARE(after.candidates.size(), before.candidates.size());
        for (size_t c = 0; c < before.candidates.size(); ++c)
            QCOMPARE(after.candidates[c].score, before.candidates[c].score);
        // The chosen one has the best CV score, and the record says what was chosen and why.
        for (const auto& c : before.candidates)
            QVERIFY(c.skipped.isEmpty() && c.score <= before.chosen.score && c.seconds > 0);
        qInfo("%s", qPrintable(before.why()));
        QVERIFY(before.why().startsWith(QStringLiteral("chosen: ") + toString(before.chosen.algorithm)));
        const auto json = before.toJson();
        QCOMPARE(json["candidates"].size(), before.candidates.size());
        QVERIFY(json["candidates"][0].contains("cv_score") && json["candidates"][0].contains("seconds"));
        QVERIFY(before.chosen.score > (classification ? 0.9 : 0.9)); // both fixtures are learnable
    }

    // A time limit that is already used up: the default forest (listed first) is still scored, every other
    // candidate is skipped or stopped with the limit as its reason, and the forest is chosen.
    void timeLimitSkipsWithTheReason()
    {
        const Dataset data = test::classificationFixture(240);
        SelectionLimits limits;
        limits.timeLimitSeconds = 1e-6;
        const Selection s = selectAlgorithm(data, allRows(data), QStringLiteral("accuracy"), TrainerOptions(), limits);
        QCOMPARE(toString(s.chosen.algorithm), QStringLiteral("random_forest"));
        QCOMPARE(s.chosen.parameters["min_samples_per_leaf"].get<int>(), 5);
        QVERIFY(s.candidates.front().skipped.isEmpty());
        QVERIFY(s.candidates.front().score > 0.9);
        for (size_t c = 1; c < s.candidates.size(); ++c)
            QVERIFY2(s.candidates[c].skipped.contains(QStringLiteral("time limit")), qPrintable(s.candidates[c].skipped));
        QCOMPARE(s.toJson()["time_limit"].get<double>(), 1e-6);
        QVERIFY(s.why().contains(QStringLiteral("svm_rbf skipped")));
    }

    // Kernel methods are skipped above the kernel row limit, with the reason, before any of them trains.
    void kernelMethodsSkippedOnLargeData()
    {
        const Dataset data = test::regressionFixture(240);
        SelectionLimits limits;
        limits.kernelRowLimit = 100;
        const Selection s = selectAlgorithm(data, allRows(data), QStringLiteral("r2"), TrainerOptions(), limits);
        int kernels = 0;
        for (const auto& c : s.candidates) {
            const bool kernel = c.algorithm == Algorithm::SvmRbf || c.algorithm == Algorithm::Krr;
            kernels += kernel;
            QCOMPARE(c.skipped.isEmpty(), !kernel);
            if (kernel) {
                QVERIFY2(c.skipped.contains(QStringLiteral("240 training rows")), qPrintable(c.skipped));
                QCOMPARE(c.seconds, 0.0);
            }
        }
        QVERIFY(kernels >= 2);
        QVERIFY(s.chosen.algorithm != Algorithm::SvmRbf && s.chosen.algorithm != Algorithm::Krr);
    }

    // Large data: the folds are cut from an evenly spread subsample, in time order when there are timestamps.
    void subsampleSpreadsOverTime()
    {
        Dataset data = test::regressionFixture(1000);
        data.hasTimestamp = true;
        for (size_t i = 0; i < data.samples.size(); ++i)
            data.samples[i].timestampMs = qint64(data.samples.size() - i) * 1000; // newest first
        const std::vector<size_t> rows = selectionSubsample(data, allRows(data), 100);
        QCOMPARE(rows.size(), size_t(100));
        QCOMPARE(std::set<size_t>(rows.begin(), rows.end()).size(), size_t(100));
        for (size_t i = 1; i < rows.size(); ++i) { // in time order, about 10 rows apart
            const qint64 step = data.samples[rows[i]].timestampMs - data.samples[rows[i - 1]].timestampMs;
            QVERIFY(step >= 9000 && step <= 11000);
        }
        QCOMPARE(data.samples[rows.front()].timestampMs, qint64(1000)); // starts at the oldest
        QCOMPARE(selectionSubsample(data, allRows(data), 5000).size(), size_t(1000)); // small data: all rows

        SelectionLimits limits;
        limits.maxRows = 150;
        const Selection s = selectAlgorithm(data, allRows(data), QStringLiteral("r2"), TrainerOptions(), limits);
        QCOMPARE(s.rows, size_t(150));
        QCOMPARE(s.trainingRows, size_t(1000));
        QVERIFY2(s.why().contains(QStringLiteral("150 of 1000 training rows")), qPrintable(s.why()));
        QVERIFY(s.chosen.score > 0.9);
    }

    // Candidates trained in parallel score exactly as when trained one after another.
    void parallelEqualsSequential()
    {
        const Dataset data = test::classificationFixture(150);
        SelectionLimits one, two;
        one.parallel = 1;
        two.parallel = 2;
        const Selection a = selectAlgorithm(data, allRows(data), QStringLiteral("macro_f1"), TrainerOptions(), one);
        const Selection b = selectAlgorithm(data, allRows(data), QStringLiteral("macro_f1"), TrainerOptions(), two);
        QCOMPARE(a.candidates.size(), b.candidates.size());
        for (size_t c = 0; c < a.candidates.size(); ++c) {
            QCOMPARE(b.candidates[c].score, a.candidates[c].score);
            QCOMPARE(b.candidates[c].skipped, a.candidates[c].skipped);
        }
        QCOMPARE(b.why(), a.why());
    }

    // A run cancelled before the selection starts ends in Cancelled; one cancelled from its progress report
    // (half-way) too — unless the selection finished before its first report (small data on an idle machine),
    // which is then no cancellation to honour.
    void cancelStopsTheSelection()
    {
        const Dataset data = test::regressionFixture(120);
        {
            CancelToken cancel;
            cancel.cancel();
            TrainerOptions options;
            options.cancel = &cancel;
            QVERIFY_THROWS_EXCEPTION(Cancelled, selectAlgorithm(data, allRows(data), QStringLiteral("r2"), options));
        }
        CancelToken cancel;
        TrainerOptions options;
        options.cancel = &cancel;
        bool cancelledHalfWay = false;
        options.progress = [&](const QString&, double f) {
            if (f > 0.2 && f < 1.0 && !cancel.isCancelled()) {
                cancel.cancel();
                cancelledHalfWay = true;
            }
        };
        try {
            selectAlgorithm(data, allRows(data), QStringLiteral("r2"), options);
            QVERIFY2(!cancelledHalfWay, "cancelled half-way, yet the selection completed");
        } catch (const Cancelled&) {
            QVERIFY(cancelledHalfWay);
        }
    }
};

QTEST_GUILESS_MAIN(TstModelSelection)
#include "tst_model_selection.moc"
