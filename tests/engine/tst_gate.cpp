// The promotion gate: every rule as a table (floor, improvement, approval, lower-is-better metrics), and
// the gate settings in workspace.json (round trip, defaults for older files, errors naming model and field).
#include "error.h"
#include "gate_policy.h"
#include "model_config.h"
#include <QtTest>
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
