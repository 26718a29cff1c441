// The text classifier on a JSON-lines message/intent fixture (tests/data/text/intents.jsonl, written by
// make_intents.py with a fixed seed): hashed unigram+bigram TF-IDF and dlib's sparse linear SVM, one-vs-all.
#include "holdout_split.h"
#include "hygiene.h"
#include "model_artifact.h"
#include "error.h"
#include "source.h"
#include "text_features.h"

#include <QTest>
#include <algorithm>

using namespace retrainer;

class TstTextClassifier : public QObject
{
    Q_OBJECT

    static Dataset intents()
    {
        DatasetSchema schema;
        schema.task = Task::Classification;
        schema.label = QStringLiteral("intent");
        schema.timestamp = QStringLiteral("time");
        return buildDataset(readJsonl(QStringLiteral(RETRAINER_TEST_DATA "/text/intents.jsonl")), schema);
    }

    // Debian package descriptions labelled by Section (tests/data/text/debian_sections.jsonl, from
    // `apt-cache dumpavail` by make_debian_sections.py). Binary: "games" (11 %) against "other".
    static Dataset debianSections(bool binary)
    {
        DatasetSchema schema;
        schema.task = Task::Classification;
        schema.label = QStringLiteral("section");
        schema.timestamp = QStringLiteral("time");
        Dataset data = buildDataset(readJsonl(QStringLiteral(RETRAINER_TEST_DATA "/text/debian_sections.jsonl")), schema);
        if (binary)
            for (auto& sample : data.samples)
                sample.label = sample.label == "games" ? "games" : "other";
        return data;
    }

    static double recallOf(const Metrics& m, const std::string& cls)
    {
        const size_t k = size_t(std::find(m.classes.begin(), m.classes.end(), cls) - m.classes.begin());
        long truth = 0;
        for (long count : m.confusion.at(k))
            truth += count;
        return truth > 0 ? double(m.confusion[k][k]) / double(truth) : 0.0;
    }

private Q_SLOTS:
    void tokensAreLowerCaseWordsOfAnyScript()
    {
        QCOMPARE(TextEncoder::tokens(QStringLiteral("Hello, WORLD! Größe 42x ça-va")),
                 (QStringList{QStringLiteral("hello"), QStringLiteral("world"), QStringLiteral("größe"),
                              QStringLiteral("42x"), QStringLiteral("ça"), QStringLiteral("va")}));
        QVERIFY(TextEncoder::tokens(QStringLiteral(" ... ")).isEmpty());
    }

    void textColumnIsDetected()
    {
        const Dataset data = intents();
        QCOMPARE(data.features.size(), size_t(1));
        QCOMPARE(columnKindName(data.features[0].kind), QStringLiteral("text"));
        QCOMPARE(data.samples.size(), size_t(600));
    }

    void vectorsAreSortedAndUnitLength()
    {
        const Dataset data = intents();
        std::vector<size_t> all(data.samples.size());
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = i;
        TextEncoder encoder;
        encoder.fit(data, all, 0, 1024);
        const SparseVector x = encoder.encode(data.samples[0], Vector());
        QVERIFY(!x.empty());
        double squares = 0;
        for (size_t i = 0; i < x.size(); ++i) {
            QVERIFY(i == 0 || x[i - 1].first < x[i].first);
            QVERIFY(x[i].first < 1024);
            squares += x[i].second * x[i].second;
        }
        QVERIFY(std::abs(squares - 1.0) < 1e-9);
    }

    // Measured: holdout accuracy 0.9000 (120 newest rows) and 0.8942 after de-duplication (104 rows); the
    // TF-IDF + logistic-regression baseline (tests/data/text/baseline_tfidf_logreg.py) scores 0.9000 and 0.8942
    // on the same splits. 8 % of the fixture's labels are flipped on purpose, so about 0.92 is the ceiling.
    void holdoutAccuracy_data()
    {
        QTest::addColumn<bool>("deduplicate");
        QTest::addColumn<double>("bound");
        QTest::newRow("raw") << false << 0.85;
        QTest::newRow("deduplicated") << true << 0.84;
    }

