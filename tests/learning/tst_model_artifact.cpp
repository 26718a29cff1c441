#include "error.h"
#include "holdout_split.h"
#include "model_packing.h"
#include "packed_whole.h"
#include "learning_fixture.h"
#include "model_artifact.h"

#include <QCryptographicHash>
#include <QTest>
#include <cmath>
#include <sstream>
#include <thread>

using namespace retrainer;


namespace {

struct Trained
{
    Dataset data;
    HoldoutSplit split;
    ModelArtifact artifact;
};

Trained train(Task task, Algorithm algorithm, const TrainerOptions& options = {})
{
    Trained t;
    t.data = test::fixture(task);
    t.split = splitHoldout(t.data, 0.25);
    t.artifact = trainArtifact(t.data, t.split.train, algorithm, options);
    return t;
}

// The model part starts after the magic, the length and the header.
qsizetype modelStart(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData()) + 8;
    return 12 + qsizetype((quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]));
}

bool throwsError(const QByteArray& bytes)
{
    try {
        ModelArtifact::deserialize(bytes);
    } catch (const Error&) {
        return true;
    }
    return false;
}

// Builds a well-formed file (right lengths and checksum) around any header and model bytes, to check what
// the reader refuses beyond damage: the checksum is SHA-256 over the header without its checksum, dumped
// compactly, followed by the model bytes.
QByteArray forge(nlohmann::json header, const QByteArray& model)
{
    header.erase("checksum");
    header["model_bytes"] = model.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::fromStdString(header.dump()));
    hash.addData(model);
    header["checksum"] = hash.result().toHex().toStdString();
    const QByteArray json = QByteArray::fromStdString(header.dump());
    QByteArray bytes("RTRNMDL1");
    for (int shift : {24, 16, 8, 0})
        bytes.append(char((json.size() >> shift) & 0xff));
    return bytes + json + model;
}

nlohmann::json headerOf(const QByteArray& bytes)
{
    return nlohmann::json::parse(bytes.mid(12, modelStart(bytes) - 12).toStdString());
}

// The model part as format 2 stores it: unpacked when the file is compressed (format 3).
QByteArray rawModel(const QByteArray& bytes)
{
    const QByteArray stored = bytes.mid(modelStart(bytes));
    const nlohmann::json header = headerOf(bytes);
    if (!header.contains("compression"))
        return stored;
    const std::string raw = unpackModel(QString::fromStdString(header.at("compression").get<std::string>()), stored,
                                        header.at("raw_bytes").get<qint64>());
    return QByteArray::fromStdString(raw);
}

// The header as format 2 writes it: no compression entries.
nlohmann::json plainHeaderOf(const QByteArray& bytes)
{
    nlohmann::json header = headerOf(bytes);
    header.erase("compression");
    header.erase("raw_bytes");
    header["format"] = 2;
    return header;
}

} // namespace

class TestModelArtifact : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data() { test::addAllRows(); }
    void roundTrip();
    void layout();
    void predictsInLabelUnits();
    void evaluate_unseenLabel();
    void evaluate_allWhenEmpty();
    void corrupt_data() { test::addAllRows(); }
    void corrupt();
    void everyFlippedByteIsCaught();
    void wellFormedButInconsistent();
    void formatOneStillLoads();
    void forestIsCompressedAndOldFilesLoad();
    void modelOfAnotherKindIsRefused();
    void mismatchedEncoderIsRefused();
    void progressPhases();
    void cancelWhileEncoding();
    void concurrentPredictions();
};

void TestModelArtifact::roundTrip()
{
    QFETCH(Task, task);
    QFETCH(Algorithm, algorithm);
    const Trained t = train(task, algorithm);
    const QByteArray bytes = t.artifact.serialize();
    const ModelArtifact copy = ModelArtifact::deserialize(bytes);
    QVERIFY(copy.task() == task);
    QVERIFY(copy.algorithm() == algorithm);
    for (const Sample& s : t.data.samples) {
        const Prediction a = t.artifact.predict(s), b = copy.predict(s);
        QCOMPARE(b.value, a.value);
        QCOMPARE(b.label, a.label);
    }
    // Writing the copy again gives the same bytes.
    QCOMPARE(copy.serialize(), bytes);
    const Metrics before = t.artifact.evaluate(t.data, t.split.holdout);
    const Metrics after = copy.evaluate(t.data, t.split.holdout);
    QCOMPARE(after.value(), before.value());
    QCOMPARE(after.count, t.split.holdout.size());
    // And the model is good (the thresholds of tst_trainers, on the labels' own units).
    QVERIFY2(before.value() > (task == Task::Regression ? 0.93 : 0.95), qPrintable(QString::number(before.value())));
}

