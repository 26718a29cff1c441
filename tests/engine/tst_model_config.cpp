// Model configuration: defaults, round trip and a clear error for every bad value.
#include "error.h"
#include "model_config.h"
#include <QFloat16> // QCOMPARE of two JSON values: QTest's qfloat16 overload needs the complete type
#include <QTest>

using namespace retrainer;
using json = nlohmann::json;

class TestModelConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const auto m = ModelConfig::fromJson(json::parse(R"({"name":"clinic","task":"regression","source":"store:","label":"wait"})"));
        QCOMPARE(toString(m.algorithm), toString(Algorithm::RandomForest));
        QCOMPARE(m.holdoutFraction, 0.2);
        QCOMPARE(m.minimumSamples, 10);
        QCOMPARE(m.dataPolicy.lastDays, 0);
        QCOMPARE(m.group, QStringLiteral("default"));
        QCOMPARE(m.effectivePrimaryMetric(), QStringLiteral("r2"));
    }

    void roundTrip()
    {
        ModelConfig m;
        m.name = QStringLiteral("quality");
        m.group = QStringLiteral("Logistics");
        m.task = Task::Classification;
        m.source = QStringLiteral("sqlite:x.db?table=t");
        m.label = QStringLiteral("q");
        m.features = {QStringLiteral("a"), QStringLiteral("b")};
        m.kinds.insert(QStringLiteral("b"), ColumnKind::Categorical);
        m.timestamp = QStringLiteral("t");
        m.algorithm = Algorithm::SvmRbf;
        m.parameters = {{"c", 3}};
        m.dataPolicy.lastDays = 30;
        m.primaryMetric = QStringLiteral("macro_f1");
        const auto back = ModelConfig::fromJson(m.toJson());
        QCOMPARE(back.toJson(), m.toJson());
        QCOMPARE(back.kinds.value(QStringLiteral("b")), ColumnKind::Categorical);
        QCOMPARE(back.dataPolicy.lastDays, 30);
    }

    void badValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing label") << R"({"name":"m","task":"regression","source":"store:"})" << "field 'label' is missing";
        QTest::newRow("bad task") << R"({"name":"m","task":"ranking","source":"store:","label":"y"})" << "field 'task' must be";
        QTest::newRow("bad algorithm") << R"({"name":"m","task":"regression","source":"store:","label":"y","algorithm":"xgb"})"
                                       << "field 'algorithm' must be one of";
        QTest::newRow("holdout too big") << R"({"name":"m","task":"regression","source":"store:","label":"y","holdout_fraction":0.9})"
                                         << "field 'holdout_fraction' must be between";
        QTest::newRow("holdout not a number") << R"({"name":"m","task":"regression","source":"store:","label":"y","holdout_fraction":"x"})"
                                              << "field 'holdout_fraction' must be a number";
        QTest::newRow("bad policy") << R"({"name":"m","task":"regression","source":"store:","label":"y","data_policy":{"last_days":0}})"
                                    << "field 'data_policy'";
        QTest::newRow("metric for other task") << R"({"name":"m","task":"regression","source":"store:","label":"y","primary_metric":"accuracy"})"
                                               << "does not fit a regression model";
        QTest::newRow("bad name") << R"({"name":"../x","task":"regression","source":"store:","label":"y"})" << "invalid model name";
        QTest::newRow("bad kind") << R"({"name":"m","task":"regression","source":"store:","label":"y","column_kinds":{"a":"image"}})"
                                  << "column_kinds.a";
        QTest::newRow("not an object") << R"([1,2])" << "must be a JSON object";
    }

    void badValues()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        try {
            ModelConfig::fromJson(json::parse(text.toStdString()));
            QFAIL("accepted a bad configuration");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestModelConfig)
#include "tst_model_config.moc"
