// Approvals end to end on a real workspace: a candidate that needs approval is registered but not
// served; approving verifies and activates it (audited, predictor reloaded); rejecting keeps it out;
// an unanswered request expires by the clock.
#include "engine_fixture.h"
#include "error.h"
#include <QSignalSpy>

using namespace retrainer;
using json = nlohmann::json;

class TestApprovals : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    const QString m_name = QStringLiteral("waiting");

    void addModel(bool requireApproval)
    {
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(200)));
        ModelConfig m = test::csvModel(m_name, QStringLiteral("data.csv"));
        m.gate.requireApproval = requireApproval;
        m.gate.approvalExpiryDays = 2;
        m_ws->addModel(m);
    }

private Q_SLOTS:
    void init() { test::recreateWorkspace(m_dir, m_ws); }

    void candidateAwaitsApprovalThenServesWhenApproved()
    {
        addModel(true);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Engine engine(*m_ws, clock);
        QSignalSpy pending(&engine, &Engine::approvalPending);
        QSignalSpy decided(&engine, &Engine::approvalDecided);
        QSignalSpy promoted(&engine, &Engine::versionPromoted);

        const RunRecord run = test::trainAndWait(engine, m_name);
        QCOMPARE(toString(run.state), QStringLiteral("awaiting_approval"));
        QCOMPARE(run.version.value_or(0), 1);
        QCOMPARE(QString::fromStdString(run.gate["rule"].get<std::string>()), QStringLiteral("approval_required"));
        QVERIFY(!m_ws->registry().active(m_name)); // registered, not serving
        auto v1 = m_ws->registry().version(m_name, 1);
        QVERIFY(v1);
        QCOMPARE(v1->approvalState(), QStringLiteral("pending"));
        QCOMPARE(v1->approval["run"].get<qint64>(), run.id);
        const auto requested = QDateTime::fromString(QString::fromStdString(v1->approval["requested"].get<std::string>()), Qt::ISODate);
        const auto expires = QDateTime::fromString(QString::fromStdString(v1->approval["expires"].get<std::string>()), Qt::ISODate);
        QCOMPARE(requested.daysTo(expires), 2);
        QCOMPARE(v1->toJson()["approval"]["state"].get<std::string>(), std::string("pending"));
        QCOMPARE(int(m_ws->registry().pendingApprovals().size()), 1);
        QTRY_COMPARE_WITH_TIMEOUT(pending.count(), 1, 30000);
        QCOMPARE(pending.at(0).at(1).toInt(), 1);

        QCoro::waitFor(engine.approve(m_name, 1, QStringLiteral("alice"), QStringLiteral("looks right")));
        const auto active = m_ws->registry().active(m_name);
        QVERIFY(active);
        QCOMPARE(active->version, 1);
        QCOMPARE(active->approvalState(), QStringLiteral("approved"));
        QCOMPARE(active->approval["by"].get<std::string>(), std::string("alice"));
        QCOMPARE(active->approval["comment"].get<std::string>(), std::string("looks right"));
        QCOMPARE(engine.predictors().servedVersion(m_name).value_or(0), 1);
        QCOMPARE(decided.count(), 1);
        QVERIFY(decided.at(0).at(2).toBool());
        QCOMPARE(promoted.count(), 1);
        const auto audit = engine.audit().entries(m_name);
        QVERIFY(audit.size() >= 2);
        QCOMPARE(audit[0].action, QStringLiteral("approve"));
        QCOMPARE(audit[0].actor, QStringLiteral("alice"));
        QCOMPARE(audit[0].detail["version"].get<int>(), 1);
        QCOMPARE(audit[1].action, QStringLiteral("train"));
        bool approvedEvent = false;
        for (const auto& e : m_ws->store().events(m_name, 10))
            approvedEvent = approvedEvent || e.type == QLatin1String("APPROVED");
        QVERIFY(approvedEvent);

        // Approving twice is refused and changes nothing.
        QVERIFY(test::errorOf(engine.approve(m_name, 1, QStringLiteral("bob"), {}))
                    .contains(QStringLiteral("not awaiting approval")));
        QCOMPARE(engine.audit().entries(m_name).size(), audit.size());
    }

    void rejectedCandidateNeverServes()
    {
        addModel(false);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Engine engine(*m_ws, clock);
        QCOMPARE(toString(test::trainAndWait(engine, m_name).state), QStringLiteral("promoted")); // v1, no approval
        ModelConfig m = m_ws->requireModel(m_name);
        m.gate.requireApproval = true;
        QCoro::waitFor(engine.updateModel(m, QStringLiteral("alice")));
        QCOMPARE(engine.audit().entries(m_name, 1).front().action, QStringLiteral("settings"));
        // New rows: on unchanged data a candidate equal to version 1 would register nothing.
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(240)));
        QCOMPARE(toString(test::trainAndWait(engine, m_name, true).state), QStringLiteral("awaiting_approval"));

        QVERIFY(test::errorOf(engine.reject(m_name, 2, QStringLiteral("bob"), QStringLiteral("  ")))
                    .contains(QStringLiteral("comment")));
        QVERIFY(test::errorOf(engine.approve(m_name, 1, QStringLiteral("bob"), {}))
                    .contains(QStringLiteral("did not need approval")));
        QVERIFY(test::errorOf(engine.approve(m_name, 9, QStringLiteral("bob"), {}))
                    .contains(QStringLiteral("no version 9")));
        QCoro::waitFor(engine.reject(m_name, 2, QStringLiteral("bob"), QStringLiteral("too slow in the morning")));
        QCOMPARE(m_ws->registry().active(m_name)->version, 1);
        const auto v2 = m_ws->registry().version(m_name, 2);
        QCOMPARE(v2->approvalState(), QStringLiteral("rejected"));
        QCOMPARE(v2->approval["comment"].get<std::string>(), std::string("too slow in the morning"));
        QVERIFY(test::errorOf(engine.approve(m_name, 2, QStringLiteral("alice"), {}))
                    .contains(QStringLiteral("it was rejected")));
        const auto last = engine.audit().entries(m_name, 1).front();
        QCOMPARE(last.action, QStringLiteral("reject"));
        QCOMPARE(last.actor, QStringLiteral("bob"));
        QVERIFY(m_ws->registry().pendingApprovals(m_name).empty());
    }

    void unansweredRequestsExpire()
    {
        addModel(true);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Engine engine(*m_ws, clock);
        QCOMPARE(toString(test::trainAndWait(engine, m_name).state), QStringLiteral("awaiting_approval"));
        QCOMPARE(toString(test::trainAndWait(engine, m_name, true).state), QStringLiteral("awaiting_approval"));
        QCOMPARE(int(m_ws->registry().pendingApprovals(m_name).size()), 2);

        clock.advance(24 * 3600); // one day: still within the 2 days
        QCOMPARE(engine.automation().expireApprovals(), 0);
        clock.advance(36 * 3600); // past the expiry
        QCOMPARE(engine.automation().expireApprovals(), 2);
        QCOMPARE(m_ws->registry().version(m_name, 1)->approvalState(), QStringLiteral("expired"));
        QVERIFY(!m_ws->registry().active(m_name));
        const auto alerts = engine.automation().alerts().alerts(m_name);
        QCOMPARE(int(alerts.size()), 2);
        QCOMPARE(alerts[0].kind, QStringLiteral("approval-expired"));
        QVERIFY(test::errorOf(engine.approve(m_name, 2, QStringLiteral("alice"), {}))
                    .contains(QStringLiteral("expired")));
        QCOMPARE(engine.automation().expireApprovals(), 0); // only once
    }

    void approvalOfAnExpiredRequestIsRefusedEvenBeforeTheHourlyCheck()
    {
        addModel(true);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Engine engine(*m_ws, clock);
        QCOMPARE(toString(test::trainAndWait(engine, m_name).state), QStringLiteral("awaiting_approval"));
        clock.advance(3 * 24 * 3600);
        QVERIFY(test::errorOf(engine.approve(m_name, 1, QStringLiteral("alice"), {}))
                    .contains(QStringLiteral("expired")));
        QCOMPARE(m_ws->registry().version(m_name, 1)->approvalState(), QStringLiteral("expired"));
        QVERIFY(!m_ws->registry().active(m_name));
    }
};

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