void TestModelArtifact::layout()
{
    const Trained t = train(Task::Classification, Algorithm::Linear);
    const QByteArray bytes = t.artifact.serialize();
    QVERIFY(bytes.startsWith("RTRNMDL1"));
    const qsizetype start = modelStart(bytes);
    QVERIFY(start < bytes.size());
    const nlohmann::json header = nlohmann::json::parse(bytes.mid(12, start - 12).toStdString());
    QCOMPARE(header.at("task").get<std::string>(), "classification");
    QCOMPARE(header.at("algorithm").get<std::string>(), "linear");
    // 2 since text models, 3 when the model part is compressed; format 1 files still load (formatOneStillLoads)
    QCOMPARE(header.at("format").get<int>(), header.contains("compression") ? 3 : 2);
    QCOMPARE(header.at("encoder").at("classes").size(), size_t(3));
    QCOMPARE(header.at("model_bytes").get<qsizetype>(), bytes.size() - start);
}

void TestModelArtifact::predictsInLabelUnits()
{
    const Trained t = train(Task::Regression, Algorithm::Linear);
    // y = 3*x1 - 2*x2 + shop effect (south +4): at x1 = 1, x2 = -1 in the south: 9.
    Sample s;
    s.numbers = {1, -1, NAN};
    s.categories = {"", "", "south"};
    const Prediction p = t.artifact.predict(s);
    QVERIFY2(std::abs(p.value - 9.0) < 0.3, qPrintable(QString::number(p.value)));
    QVERIFY(p.label.empty());

    const Trained c = train(Task::Classification, Algorithm::SvmRbf);
    s.numbers = {0, 3.2, NAN}; // the centre of "cherry"
    const Prediction q = c.artifact.predict(s);
    QCOMPARE(q.label, std::string("cherry"));
    QCOMPARE(q.value, 2.0);
}

void TestModelArtifact::evaluate_unseenLabel()
{
    Trained t = train(Task::Classification, Algorithm::Linear);
    // Two new rows: one of an unseen class placed right on "apple", one clear "banana".
    Sample durian;
    durian.numbers = {-2, 0, NAN};
    durian.categories = {"", "", "north"};
    durian.label = "durian";
    Sample banana = durian;
    banana.numbers = {2, 0, NAN};
    banana.label = "banana";
    t.data.samples.push_back(durian);
    t.data.samples.push_back(banana);
    const size_t n = t.data.samples.size();
    const Metrics m = t.artifact.evaluate(t.data, {n - 2, n - 1});
    // classes apple banana cherry (unseen): durian is truth 3, predicted apple (0); banana right.
    QCOMPARE(m.classes, (std::vector<std::string>{"apple", "banana", "cherry", "(unseen)"}));
    QCOMPARE(m.count, size_t(2));
    QCOMPARE(m.confusion[3][0], 1L);
    QCOMPARE(m.confusion[1][1], 1L);
    QCOMPARE(m.accuracy, 0.5);
    // Present classes: apple (F1 0: only a false positive), banana (F1 1), unseen (F1 0) -> 1/3.
    QVERIFY(std::abs(m.macroF1 - 1.0 / 3.0) < 1e-12);
    // Without unseen labels there is no extra class.
    QCOMPARE(t.artifact.evaluate(t.data, t.split.holdout).classes.size(), size_t(3));
    QVERIFY_THROWS_EXCEPTION(Error, t.artifact.evaluate(t.data, {n}));
}

void TestModelArtifact::evaluate_allWhenEmpty()
{
    const Trained t = train(Task::Regression, Algorithm::Linear);
    const Metrics all = t.artifact.evaluate(t.data, {});
    QCOMPARE(all.count, t.data.samples.size());
    std::vector<double> truth, predicted;
    for (const Sample& s : t.data.samples) {
        truth.push_back(s.target);
        predicted.push_back(t.artifact.predict(s).value);
    }
    const Metrics byHand = regressionMetrics(truth, predicted);
    QCOMPARE(all.r2, byHand.r2);
    QCOMPARE(all.mae, byHand.mae);
    Dataset other = t.data;
    other.task = Task::Classification;
    QVERIFY_THROWS_EXCEPTION(Error, t.artifact.evaluate(other, {}));
}

