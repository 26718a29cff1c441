// The promotion gate: every rule as a table (floor, improvement, approval, lower-is-better metrics), and
// the gate settings in workspace.json (round trip, defaults for older files, errors naming model and field).
#include "error.h"
#include "gate_policy.h"
#include "model_config.h"
#include <QTest>
#include <cmath>

using namespace retrainer;
using json = nlohmann::json;

static QString s(const char* text) { return QString::fromUtf8(text); }

class TestGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decidePromotion_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("candidate");
        QTest::addColumn<double>("champion");    // NaN: no comparable active version
        QTest::addColumn<double>("floor");       // NaN: no minimum score
        QTest::addColumn<double>("improvement"); // required
        QTest::addColumn<bool>("approval");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("says");       // part of the summary
        const double none = std::nan("");
        QTest::newRow("no active") << s("r2") << 0.1 << none << none << 0.0 << false << s("promoted") << s("no_comparable_active_version") << s("0.1000");
        QTest::newRow("better r2") << s("r2") << 0.8 << 0.7 << none << 0.0 << false << s("promoted") << s("minimum_improvement") << s("0.7000");
        QTest::newRow("equal r2 passes 0") << s("r2") << 0.7 << 0.7 << none << 0.0 << false << s("promoted") << s("minimum_improvement") << s("0.7000");
        QTest::newRow("worse r2") << s("r2") << 0.69 << 0.7 << none << 0.0 << false << s("rejected") << s("minimum_improvement") << s("0.6900");
        QTest::newRow("improvement short") << s("r2") << 0.812 << 0.8 << none << 0.02 << false << s("rejected") << s("minimum_improvement")
                                           << s("improvement 0.0120 < required 0.0200");
        QTest::newRow("improvement exactly met") << s("r2") << 0.82 << 0.8 << none << 0.02 << false << s("promoted") << s("minimum_improvement") << s("0.0200");
        QTest::newRow("below floor") << s("accuracy") << 0.6 << none << 0.7 << 0.0 << false << s("rejected") << s("minimum_score") << s("below the required 0.7000");
        QTest::newRow("floor before improvement") << s("accuracy") << 0.65 << 0.5 << 0.7 << 0.0 << false << s("rejected") << s("minimum_score") << s("0.6500");
        QTest::newRow("above floor") << s("accuracy") << 0.75 << none << 0.7 << 0.0 << false << s("promoted") << s("no_comparable_active_version") << s("0.7500");
        QTest::newRow("mae lower is better") << s("mae") << 1.0 << 2.0 << none << 0.0 << false << s("promoted") << s("minimum_improvement") << s("improvement 1.0000");
        QTest::newRow("mae higher is worse") << s("mae") << 2.5 << 2.0 << none << 0.0 << false << s("rejected") << s("minimum_improvement") << s("2.5000");
        QTest::newRow("mae improvement short") << s("mae") << 1.99 << 2.0 << none << 0.02 << false << s("rejected") << s("minimum_improvement")
                                               << s("improvement 0.0100 < required 0.0200");
        QTest::newRow("rmse ceiling") << s("rmse") << 3.0 << none << 2.0 << 0.0 << false << s("rejected") << s("minimum_score") << s("above the required 2.0000");
        QTest::newRow("rmse under ceiling") << s("rmse") << 1.5 << none << 2.0 << 0.0 << false << s("promoted") << s("no_comparable_active_version") << s("1.5000");
        QTest::newRow("approval required") << s("r2") << 0.9 << 0.8 << none << 0.02 << true << s("awaiting_approval") << s("approval_required") << s("0.8000");
        QTest::newRow("approval for a first version") << s("r2") << 0.9 << none << none << 0.0 << true << s("awaiting_approval") << s("approval_required") << s("0.9000");
        QTest::newRow("rejected before approval") << s("r2") << 0.7 << 0.8 << none << 0.0 << true << s("rejected") << s("minimum_improvement") << s("0.7000");
    }

    void decidePromotion()
    {
        QFETCH(QString, metric);
        QFETCH(double, candidate);
        QFETCH(double, champion);
        QFETCH(double, floor);
        QFETCH(double, improvement);
        QFETCH(bool, approval);
        QFETCH(QString, outcome);
        QFETCH(QString, rule);
        QFETCH(QString, says);
        GatePolicy policy;
        if (!std::isnan(floor))
            policy.minimumScore = floor;
        policy.minimumImprovement = improvement;
        policy.requireApproval = approval;
        const auto active = std::isnan(champion) ? std::nullopt : std::optional<double>(champion);
        const GateDecision d = retrainer::decidePromotion(metric, candidate, active,
                                                          active ? std::optional<int>(3) : std::nullopt, policy);
        QCOMPARE(toString(d.outcome), outcome);
        QCOMPARE(d.rule, rule);
        QVERIFY2(d.summary.contains(says), qPrintable(d.summary));
        QVERIFY2(d.summary.contains(QString::number(candidate, 'f', 4)), qPrintable(d.summary));
        if (active)
            QVERIFY2(d.summary.contains(QString::number(champion, 'f', 4)), qPrintable(d.summary));
        QCOMPARE(d.toJson()["outcome"].get<std::string>(), outcome.toStdString());
    }

    // The guessing rule on real confusion matrices: the trivial predictor is scored on the same truth.
    void refuseGuessing_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<std::vector<int>>("truth");
        QTest::addColumn<std::vector<int>>("predicted");
        QTest::addColumn<QString>("rule"); // "" : passes
        QTest::addColumn<QString>("says");
        const std::vector<int> truth = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1};   // 80 % class 0 ("ham")
        QTest::newRow("all majority, accuracy 0.8") << s("accuracy") << truth << std::vector<int>(10, 0)
                                                   << s("predicts_every_class") << s("never predicts 'spam'");
        QTest::newRow("one spam found") << s("accuracy") << truth << std::vector<int>{0, 0, 0, 0, 0, 0, 0, 0, 1, 0}
                                        << s("") << s("");
        QTest::newRow("predicts both, worse than guessing") << s("accuracy") << truth
                                                            << std::vector<int>{1, 1, 0, 0, 0, 0, 0, 0, 1, 0}
                                                            << s("beats_guessing") << s("always guessing 'ham', which scores 0.8000");
        QTest::newRow("same but macro-F1 beats guessing") << s("macro_f1") << truth
                                                          << std::vector<int>{1, 1, 0, 0, 0, 0, 0, 0, 1, 0} << s("") << s("");
    }

    void refuseGuessing()
    {
        QFETCH(QString, metric);
        QFETCH(std::vector<int>, truth);
        QFETCH(std::vector<int>, predicted);
        QFETCH(QString, rule);
        QFETCH(QString, says);
        const std::vector<std::string> classes = {"ham", "spam"};
        TrivialBaseline trivial;
        trivial.guess = "ham";
        trivial.metrics = classificationMetrics(truth, std::vector<int>(truth.size(), 0), classes);
        const Metrics candidate = classificationMetrics(truth, predicted, classes);
        const auto refused = retrainer::refuseGuessing(metric, candidate, trivial);
        QCOMPARE(refused ? refused->rule : QString(), rule);
        if (refused) {
            QCOMPARE(toString(refused->outcome), s("rejected"));
            QVERIFY(!refused->registers());
            QVERIFY2(refused->summary.contains(says), qPrintable(refused->summary));
        }
    }

    void regressionMustBeatTheTrainingMean_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<std::vector<double>>("predicted");
        QTest::addColumn<bool>("refused");
        const std::vector<double> mean(4, 2.5);
        QTest::newRow("r2 of the mean") << s("r2") << mean << true;
        QTest::newRow("mae of the mean") << s("mae") << mean << true;
        QTest::newRow("r2 better") << s("r2") << std::vector<double>{1.2, 2.1, 2.9, 3.8} << false;
        QTest::newRow("rmse better") << s("rmse") << std::vector<double>{1.2, 2.1, 2.9, 3.8} << false;
        QTest::newRow("rmse worse") << s("rmse") << std::vector<double>{4, 1, 4, 1} << true;
    }

    void regressionMustBeatTheTrainingMean()
    {
        QFETCH(QString, metric);
        QFETCH(std::vector<double>, predicted);
        QFETCH(bool, refused);
        const std::vector<double> truth = {1, 2, 3, 4};
        TrivialBaseline trivial;
        trivial.mean = 2.5;
        trivial.metrics = regressionMetrics(truth, std::vector<double>(4, 2.5));
        const auto d = retrainer::refuseGuessing(metric, regressionMetrics(truth, predicted), trivial);
        QCOMPARE(bool(d), refused);
        if (d)
            QVERIFY2(d->summary.contains(s("training mean 2.5")), qPrintable(d->summary));
    }

    void equalOnUnchangedDataIsNotANewVersion_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("candidate");
        QTest::addColumn<double>("champion");
        QTest::addColumn<bool>("sameData");
        QTest::addColumn<bool>("refused");
        QTest::newRow("equal, same data") << s("r2") << 0.8 << 0.8 << true << true;
        QTest::newRow("worse, same data") << s("r2") << 0.79 << 0.8 << true << true;
        QTest::newRow("better, same data") << s("r2") << 0.81 << 0.8 << true << false;
        QTest::newRow("equal, new data") << s("r2") << 0.8 << 0.8 << false << false;
        QTest::newRow("mae equal, same data") << s("mae") << 2.0 << 2.0 << true << true;
        QTest::newRow("mae lower, same data") << s("mae") << 1.9 << 2.0 << true << false;
    }

    void equalOnUnchangedDataIsNotANewVersion()
    {
        QFETCH(QString, metric);
        QFETCH(double, candidate);
        QFETCH(double, champion);
        QFETCH(bool, sameData);
        QFETCH(bool, refused);
        const auto d = refuseEqualOnSameData(metric, candidate, champion, 4, sameData);
        QCOMPARE(bool(d), refused);
        if (d) {
            QVERIFY(!d->registers());
            QCOMPARE(d->rule, s("equal_on_unchanged_data"));
            QVERIFY2(d->summary.contains(s("unchanged since version 4")), qPrintable(d->summary));
        }
        QVERIFY(!refuseEqualOnSameData(metric, candidate, std::nullopt, 0, sameData)); // nothing in service
    }

    void trivialBaselineIsTheTrainingMajority()
    {
        Dataset data;
        data.task = Task::Classification;
        for (const char* label : {"a", "b", "b", "c", "b", "a", "a", "a"}) {
            Sample sample;
            sample.label = label;
            data.samples.push_back(sample);
        }
        // Training rows 0..4: b is the majority there (3 of 5), although a is over all rows.
        const TrivialBaseline t = trivialBaseline(data, {0, 1, 2, 3, 4}, {5, 6, 7});
        QCOMPARE(t.guess, std::string("b"));
        QCOMPARE(t.metrics.accuracy, 0.0);
        QCOMPARE(t.metrics.count, size_t(3));
        data.task = Task::Regression;
        for (size_t i = 0; i < data.samples.size(); ++i)
            data.samples[i].target = double(i);
        const TrivialBaseline r = trivialBaseline(data, {0, 1, 2, 3}, {4, 5, 6, 7});
        QCOMPARE(r.mean, 1.5);
        QCOMPARE(r.metrics.mae, 4.0);
    }

    void policyRoundTripsInModelConfig()
    {
        ModelConfig m;
        m.name = QStringLiteral("clinic");
        m.source = QStringLiteral("store:");
        m.label = QStringLiteral("y");
        m.gate.minimumScore = 0.6;
        m.gate.minimumImprovement = 0.02;
        m.gate.requireApproval = true;
        m.gate.approvalExpiryDays = 3;
        m.gate.rollbackMargin = 0.1;
        m.gate.autoRollback = false;
        const ModelConfig back = ModelConfig::fromJson(json::parse(m.toJson().dump()));
        QCOMPARE(back.gate.minimumScore.value_or(-1), 0.6);
        QCOMPARE(back.gate.minimumImprovement, 0.02);
        QVERIFY(back.gate.requireApproval);
        QCOMPARE(back.gate.approvalExpiryDays, 3);
        QCOMPARE(back.gate.rollbackMargin, 0.1);
        QVERIFY(!back.gate.autoRollback);

        json old = m.toJson();
        old.erase("gate"); // a workspace.json written before the gate existed
        const ModelConfig defaults = ModelConfig::fromJson(old);
        QVERIFY(!defaults.gate.minimumScore);
        QCOMPARE(defaults.gate.minimumImprovement, 0.0);
        QVERIFY(!defaults.gate.requireApproval);
        QCOMPARE(defaults.gate.approvalExpiryDays, 7);
        QVERIFY(defaults.gate.autoRollback);
    }

    void badPolicyValuesNameModelAndField_data()
    {
        QTest::addColumn<QString>("gate");
        QTest::addColumn<QString>("field");
        QTest::newRow("improvement text") << s(R"({"minimum_improvement": "much"})") << s("gate.minimum_improvement");
        QTest::newRow("approval not bool") << s(R"({"require_approval": "yes"})") << s("gate.require_approval");
        QTest::newRow("expiry zero") << s(R"({"approval_expiry_days": 0})") << s("gate.approval_expiry_days");
        QTest::newRow("expiry fraction") << s(R"({"approval_expiry_days": 1.5})") << s("gate.approval_expiry_days");
        QTest::newRow("negative margin") << s(R"({"rollback_margin": -1})") << s("gate.rollback_margin");
        QTest::newRow("not an object") << s(R"([1])") << s("gate");
    }

    void badPolicyValuesNameModelAndField()
    {
        QFETCH(QString, gate);
        QFETCH(QString, field);
        json j = {{"name", "delay"}, {"task", "regression"}, {"source", "store:"}, {"label", "y"}};
        j["gate"] = json::parse(gate.toStdString());
        try {
            ModelConfig::fromJson(j);
            QFAIL("a bad gate value was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("'delay'")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1Char('\'') + field + QLatin1Char('\'')), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestGate)
#include "tst_gate.moc"