    void holdoutAccuracy()
    {
        QFETCH(bool, deduplicate);
        QFETCH(double, bound);
        Dataset data = intents();
        if (deduplicate)
            QCOMPARE(removeDuplicates(data), 78L);
        const HoldoutSplit split = splitHoldout(data, 0.2);
        std::vector<double> progress;
        TrainerOptions options;
        options.progress = [&](const QString&, double f) { progress.push_back(f); };
        const ModelArtifact artifact = trainArtifact(data, split.train, Algorithm::Linear, options);
        QVERIFY(artifact.isTextModel());
        QCOMPARE(progress.back(), 1.0);
        const double holdout = artifact.evaluate(data, split.holdout).value(QStringLiteral("accuracy"));
        qInfo("text classifier: holdout accuracy %.4f on %zu rows", holdout, split.holdout.size());
        QVERIFY2(holdout >= bound, qPrintable(QString::number(holdout)));
    }

    // Measured (holdout = newest 20 %, 394 rows): see the README's table; the scikit-learn baseline
    // (tests/data/text/baseline_debian_sections.py, TF-IDF 1-2 grams + LR C=10, class_weight balanced) reaches
    // macro-F1 0.8902 (binary) and 0.8392 (7 sections) on the same rows.
    void debianSectionsMinorityIsFound_data()
    {
        QTest::addColumn<bool>("binary");
        QTest::addColumn<double>("macroF1");
        QTest::newRow("games vs other") << true << 0.85;
        QTest::newRow("seven sections") << false << 0.80;
    }

    void debianSectionsMinorityIsFound()
    {
        QFETCH(bool, binary);
        QFETCH(double, macroF1);
        const Dataset data = debianSections(binary);
        QCOMPARE(data.samples.size(), size_t(1970));
        const HoldoutSplit split = splitHoldout(data, 0.2);
        for (const char* weight : {"none", "balanced"}) {
            TrainerOptions options;
            options.parameters = {{"class_weight", weight}};
            const Metrics m = trainArtifact(data, split.train, Algorithm::Linear, options).evaluate(data, split.holdout);
            qInfo("debian sections (%s), class_weight %s: accuracy %.4f macro-F1 %.4f games recall %.4f",
                  binary ? "binary" : "7 sections", weight, m.accuracy, m.macroF1, recallOf(m, "games"));
            if (std::string(weight) == "balanced") { // the default
                QVERIFY(recallOf(m, "games") > 0.5);
                QVERIFY2(m.macroF1 >= macroF1, qPrintable(QString::number(m.macroF1)));
            }
        }
        const Metrics byDefault = trainArtifact(data, split.train, Algorithm::Linear, TrainerOptions()).evaluate(data, split.holdout);
        QVERIFY2(byDefault.macroF1 >= macroF1, qPrintable(QString::number(byDefault.macroF1)));
    }

    void artifactRoundTripPredictsFromRawText()
    {
        const Dataset data = intents();
        const HoldoutSplit split = splitHoldout(data, 0.2);
        const ModelArtifact artifact = trainArtifact(data, split.train, Algorithm::Linear, TrainerOptions());
        const QByteArray bytes = artifact.serialize();
        const ModelArtifact back = ModelArtifact::deserialize(bytes);
        QVERIFY(back.isTextModel());
        QCOMPARE(toString(back.algorithm()), QStringLiteral("linear"));
        for (size_t i : split.holdout)
            QCOMPARE(back.predict(data.samples[i]).label, artifact.predict(data.samples[i]).label);
        Sample message; // a raw row value, as predict and the API receive it
        message.categories = {"what are your opening hours on saturday"};
        message.numbers = {NAN};
        QCOMPARE(back.predict(message).label, std::string("hours"));
        QByteArray altered = bytes;
        altered[altered.size() - 3] = char(altered[altered.size() - 3] ^ 0x55);
        QVERIFY_THROWS_EXCEPTION(Error, ModelArtifact::deserialize(altered));
    }

    void textNeedsLinearClassification()
    {
        const Dataset data = intents();
        const HoldoutSplit split = splitHoldout(data, 0.2);
        QVERIFY_THROWS_EXCEPTION(Error, trainArtifact(data, split.train, Algorithm::RandomForest, TrainerOptions()));
    }

    void cancelStopsTraining()
    {
        const Dataset data = intents();
        const HoldoutSplit split = splitHoldout(data, 0.2);
        CancelToken cancel;
        TrainerOptions options;
        options.cancel = &cancel;
        options.progress = [&](const QString& phase, double f) {
            if (phase == QLatin1String("training") && f > 0)
                cancel.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, trainArtifact(data, split.train, Algorithm::Linear, options));
    }
};

QTEST_GUILESS_MAIN(TstTextClassifier)
#include "tst_text_classifier.moc"
