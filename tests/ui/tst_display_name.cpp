// Issue 12, item 14: a new user adds "Waiting time (north clinic)" from File > New model… in the console
// on a real demo workspace, sees the identifier derived from it, and sees the model under that name
// in the sidebar, on its page and on the dashboard, trained to its first version.
#include "console_fixture.h"
#include "dashboard_page.h"
#include "field_error_label.h"
#include "main_window.h"
#include "model_card.h"
#include "model_page.h"
#include "model_sidebar.h"
#include "model_wizard.h"
#include "validated_field.h"
#include "wizard_name_page.h"
#include "wizard_source_page.h"
#include "wizard_training_page.h"
#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace retrainer;

namespace {
constexpr int kTimeout = 60000;
const QString kShown = QStringLiteral("Waiting time (north clinic)");
const QString kIdentifier = QStringLiteral("waiting-time-north-clinic");
} // namespace

class TestDisplayName : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;

private slots:
    void initTestCase() { QVERIFY(m_fixture.setUp()); }

    void newUserAddsANamedModelAndSeesItTrained()
    {
        MainWindow window(*m_fixture.engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshots().size() == 5, kTimeout);

        window.newModelAction()->trigger();
        ModelWizard* wizard = window.findChild<ModelWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->sourcePage()->setCsvFile(QStringLiteral(RETRAINER_TEST_DATA "/wizard/visits.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->sourcePage()->isComplete(), kTimeout);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->trainingPage()->isComplete(), kTimeout);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ModelWizard::NamePageId));

        WizardNamePage* page = wizard->namePage();
        QLineEdit* name = page->nameField()->lineEdit();
        name->selectAll();
        QTest::keyClicks(name, kShown);
        QVERIFY2(!page->nameField()->errorLabel()->isVisible(), qPrintable(page->nameField()->error()));
        QCOMPARE(page->modelName(), kIdentifier);
        QVERIFY(page->identifierLabel()->text().contains(kIdentifier));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

        // Saved with both names; the console opens its page and trains it at once.
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.engine->workspace().model(kIdentifier).has_value(), kTimeout);
        QCOMPARE(m_fixture.engine->workspace().model(kIdentifier)->displayName, kShown);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), QStringLiteral("model:") + kIdentifier, kTimeout);
        QCOMPARE(window.modelPage()->titleText(), kShown);
        QTreeWidgetItem* item = window.sidebar()->itemOf(QStringLiteral("model:") + kIdentifier);
        QVERIFY(item);
        QCOMPARE(item->text(0), kShown);

        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.engine->isTraining(kIdentifier), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.engine->workspace().registry().active(kIdentifier).has_value(), kTimeout);
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QTRY_VERIFY_WITH_TIMEOUT(window.dashboard()->card(kIdentifier)
                                     && window.dashboard()->card(kIdentifier)->versionText().startsWith(QStringLiteral("version 1")),
                                 kTimeout);
        QCOMPARE(window.dashboard()->card(kIdentifier)->titleText(), kShown);
        // Issue 12 item 5: the score in words, its meaning and direction, the error in the label's minutes.
        const QString score = window.dashboard()->card(kIdentifier)->scoreText();
        QVERIFY2(score.startsWith(QStringLiteral("R² ")), qPrintable(score));
        QVERIFY2(score.contains(QStringLiteral("1 is perfect")), qPrintable(score));
        QVERIFY2(score.contains(QStringLiteral("typical error ± ")) && score.contains(QStringLiteral(" minutes — ")),
                 qPrintable(score));
        QVERIFY2(score.contains(QStringLiteral("lower is better")), qPrintable(score));
    }

    void aTakenDisplayNameIsRefusedWhateverItsCase()
    {
        ModelWizard wizard(m_fixture.engine->workspace(), m_fixture.engine->workers());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.sourcePage()->setCsvFile(QStringLiteral(RETRAINER_TEST_DATA "/wizard/visits.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.sourcePage()->isComplete(), kTimeout);
        wizard.next();
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.trainingPage()->isComplete(), kTimeout);
        wizard.next();
        ValidatedField* field = wizard.namePage()->nameField();
        // Proposed from the label, readable and free.
        QCOMPARE(field->text(), QStringLiteral("Waiting minutes"));
        field->setText(kShown.toUpper());
        QVERIFY(field->errorLabel()->isVisible());
        QVERIFY(field->error().contains(QStringLiteral("already exists")));
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        field->setText(QStringLiteral("Waiting time (south clinic)"));
        QVERIFY(field->isValid());
        QCOMPARE(wizard.namePage()->modelName(), QStringLiteral("waiting-time-south-clinic"));
    }
};

QTEST_MAIN(TestDisplayName)
#include "tst_display_name.moc"
