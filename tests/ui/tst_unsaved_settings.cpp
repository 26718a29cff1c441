// Choosing another model while the shown model's settings are changed and unsaved asks first: Cancel keeps
// the edit and the model, Discard drops the edit and switches, Save stores it (through the engine) and
// switches. Clicked in the sidebar as a person would, on a real demo workspace.
#include "console_fixture.h"
#include "question_answers.h"
#include "main_window.h"
#include "model_page.h"
#include "model_settings_page.h"
#include "model_sidebar.h"
#include <QSpinBox>
#include <QTabWidget>

using namespace retrainer;
using retrainer::test::kClinic;

namespace {

const QString kDelay = QStringLiteral("delivery-delay");

} // namespace

class TstUnsavedSettings : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;

    QSpinBox* minimumRows() const
    {
        return m_window->modelPage()->settings()->findChild<QSpinBox*>(QStringLiteral("minimumRows"));
    }

    // Changes the clinic's minimum rows on its Settings tab, then picks the delivery model in the sidebar;
    // returns the question that appears.
    QPointer<QMessageBox> editThenChooseAnotherModel(int rows)
    {
        [&] {
            QVERIFY(m_window->showPage(QStringLiteral("model:") + kClinic));
            m_window->modelPage()->tabs()->setCurrentWidget(m_window->modelPage()->settings());
            QVERIFY(minimumRows());
            minimumRows()->setValue(rows);
            QVERIFY(m_window->modelPage()->settings()->isModified());
            m_window->sidebar()->setCurrentItem(m_window->sidebar()->itemOf(QStringLiteral("model:") + kDelay));
        }();
        return test::waitForQuestion(m_window.get(), QStringLiteral("unsavedSettings"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
        m_window = std::make_unique<MainWindow>(*m_fixture.engine);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshots().size() == 5, 60000);
    }

    void cleanupTestCase() { m_window.reset(); }

    void cancelKeepsTheEditAndTheModel()
    {
        const int stored = m_fixture.engine->workspace().requireModel(kClinic).minimumSamples;
        QPointer<QMessageBox> question = editThenChooseAnotherModel(stored + 7);
        QVERIFY(question);
        QVERIFY(question->text().contains(kClinic));
        // Until answered, nothing switched, the sidebar included.
        QCOMPARE(m_window->modelPage()->model(), kClinic);
        QCOMPARE(m_window->sidebar()->currentPage(), QStringLiteral("model:") + kClinic);
        QVERIFY(test::answer(question, "stay"));
        QTRY_VERIFY(!question || !question->isVisible());
        QCOMPARE(m_window->currentPage(), QStringLiteral("model:") + kClinic);
        QCOMPARE(m_window->sidebar()->currentPage(), QStringLiteral("model:") + kClinic);
        QCOMPARE(minimumRows()->value(), stored + 7);
        QVERIFY(m_window->modelPage()->settings()->isModified());
        QCOMPARE(m_window->modelPage()->tabs()->currentWidget(), m_window->modelPage()->settings());
    }

    void discardDropsTheEditAndSwitches()
    {
        const int stored = m_fixture.engine->workspace().requireModel(kClinic).minimumSamples;
        QPointer<QMessageBox> question = editThenChooseAnotherModel(stored + 8);
        QVERIFY(question);
        QVERIFY(test::answer(question, "discard"));
        QTRY_COMPARE(m_window->currentPage(), QStringLiteral("model:") + kDelay);
        QCOMPARE(m_window->sidebar()->currentPage(), QStringLiteral("model:") + kDelay);
        QCOMPARE(m_fixture.engine->workspace().requireModel(kClinic).minimumSamples, stored);
        QVERIFY(!m_window->modelPage()->settings()->isModified());
    }

    void saveStoresTheEditAndSwitches()
    {
        const int stored = m_fixture.engine->workspace().requireModel(kClinic).minimumSamples;
        QPointer<QMessageBox> question = editThenChooseAnotherModel(stored + 9);
        QVERIFY(question);
        QVERIFY(test::answer(question, "save"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), QStringLiteral("model:") + kDelay, 10000);
        QCOMPARE(m_fixture.engine->workspace().requireModel(kClinic).minimumSamples, stored + 9);
        QCOMPARE(m_window->modelPage()->settings()->modelName(), kDelay);
    }

    void unchangedSettingsSwitchWithoutAsking()
    {
        QVERIFY(m_window->showPage(QStringLiteral("model:") + kClinic));
        QVERIFY(!m_window->modelPage()->settings()->isModified());
        m_window->sidebar()->setCurrentItem(m_window->sidebar()->itemOf(QStringLiteral("model:") + kDelay));
        QCOMPARE(m_window->currentPage(), QStringLiteral("model:") + kDelay);
        QVERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("unsavedSettings")));
    }
};

QTEST_MAIN(TstUnsavedSettings)
#include "tst_unsaved_settings.moc"