void TestModelArtifact::corrupt()
{
    QFETCH(Task, task);
    QFETCH(Algorithm, algorithm);
    const QByteArray bytes = train(task, algorithm).artifact.serialize();
    const qsizetype start = modelStart(bytes);
    const qsizetype size = bytes.size();

    QVERIFY(!throwsError(bytes));
    // One flipped byte in the model part: at its start, in its middle, at its end.
    for (qsizetype at : {start, start + (size - start) / 2, size - 1}) {
        QByteArray flipped = bytes;
        flipped[at] = char(flipped[at] ^ 0x01);
        QVERIFY2(throwsError(flipped), qPrintable(QStringLiteral("flip at %1 of %2").arg(at).arg(size)));
    }
    // Truncated anywhere.
    for (qsizetype keep : {qsizetype(0), qsizetype(5), qsizetype(11), start / 2, start, start + 1, (start + size) / 2, size - 1})
        QVERIFY2(throwsError(bytes.left(keep)), qPrintable(QStringLiteral("keep %1 of %2").arg(keep).arg(size)));
    // Wrong magic, extra bytes, and a header length beyond the file.
    QByteArray magic = bytes;
    magic[7] = '2';
    QVERIFY(throwsError(magic));
    QVERIFY(throwsError(bytes + QByteArray(1, '\0')));
    QByteArray length = bytes;
    length[8] = char(0x7f);
    QVERIFY(throwsError(length));
    // Garbage.
    QVERIFY(throwsError(QByteArray("RTRNMDL1\0\0\0\x02{}", 14)));
    QVERIFY(throwsError(QByteArray(4096, 'x')));
}

void TestModelArtifact::everyFlippedByteIsCaught()
{
    // A small artifact, every single byte flipped in turn: never accepted, never a crash.
    const QByteArray bytes = train(Task::Regression, Algorithm::Linear).artifact.serialize();
    for (qsizetype at = 0; at < bytes.size(); ++at) {
        QByteArray flipped = bytes;
        flipped[at] = char(flipped[at] ^ 0x20);
        if (!throwsError(flipped))
            QFAIL(qPrintable(QStringLiteral("flipping byte %1 of %2 went unnoticed").arg(at).arg(bytes.size())));
    }
}

void TestModelArtifact::formatOneStillLoads()
{
    // A file written before text models (format 1, no "text" entry) loads and predicts as before.
    const Trained t = train(Task::Classification, Algorithm::Linear);
    const QByteArray linear = t.artifact.serialize();
    nlohmann::json header = plainHeaderOf(linear);
    header["format"] = 1;
    const ModelArtifact old = ModelArtifact::deserialize(forge(header, rawModel(linear)));
    QVERIFY(!old.isTextModel());
    for (const Sample& s : t.data.samples)
        QCOMPARE(old.predict(s).label, t.artifact.predict(s).label);
}

// A forest of 100 trees on 20,000 rows: the stored file is compressed (format 3) and smaller, it loads and
// predicts exactly as the model in memory, a flipped byte in the packed part is refused by the checksum, and
// the same model written the old way (format 2, unpacked) still loads.
void TestModelArtifact::forestIsCompressedAndOldFilesLoad()
{
    Dataset data = test::regressionFixture(20000, 3);
    std::vector<size_t> rows(data.samples.size());
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = i;
    const ModelArtifact forest = trainArtifact(data, rows, Algorithm::RandomForest, {});
    const QByteArray bytes = forest.serialize();
    const nlohmann::json header = headerOf(bytes);
    QCOMPARE(header.at("format").get<int>(), 3);
    QCOMPARE(header.at("compression").get<std::string>(), "zstd");
    const QByteArray raw = rawModel(bytes);
    QCOMPARE(header.at("raw_bytes").get<qsizetype>(), raw.size());
    const QByteArray old = forge(plainHeaderOf(bytes), raw);
    // As the versions before Zstandard wrote it: packed by zlib in qCompress's format.
    nlohmann::json zlibHeader = plainHeaderOf(bytes);
    zlibHeader["format"] = 3;
    zlibHeader["compression"] = "zlib";
    zlibHeader["raw_bytes"] = raw.size();
    const ModelArtifact zlibPacked = ModelArtifact::deserialize(forge(zlibHeader, qCompress(raw, 1)));
    qInfo("forest of 20,000 rows: %lld bytes stored, %lld uncompressed (%.1f %%)", qint64(bytes.size()),
          qint64(old.size()), 100.0 * double(bytes.size()) / double(old.size()));
    QVERIFY(bytes.size() < old.size() - old.size() / 10);
    const ModelArtifact packed = ModelArtifact::deserialize(bytes), unpacked = ModelArtifact::deserialize(old);
    for (size_t i = 0; i < data.samples.size(); i += 97) {
        QCOMPARE(packed.predict(data.samples[i]).value, forest.predict(data.samples[i]).value);
        QCOMPARE(unpacked.predict(data.samples[i]).value, forest.predict(data.samples[i]).value);
        QCOMPARE(zlibPacked.predict(data.samples[i]).value, forest.predict(data.samples[i]).value);
    }
    QByteArray flipped = bytes;
    flipped[modelStart(bytes) + (bytes.size() - modelStart(bytes)) / 2] ^= 0x04;
    QVERIFY(throwsError(flipped));
}

