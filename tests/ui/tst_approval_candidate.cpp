// What the approval dialog compares: which way each metric counts (higher r2 is better, lower rmse is
// better, counts are not judged), and the candidate loaded from a real registry and run.
#include "approval_candidate.h"
#include "approval_fixture.h"
#include "error.h"
#include <QTest>

using namespace retrainer;
using test::kClinic;

class TestApprovalCandidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdict_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("candidate");
        QTest::addColumn<double>("active");
        QTest::addColumn<bool>("judged");
        QTest::addColumn<int>("verdict");
        QTest::newRow("r2 higher") << QStringLiteral("r2") << 0.91 << 0.88 << true << 1;
        QTest::newRow("r2 lower") << QStringLiteral("r2") << 0.80 << 0.88 << true << -1;
        QTest::newRow("rmse lower") << QStringLiteral("rmse") << 4.1 << 4.6 << true << 1;
        QTest::newRow("mae higher") << QStringLiteral("mae") << 3.9 << 3.5 << true << -1;
        QTest::newRow("accuracy equal") << QStringLiteral("accuracy") << 0.75 << 0.75 << true << 0;
        QTest::newRow("count not judged") << QStringLiteral("count") << 300.0 << 279.0 << false << 0;
    }

    void verdict()
    {
        QFETCH(QString, metric);
        QFETCH(double, candidate);
        QFETCH(double, active);
        QFETCH(bool, judged);
        QFETCH(int, verdict);
        MetricComparison row{metric, candidate, active, false, judged};
        QCOMPARE(*row.difference(), candidate - active);
        QCOMPARE(row.verdict(), verdict);
        row.active.reset();
        QVERIFY(!row.difference());
        QCOMPARE(row.verdict(), 0);
    }

    void loadsFromTheRegistryAndTheRun()
    {
        test::ApprovalFixture fx;
        QVERIFY_THROWS_EXCEPTION(Error, loadApprovalCandidate(fx.registry(), fx.workspace->store(), kClinic, 1, QStringLiteral("r2")));

        QCOMPARE(toString(fx.train(QStringLiteral("trainer")).state), QStringLiteral("promoted"));
        const ApprovalCandidate first = loadApprovalCandidate(fx.registry(), fx.workspace->store(), kClinic, 1, QStringLiteral("r2"));
        QVERIFY(first.active && first.active->version == 1);
        QVERIFY(first.run.has_value());
        QVERIFY(!first.sameHoldout); // nothing was in service when it was trained
        QCOMPARE(first.approvalState(), QString());

        const int version = fx.candidate();
        const ApprovalCandidate c = loadApprovalCandidate(fx.registry(), fx.workspace->store(), kClinic, version, QStringLiteral("mae"));
        QCOMPARE(c.candidate.version, version);
        QCOMPARE(c.active->version, 1);
        QCOMPARE(c.approvalState(), QStringLiteral("pending"));
        QCOMPARE(c.run->version.value_or(0), version);
        QVERIFY(c.sameHoldout);
        QCOMPARE(c.primaryMetric, QStringLiteral("r2")); // recorded with the version, not the one passed in
        QVERIFY(c.metrics.front().primary);
        QCOMPARE(c.metrics.front().metric, QStringLiteral("r2"));
        QCOMPARE(*c.metrics.front().active, c.run->gate["champion"]["metrics"]["r2"].get<double>());
        QVERIFY(c.expires() > fx.clock.now());
        QVERIFY(c.gateSummary().contains(QStringLiteral("r2")));
    }
};

QTEST_MAIN(TestApprovalCandidate)
#include "tst_approval_candidate.moc"
