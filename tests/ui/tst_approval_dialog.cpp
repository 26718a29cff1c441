// The approval dialog over a real demo workspace, real trainings and a real Engine: both versions'
// metrics side by side, a rejection that needs a comment, approval putting the candidate in service
// (audited with the OS user), rejection keeping the version in service, and a damaged file refused.
#include "approval_dialog.h"
#include "approval_fixture.h"
#include "cli_context.h"
#include <QHeaderView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace retrainer;
using test::kClinic;

namespace {

constexpr int kTimeout = 30000;

QString shown(double value) { return QLocale().toString(value, 'f', 4); }

// The row of the comparison table whose first cell starts with `metric`, or -1.
int rowOf(const QTableWidget& table, const QString& metric)
{
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.item(row, 0)->text().startsWith(metric))
            return row;
    return -1;
}

} // namespace

class TestApprovalDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ApprovalFixture> m_fx;

    int activeVersion() { return m_fx->registry().active(kClinic)->version; }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx = std::make_unique<test::ApprovalFixture>();
        // The version in service knows only the queue length and the first candidate every column, so
        // that the two versions' figures differ (and the gate cannot compare them on the same holdout).
        // (The hour alone predicts worse than the mean waiting time: the gate refuses such a version.)
        ModelConfig clinic = m_fx->workspace->requireModel(kClinic);
        clinic.features = {QStringLiteral("queue_length")};
        QCoro::waitFor(m_fx->engine->updateModel(clinic, QStringLiteral("trainer")));
        const RunRecord first = m_fx->train(QStringLiteral("trainer"));
        QVERIFY2(first.state == RunState::Promoted, qPrintable(first.error));
        clinic.features.clear();
        QCoro::waitFor(m_fx->engine->updateModel(clinic, QStringLiteral("trainer")));
    }

    void cleanupTestCase() { m_fx.reset(); }

    void showsBothVersionsAndApproves()
    {
        const int before = activeVersion();
        const int candidate = m_fx->candidate();
        QCOMPARE(activeVersion(), before); // the gate kept it out of service

        ApprovalDialog dialog(*m_fx->engine, kClinic, candidate);
        QCOMPARE(dialog.actor(), cli::currentUser());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kTimeout);

        // Metric by metric, the primary one (r2 for the regression) first and marked.
        const QTableWidget& table = *dialog.comparisonTable();
        const auto cand = m_fx->registry().version(kClinic, candidate)->metadata["metrics"];
        QVERIFY(table.rowCount() >= 3);
        QCOMPARE(table.item(0, 0)->text(), QStringLiteral("r2 (primary)"));
        QVERIFY(table.item(0, 0)->font().bold());
        QVERIFY(table.horizontalHeaderItem(1)->text().contains(QString::number(candidate)));
        QVERIFY(table.horizontalHeaderItem(2)->text().contains(QString::number(before)));
        for (const char* metric : {"r2", "rmse", "mae"}) {
            const int row = rowOf(table, QString::fromLatin1(metric));
            QVERIFY2(row >= 0, metric);
            QCOMPARE(table.item(row, 1)->text(), shown(cand[metric].get<double>()));
            QVERIFY(table.item(row, 2)->text() != QStringLiteral("—"));
            const QString diff = table.item(row, 3)->text();
            QVERIFY2(diff.startsWith(QLatin1Char('+')) || diff.startsWith(QChar(0x2212)) || diff.startsWith(QChar(0xb1)),
                     qPrintable(diff));
            // Coloured by whether the candidate does better on that metric (green) or worse (red).
            const int verdict = dialog.candidate()->metrics[size_t(row)].verdict();
            const QBrush colour = table.item(row, 3)->foreground();
            QCOMPARE(colour.style() != Qt::NoBrush, verdict != 0);
            if (verdict != 0)
                QCOMPARE(colour.color().green() > colour.color().red(), verdict > 0);
            QVERIFY2(diff.mid(1) != shown(0.0), qPrintable(diff)); // different algorithms, different figures
        }
        const qint64 run = m_fx->registry().version(kClinic, candidate)->approval["run"].get<qint64>();
        QVERIFY2(dialog.gateText().startsWith(QStringLiteral("Run %1: awaiting approval").arg(run)), qPrintable(dialog.gateText()));
        QVERIFY(dialog.expiryText().contains(QStringLiteral("expires")));
        QVERIFY(!dialog.candidate()->sameHoldout);

        // A rejection needs a comment; approval does not.
        QVERIFY(dialog.approveButton()->isEnabled());
        QVERIFY(!dialog.rejectButton()->isEnabled());
        QVERIFY(!dialog.commentNote().isEmpty());
        QTest::keyClicks(dialog.commentEdit(), QStringLiteral("  "));
        QVERIFY(!dialog.rejectButton()->isEnabled());
        QTest::keyClicks(dialog.commentEdit(), QStringLiteral("matches last month"));
        QVERIFY(dialog.rejectButton()->isEnabled());
        QVERIFY(dialog.commentNote().isEmpty());

        QSignalSpy decided(&dialog, &ApprovalDialog::decided);
        QTest::mouseClick(dialog.approveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, kTimeout);
        QCOMPARE(decided.at(0).at(0).toString(), kClinic);
        QCOMPARE(decided.at(0).at(1).toInt(), candidate);
        QCOMPARE(decided.at(0).at(2).toBool(), true);

        QCOMPARE(activeVersion(), candidate);
        const auto approval = m_fx->registry().version(kClinic, candidate)->approval;
        QCOMPARE(QString::fromStdString(approval["state"]), QStringLiteral("approved"));
        QCOMPARE(QString::fromStdString(approval["comment"]), QStringLiteral("matches last month"));
        const auto entries = m_fx->engine->audit().entries(kClinic);
        const auto approved = std::find_if(entries.begin(), entries.end(),
                                           [](const AuditEntry& e) { return e.action == QLatin1String("approve"); });
        QVERIFY(approved != entries.end());
        QCOMPARE(approved->actor, cli::currentUser());
        QCOMPARE(approved->detail["version"].get<int>(), candidate);
        QVERIFY(dialog.statusText().contains(QStringLiteral("in service")));
        // The comparison stays the one the decision was made on.
        QVERIFY(table.horizontalHeaderItem(2)->text().contains(QString::number(before)));
        // Decided: nothing more to do in this dialog.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.approveButton()->isEnabled() && !dialog.rejectButton()->isEnabled()
                                     && dialog.expiryText().contains(QStringLiteral("approved")), kTimeout);
    }

    void rejectsWithComment()
    {
        const int before = activeVersion();
        const int candidate = m_fx->candidate();
        ApprovalDialog dialog(*m_fx->engine, kClinic, candidate);
        dialog.setActor(QStringLiteral("dr-ward"));
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kTimeout);
        QVERIFY(!dialog.rejectButton()->isEnabled());

        QTest::keyClicks(dialog.commentEdit(), QStringLiteral("waits for the new triage rules"));
        QSignalSpy decided(&dialog, &ApprovalDialog::decided);
        QTest::mouseClick(dialog.rejectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, kTimeout);
        QCOMPARE(decided.at(0).at(2).toBool(), false);

        const auto v = m_fx->registry().version(kClinic, candidate);
        QCOMPARE(v->approvalState(), QStringLiteral("rejected"));
        QCOMPARE(QString::fromStdString(v->approval["by"]), QStringLiteral("dr-ward"));
        QCOMPARE(activeVersion(), before);
        QCOMPARE(m_fx->engine->audit().entries(kClinic, 1).front().action, QStringLiteral("reject"));
    }

    void refusesADamagedCandidate()
    {
        const int before = activeVersion();
        const int candidate = m_fx->candidate();
        m_fx->corrupt(candidate);
        ApprovalDialog dialog(*m_fx->engine, kClinic, candidate);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kTimeout);

        QSignalSpy decided(&dialog, &ApprovalDialog::decided);
        QSignalSpy failed(&dialog, &ApprovalDialog::decisionFailed);
        QTest::mouseClick(dialog.approveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QCOMPARE(decided.count(), 0);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("checksum")), qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(QStringLiteral("stays")));
        QCOMPARE(activeVersion(), before);
        QCOMPARE(m_fx->registry().version(kClinic, candidate)->approvalState(), QStringLiteral("pending"));
        // Still pending: the person may try again once the file is restored.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.approveButton()->isEnabled(), kTimeout);
    }

    void followsADecisionMadeElsewhere()
    {
        const int candidate = m_fx->candidate();
        ApprovalDialog dialog(*m_fx->engine, kClinic, candidate);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded() && dialog.approveButton()->isEnabled(), kTimeout);
        // `retrainer reject` from a terminal, through the same engine.
        QCoro::waitFor(m_fx->engine->reject(kClinic, candidate, QStringLiteral("night-shift"), QStringLiteral("duplicate")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.expiryText().contains(QStringLiteral("rejected by night-shift")), kTimeout);
        QVERIFY(!dialog.approveButton()->isEnabled());
        QVERIFY(!dialog.rejectButton()->isEnabled());
    }

    // Issue 12: the dialog speaks of the model by the name it is shown under, not its identifier.
    void showsTheNameShown()
    {
        const QString shown = QStringLiteral("Waiting time (north clinic)");
        ModelConfig clinic = m_fx->workspace->requireModel(kClinic);
        clinic.displayName = shown;
        QCoro::waitFor(m_fx->engine->updateModel(clinic, QStringLiteral("trainer")));
        const int candidate = m_fx->candidate();
        ApprovalDialog dialog(*m_fx->engine, kClinic, candidate);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kTimeout);
        QCOMPARE(dialog.model(), kClinic); // decisions still name the model by its identifier
        QCOMPARE(dialog.shownName(), shown);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Approve or reject %1 version %2").arg(shown).arg(candidate));
        QVERIFY2(dialog.introText().contains(shown), qPrintable(dialog.introText()));
        QVERIFY(!dialog.introText().contains(kClinic));

        QTest::keyClicks(dialog.commentEdit(), QStringLiteral("not this one"));
        QSignalSpy decided(&dialog, &ApprovalDialog::decided);
        QTest::mouseClick(dialog.rejectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, kTimeout);
        QCOMPARE(decided.at(0).at(0).toString(), kClinic);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.introText().contains(shown) && !dialog.introText().contains(kClinic), kTimeout);

        clinic = m_fx->workspace->requireModel(kClinic);
        clinic.displayName.clear();
        QCoro::waitFor(m_fx->engine->updateModel(clinic, QStringLiteral("trainer")));
    }

    void refusesAnExpiredRequest()
    {
        const int before = activeVersion();
        const int candidate = m_fx->candidate();
        ApprovalDialog dialog(*m_fx->engine, kClinic, candidate);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kTimeout);

        QVERIFY(dialog.approveButton()->isEnabled());
        m_fx->clock.advance(8 * 24 * 3600); // nobody answered for 8 days (requests expire after 7)
        QSignalSpy failed(&dialog, &ApprovalDialog::decisionFailed);
        QTest::mouseClick(dialog.approveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("expired")), qPrintable(dialog.statusText()));
        QCOMPARE(activeVersion(), before);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.approveButton()->isEnabled()
                                     && dialog.expiryText().contains(QStringLiteral("expired")), kTimeout);
    }
};

QTEST_MAIN(TestApprovalDialog)
#include "tst_approval_dialog.moc"