void TestModelArtifact::wellFormedButInconsistent()
{
    const QByteArray linear = train(Task::Classification, Algorithm::Linear).artifact.serialize();
    const QByteArray svm = train(Task::Classification, Algorithm::SvmRbf).artifact.serialize();
    const nlohmann::json header = plainHeaderOf(linear);
    const QByteArray model = rawModel(linear);
    // The forger writes what the writer writes without compression: accepted.
    if (!headerOf(linear).contains("compression"))
        QCOMPARE(forge(header, model), linear);
    QVERIFY(!throwsError(forge(header, model)));
    // A header saying "linear" over an svm model.
    QVERIFY(throwsError(forge(header, rawModel(svm))));
    // A header saying "regression" over a classifier (encoder and model say classification).
    nlohmann::json regression = header;
    regression["task"] = "regression";
    QVERIFY(throwsError(forge(regression, model)));
    // An encoder one category short: the model takes more inputs than the encoder makes.
    nlohmann::json narrow = header;
    narrow["encoder"]["features"][2]["categories"].erase(0);
    QVERIFY(throwsError(forge(narrow, model)));
    // An encoder with a fourth class the model does not know.
    nlohmann::json moreClasses = header;
    moreClasses["encoder"]["classes"].push_back("zucchini");
    QVERIFY(throwsError(forge(moreClasses, model)));
    // Bytes left over after the model.
    QVERIFY(throwsError(forge(header, model + QByteArray("tail"))));
    // An unknown format version.
    nlohmann::json future = header;
    future["format"] = 4;
    QVERIFY(throwsError(forge(future, model)));
    // Format 3 says how the model part is packed: an unknown packing, or a size that does not fit, is refused.
    nlohmann::json packed = header;
    packed["format"] = 3;
    packed["compression"] = "zlib";
    packed["raw_bytes"] = model.size();
    QVERIFY(!throwsError(forge(packed, qCompress(model))));
    packed["raw_bytes"] = model.size() + 1;
    QVERIFY(throwsError(forge(packed, qCompress(model))));
    packed["raw_bytes"] = model.size();
    packed["compression"] = "lzma";
    QVERIFY(throwsError(forge(packed, qCompress(model))));
    packed.erase("compression");
    QVERIFY(throwsError(forge(packed, qCompress(model))));
    // Zstandard: accepted as written; a size that does not fit, or zlib data under its name, refused.
    packed["compression"] = "zstd";
    const QByteArray zstd = test::packedWhole(model, 2);
    QVERIFY(!throwsError(forge(packed, zstd)));
    packed["raw_bytes"] = model.size() - 1;
    QVERIFY(throwsError(forge(packed, zstd)));
    packed["raw_bytes"] = model.size();
    QVERIFY(throwsError(forge(packed, qCompress(model))));
}

void TestModelArtifact::modelOfAnotherKindIsRefused()
{
    const Trained t = train(Task::Classification, Algorithm::SvmRbf);
    // The raw model stream, read back as another kind of model, or cut short.
    const QByteArray bytes = t.artifact.serialize();
    const std::string model = rawModel(bytes).toStdString();
    {
        std::istringstream in(model);
        QVERIFY(Model::deserialize(Task::Classification, Algorithm::SvmRbf, in));
    }
    {
        std::istringstream in(model);
        QVERIFY_THROWS_EXCEPTION(Error, Model::deserialize(Task::Classification, Algorithm::Linear, in));
    }
    {
        std::istringstream in(model);
        QVERIFY_THROWS_EXCEPTION(Error, Model::deserialize(Task::Regression, Algorithm::SvmRbf, in));
    }
    for (size_t keep : {size_t(0), size_t(3), model.size() / 3, model.size() - 1}) {
        std::istringstream in(model.substr(0, keep));
        QVERIFY_THROWS_EXCEPTION(Error, Model::deserialize(Task::Classification, Algorithm::SvmRbf, in));
    }
}

