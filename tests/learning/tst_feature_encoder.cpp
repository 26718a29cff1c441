#include "error.h"
#include "feature_encoder.h"
#include "learning_fixture.h"

#include <QTest>
#include <cmath>

using namespace retrainer;

namespace {

Sample sample(double x1, double x2, const std::string& shop, double target = 0, const std::string& label = {})
{
    Sample s;
    s.numbers = {x1, x2, NAN};
    s.categories = {"", "", shop};
    s.target = target;
    s.label = label;
    return s;
}

// Training rows 0..3; row 4 is not trained on, so its values must not move the statistics.
Dataset shopData(Task task)
{
    Dataset data;
    data.task = task;
    data.features = {{QStringLiteral("x1"), ColumnKind::Numeric},
                     {QStringLiteral("x2"), ColumnKind::Numeric},
                     {QStringLiteral("shop"), ColumnKind::Categorical}};
    data.samples = {sample(1, 7, "west", 10, "pear"), sample(3, 7, "north", 20, "apple"),
                    sample(NAN, 7, "", 30, "fig"), sample(5, 7, "west", 40, "apple"),
                    sample(100, -50, "east", 1000, "kiwi")};
    return data;
}

const std::vector<size_t> kTrain{0, 1, 2, 3};

} // namespace

class TestFeatureEncoder : public QObject
{
    Q_OBJECT

private slots:
    void standardisesNumbers();
    void oneHotCategories();
    void unseenAndMissing();
    void regressionTarget();
    void classMapping();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void fromJsonGarbage_data();
    void fromJsonGarbage();
};

void TestFeatureEncoder::standardisesNumbers()
{
    FeatureEncoder encoder;
    encoder.fit(shopData(Task::Regression), kTrain);
    // x1 over the training rows: 1, 3, 5 (the missing one is skipped): mean 3, population sd sqrt(8/3).
    // x2 is constant 7: sd 0 -> scale 1, so it encodes as x2 - 7.
    // shop: categories north, west (sorted; "" is missing) -> dimension 2 numbers + 2 categories = 4.
    QCOMPARE(encoder.dimension(), 4L);
    const Vector x = encoder.encode(sample(1, 7, "west"));
    QCOMPARE(x.size(), 4L);
    QVERIFY(std::abs(x(0) - (1 - 3) / std::sqrt(8.0 / 3.0)) < 1e-12);
    QCOMPARE(x(1), 0.0);
    const Vector y = encoder.encode(sample(6, 9.5, "north"));
    QVERIFY(std::abs(y(0) - 3 / std::sqrt(8.0 / 3.0)) < 1e-12);
    QCOMPARE(y(1), 2.5);
}

void TestFeatureEncoder::oneHotCategories()
{
    FeatureEncoder encoder;
    encoder.fit(shopData(Task::Regression), kTrain);
    const Vector north = encoder.encode(sample(3, 7, "north"));
    const Vector west = encoder.encode(sample(3, 7, "west"));
    QCOMPARE(north(2), 1.0);
    QCOMPARE(north(3), 0.0);
    QCOMPARE(west(2), 0.0);
    QCOMPARE(west(3), 1.0);
    QCOMPARE(encoder.features().size(), size_t(3));
    QCOMPARE(encoder.features()[2].kind, ColumnKind::Categorical);
}

void TestFeatureEncoder::unseenAndMissing()
{
    FeatureEncoder encoder;
    encoder.fit(shopData(Task::Regression), kTrain);
    // "east" was only in row 4 (not trained on): all zeros. A missing number encodes as 0 (the mean).
    const Vector x = encoder.encode(sample(NAN, 7, "east"));
    for (long i = 0; i < x.size(); ++i)
        QCOMPARE(x(i), 0.0);
    const Vector blank = encoder.encode(sample(3, NAN, ""));
    for (long i = 0; i < blank.size(); ++i)
        QCOMPARE(blank(i), 0.0);
    // A short sample (fewer values than features) counts as missing values rather than crashing.
    Sample shortSample;
    shortSample.numbers = {5};
    const Vector s = encoder.encode(shortSample);
    QVERIFY(std::abs(s(0) - 2 / std::sqrt(8.0 / 3.0)) < 1e-12);
    QCOMPARE(s(1) + s(2) + s(3), 0.0);
}

void TestFeatureEncoder::regressionTarget()
{
    FeatureEncoder encoder;
    encoder.fit(shopData(Task::Regression), kTrain);
    // targets 10 20 30 40: mean 25, population sd sqrt(125)
    QVERIFY(std::abs(encoder.encodeTarget(25)) < 1e-12);
    QVERIFY(std::abs(encoder.encodeTarget(40) - 15 / std::sqrt(125.0)) < 1e-12);
    QVERIFY(std::abs(encoder.decodeTarget(encoder.encodeTarget(33.3)) - 33.3) < 1e-12);
    QVERIFY(encoder.classes().empty());
}

