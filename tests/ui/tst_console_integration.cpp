// The console's pieces wired together on a real demo workspace: the Data tab, settings saved through the
// engine (audited with the OS user), the Audit trail page, and a candidate awaiting approval reviewed from
// the badge on the model page.
#include "approval_badge.h"
#include "approval_dialog.h"
#include "audit_log.h"
#include "audit_model.h"
#include "audit_page.h"
#include "console_fixture.h"
#include "data_quality_page.h"
#include "main_window.h"
#include "model_page.h"
#include "model_settings_page.h"
#include "quality_check.h"
#include "validated_field.h"
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace retrainer;
using retrainer::test::kClinic;

class TstConsoleIntegration : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;

    bool auditHas(const QString& action, const QString& model)
    {
        for (const auto& entry : AuditLog(m_fixture.engine->workspace().store()).entries(model, 50))
            if (entry.action == action && entry.actor == m_fixture.engine->actor())
                return true;
        return false;
    }

private slots:
    void initTestCase() { QVERIFY(m_fixture.setUp()); }

    void init()
    {
        m_window = std::make_unique<MainWindow>(*m_fixture.engine);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshots().size() == 5, 60000);
    }

    void cleanup() { m_window.reset(); }

    void dataTabShowsTheModelsQualityReport()
    {
        QVERIFY(m_window->showPage(QStringLiteral("model:") + kClinic));
        ModelPage* page = m_window->modelPage();
        QCOMPARE(page->tabs()->tabText(ModelPage::DataTab), QStringLiteral("Data"));
        page->tabs()->setCurrentIndex(ModelPage::DataTab);
        const QualityReport expected = checkQuality(m_fixture.engine->workspace(), kClinic);
        QVERIFY(expected.rows > 0);
        const auto* summary = page->data()->findChild<QLabel*>(QStringLiteral("summary"));
        QVERIFY(summary);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QStringLiteral("Usable rows: %1,").arg(expected.rows)), 60000);
    }

    void dataTabFollowsARunOfItsModel()
    {
        QVERIFY(m_window->showPage(QStringLiteral("model:") + kClinic));
        ModelPage* page = m_window->modelPage();
        page->tabs()->setCurrentIndex(ModelPage::DataTab);
        const auto* hygiene = page->data()->findChild<QLabel*>(QStringLiteral("hygiene"));
        QVERIFY(hygiene);
        QTRY_VERIFY_WITH_TIMEOUT(hygiene->text().startsWith(QStringLiteral("No run has cleaned")), 60000);
        // A run of the model shown cleans its data: the tab says so without Refresh being pressed.
        QVERIFY(m_fixture.trainAndWait(kClinic));
        QTRY_VERIFY_WITH_TIMEOUT(hygiene->text().startsWith(QStringLiteral("The last run removed")), 30000);
    }

    void settingsAreSavedThroughTheEngineAndAudited()
    {
        QVERIFY(m_window->showPage(QStringLiteral("model:") + kClinic));
        ModelSettingsPage* settings = m_window->modelPage()->settings();
        auto* threshold = settings->findChild<ValidatedField*>(QStringLiteral("thresholdField"));
        QVERIFY(threshold);
        threshold->lineEdit()->selectAll();
        QTest::keyClick(threshold->lineEdit(), Qt::Key_Backspace);
        QTest::keyClicks(threshold->lineEdit(), QStringLiteral("0.65"));
        auto* save = settings->findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY(save && save->isEnabled());
        QSignalSpy saved(settings, &ModelSettingsPage::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
        QCOMPARE(m_fixture.engine->workspace().requireModel(kClinic).triggers.performance.threshold, 0.65);
        QVERIFY(auditHas(QStringLiteral("settings"), kClinic));
        auto reopened = Workspace::open(m_fixture.dir.path());
        QCOMPARE(reopened->requireModel(kClinic).triggers.performance.threshold, 0.65);
    }

    void auditPageListsWhatTheConsoleDid()
    {
        QVERIFY(m_fixture.trainAndWait(kClinic));
        QVERIFY(auditHas(QStringLiteral("train"), kClinic));
        AuditPage* audit = m_window->auditPage();
        QSignalSpy reloaded(audit, &AuditPage::reloaded);
        QVERIFY(m_window->showPage(QStringLiteral("audit")));
        QCOMPARE(m_window->currentPage(), QStringLiteral("audit"));
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() > 0, 30000);
        bool listed = false;
        const AuditModel* model = audit->auditModel();
        for (int row = 0; row < model->rowCount(); ++row)
            listed = listed || (model->index(row, AuditModel::ActorColumn).data().toString() == m_fixture.engine->actor()
                                && model->index(row, AuditModel::ActionColumn).data(AuditModel::ActionRole).toString()
                                       == QStringLiteral("train"));
        QVERIFY(listed);
    }

    void candidateAwaitingApprovalIsReviewedFromTheBadge()
    {
        ModelConfig config = m_fixture.engine->workspace().requireModel(kClinic);
        config.gate.requireApproval = true;
        // New (random) consultations, and a candidate up to 1.0 worse may wait for approval: a retrain on
        // unchanged data whose candidate only equals the version in service would register nothing.
        config.gate.minimumImprovement = -1.0;
        appendDemoConsultations(m_fixture.dir.path(), 10, 1);
        auto saving = m_fixture.engine->saveModel(config);
        QCOMPARE(QCoro::waitFor(saving), QString());
        QVERIFY(m_window->showPage(QStringLiteral("model:") + kClinic));
        ApprovalBadge* badge = m_window->modelPage()->approvalBadge();
        const int before = badge->count();
        const qint64 id = test::startedRun(m_fixture.engine->train(kClinic));
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.engine->isTraining(kClinic), 60000);
        const auto run = m_fixture.engine->workspace().store().run(id);
        QVERIFY(run);
        QCOMPARE(toString(run->state), QStringLiteral("awaiting_approval"));
        QTRY_COMPARE_WITH_TIMEOUT(badge->count(), before + 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 30000);

        QTest::mouseClick(badge, Qt::LeftButton);
        ApprovalDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->modelPage()->findChild<ApprovalDialog*>()) && dialog->isVisible(), 30000);
        QSignalSpy decided(dialog, &ApprovalDialog::decided);
        auto approving = dialog->approveCandidate();
        QCoro::waitFor(approving);
        QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 30000);
        QCOMPARE(m_fixture.engine->workspace().registry().active(kClinic)->version, *run->version);
        QVERIFY(auditHas(QStringLiteral("approve"), kClinic));
        QTRY_COMPARE_WITH_TIMEOUT(badge->count(), before, 30000);
    }
};

QTEST_MAIN(TstConsoleIntegration)
#include "tst_console_integration.moc"