void TestModelArtifact::mismatchedEncoderIsRefused()
{
    const Trained classifier = train(Task::Classification, Algorithm::Linear);
    const Trained regressor = train(Task::Regression, Algorithm::Linear);
    const QByteArray bytes = regressor.artifact.serialize();
    std::istringstream in(rawModel(bytes).toStdString());
    std::shared_ptr<const Model> model = Model::deserialize(Task::Regression, Algorithm::Linear, in);
    QVERIFY_THROWS_EXCEPTION(Error, ModelArtifact(classifier.artifact.encoder(), model));
    QVERIFY_THROWS_EXCEPTION(Error, ModelArtifact(regressor.artifact.encoder(), nullptr));
    // Same task, another width: an encoder fitted without the shop column.
    Dataset narrow = regressor.data;
    narrow.features.pop_back();
    FeatureEncoder encoder;
    encoder.fit(narrow, regressor.split.train);
    QVERIFY_THROWS_EXCEPTION(Error, ModelArtifact(encoder, model));
    QVERIFY(ModelArtifact(regressor.artifact.encoder(), model).predict(regressor.data.samples[0]).value
            == regressor.artifact.predict(regressor.data.samples[0]).value);
}

void TestModelArtifact::progressPhases()
{
    std::vector<std::pair<QString, double>> reports;
    TrainerOptions options;
    options.progress = [&](const QString& phase, double fraction) { reports.emplace_back(phase, fraction); };
    train(Task::Classification, Algorithm::SvmRbf, options);
    QVERIFY(reports.size() >= 4);
    QCOMPARE(reports.front(), std::make_pair(QStringLiteral("encoding"), 0.0));
    QCOMPARE(reports[1], std::make_pair(QStringLiteral("encoding"), 1.0));
    QCOMPARE(reports[2].first, QStringLiteral("training"));
    QCOMPARE(reports.back(), std::make_pair(QStringLiteral("training"), 1.0));
}

void TestModelArtifact::cancelWhileEncoding()
{
    CancelToken cancel;
    TrainerOptions options;
    options.cancel = &cancel;
    bool trained = false;
    options.progress = [&](const QString& phase, double) {
        if (phase == QLatin1String("training"))
            trained = true;
        cancel.cancel();
    };
    QVERIFY_THROWS_EXCEPTION(Cancelled, train(Task::Regression, Algorithm::Krr, options));
    QVERIFY(!trained);
    const Dataset data = test::regressionFixture(10);
    QVERIFY_THROWS_EXCEPTION(Error, trainArtifact(data, {}, Algorithm::Linear, {}));
}

void TestModelArtifact::concurrentPredictions()
{
    // predict() and evaluate() are const and share nothing mutable: four threads at once agree with one.
    for (auto [task, algorithm] : {std::pair{Task::Classification, Algorithm::SvmRbf},
                                   std::pair{Task::Regression, Algorithm::RandomForest},
                                   std::pair{Task::Classification, Algorithm::Krr}}) {
        const Trained t = train(task, algorithm);
        std::vector<double> expected;
        for (const Sample& s : t.data.samples)
            expected.push_back(t.artifact.predict(s).value);
        const double expectedScore = t.artifact.evaluate(t.data, t.split.holdout).value();
        std::vector<int> mismatches(4, 0);
        std::vector<std::thread> threads;
        for (int k = 0; k < 4; ++k) {
            threads.emplace_back([&, k] {
                for (int round = 0; round < 5; ++round) {
                    for (size_t i = 0; i < t.data.samples.size(); ++i)
                        if (t.artifact.predict(t.data.samples[i]).value != expected[i])
                            ++mismatches[size_t(k)];
                    if (t.artifact.evaluate(t.data, t.split.holdout).value() != expectedScore)
                        ++mismatches[size_t(k)];
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        for (int m : mismatches)
            QCOMPARE(m, 0);
    }
}

QTEST_GUILESS_MAIN(TestModelArtifact)
#include "tst_model_artifact.moc"
