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

    void cancelStopsTheSelection()
    {
        const Dataset data = test::regressionFixture(120);
        CancelToken cancel;
        TrainerOptions options;
        options.cancel = &cancel;
        options.progress = [&](const QString&, double f) {
            if (f > 0.2)
                cancel.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, selectAlgorithm(data, allRows(data), QStringLiteral("r2"), options));
    }
};

QTEST_GUILESS_MAIN(TstModelSelection)
#include "tst_model_selection.moc"