void TestFeatureEncoder::classMapping()
{
    FeatureEncoder encoder;
    encoder.fit(shopData(Task::Classification), kTrain);
    QVERIFY(encoder.task() == Task::Classification);
    // pear, apple, fig, apple -> sorted apple, fig, pear; kiwi (row 4) was not trained on.
    QCOMPARE(encoder.classes(), (std::vector<std::string>{"apple", "fig", "pear"}));
    QCOMPARE(encoder.classIndex("apple"), std::optional<int>(0));
    QCOMPARE(encoder.classIndex("fig"), std::optional<int>(1));
    QCOMPARE(encoder.classIndex("pear"), std::optional<int>(2));
    QVERIFY(!encoder.classIndex("kiwi"));
    QVERIFY(!encoder.classIndex(""));
}

void TestFeatureEncoder::jsonRoundTrip_data()
{
    QTest::addColumn<bool>("classification");
    QTest::newRow("regression") << false;
    QTest::newRow("classification") << true;
}

void TestFeatureEncoder::jsonRoundTrip()
{
    QFETCH(bool, classification);
    FeatureEncoder encoder;
    encoder.fit(shopData(classification ? Task::Classification : Task::Regression), kTrain);
    const std::string text = encoder.toJson().dump();
    const FeatureEncoder copy = FeatureEncoder::fromJson(nlohmann::json::parse(text));
    QCOMPARE(copy.toJson().dump(), text);
    QVERIFY(copy.task() == encoder.task());
    QCOMPARE(copy.classes(), encoder.classes());
    QCOMPARE(copy.dimension(), encoder.dimension());
    QCOMPARE(copy.features()[0].name, QStringLiteral("x1"));
    // Exactly the same numbers (sqrt(8/3) has no short decimal form).
    for (const Sample& s : shopData(Task::Regression).samples) {
        const Vector a = encoder.encode(s), b = copy.encode(s);
        for (long i = 0; i < a.size(); ++i)
            QCOMPARE(b(i), a(i));
    }
    QCOMPARE(copy.decodeTarget(0.123456789), encoder.decodeTarget(0.123456789));
}

void TestFeatureEncoder::fromJsonGarbage_data()
{
    QTest::addColumn<QString>("json");
    const QString valid = QStringLiteral(
        R"({"task":"regression","features":[{"name":"x","kind":"numeric","mean":1,"scale":2},)"
        R"({"name":"c","kind":"categorical","categories":["a","b"]}],"classes":[],"target_mean":0,"target_scale":1})");
    // Sanity: the template parses.
    FeatureEncoder::fromJson(nlohmann::json::parse(valid.toStdString()));
    QTest::newRow("array") << QStringLiteral("[1,2]");
    QTest::newRow("null") << QStringLiteral("null");
    QTest::newRow("no task") << QString(valid).replace(QStringLiteral(R"("task":"regression",)"), QString());
    QTest::newRow("bad task") << QString(valid).replace(QStringLiteral("regression"), QStringLiteral("clustering"));
    QTest::newRow("features object") << QStringLiteral(
        R"({"task":"regression","features":{},"classes":[],"target_mean":0,"target_scale":1})");
    QTest::newRow("bad kind") << QString(valid).replace(QStringLiteral("categorical"), QStringLiteral("image"));
    QTest::newRow("zero scale") << QString(valid).replace(QStringLiteral(R"("scale":2)"), QStringLiteral(R"("scale":0)"));
    QTest::newRow("mean text") << QString(valid).replace(QStringLiteral(R"("mean":1)"), QStringLiteral(R"("mean":"1")"));
    QTest::newRow("no mean") << QString(valid).replace(QStringLiteral(R"("mean":1,)"), QString());
    QTest::newRow("unsorted categories") << QString(valid).replace(QStringLiteral(R"(["a","b"])"), QStringLiteral(R"(["b","a"])"));
    QTest::newRow("category number") << QString(valid).replace(QStringLiteral(R"(["a","b"])"), QStringLiteral(R"(["a",2])"));
    QTest::newRow("classes text") << QString(valid).replace(QStringLiteral(R"("classes":[])"), QStringLiteral(R"("classes":"a")"));
    QTest::newRow("negative target scale") << QString(valid).replace(QStringLiteral(R"("target_scale":1)"),
                                                                     QStringLiteral(R"("target_scale":-1)"));
    QTest::newRow("feature without name") << QString(valid).replace(QStringLiteral(R"("name":"x",)"), QString());
}

void TestFeatureEncoder::fromJsonGarbage()
{
    QFETCH(QString, json);
    QVERIFY_THROWS_EXCEPTION(Error, FeatureEncoder::fromJson(nlohmann::json::parse(json.toStdString())));
}

QTEST_GUILESS_MAIN(TestFeatureEncoder)
#include "tst_feature_encoder.moc"
