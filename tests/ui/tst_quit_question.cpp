// Quitting while a model trains asks first, on a real demo workspace: "Keep running in the tray" hides
// the window and lets the training finish, "Cancel" changes nothing, "Quit and cancel the training" cancels
// it (recorded as cancelled) and quits.
#include "console_fixture.h"
#include "main_window.h"
#include "question_answers.h"
#include "runner.h"
#include "tray_icon.h"
#include <QAction>
#include <algorithm>

using namespace retrainer;
using retrainer::test::kClinic;

class TstQuitQuestion : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;

    // Starts a run of every model, chooses File > Quit and returns the question that appears.
    QPointer<QMessageBox> quitWhileTraining()
    {
        m_window->bringToFront();
        m_fixture.engine->trainAll();
        [&] { QVERIFY(m_fixture.engine->runner().activeCount() > 0); }();
        m_window->quitAction()->trigger();
        return test::waitForQuestion(m_window.get(), QStringLiteral("quitQuestion"));
    }

    // The runs recorded after run `lastId`, of every model.
    std::vector<RunRecord> runsEndedSince(qint64 lastId)
    {
        std::vector<RunRecord> out;
        for (const auto& model : m_fixture.engine->workspace().models())
            for (const auto& run : m_fixture.engine->workspace().store().runs(model.name))
                if (run.id > lastId)
                    out.push_back(run);
        return out;
    }

    // Waits until every run has ended; true when none of those after `lastId` was cancelled.
    bool allRunsEndedUncancelled(qint64 lastId)
    {
        if (!QTest::qWaitFor([&] { return m_fixture.engine->runner().activeCount() == 0; }, 120000))
            return false;
        const auto runs = runsEndedSince(lastId);
        return !runs.empty()
               && std::none_of(runs.begin(), runs.end(), [](const RunRecord& r) { return r.state == RunState::Cancelled; });
    }

    qint64 newestRunId()
    {
        qint64 newest = 0;
        for (const auto& model : m_fixture.engine->workspace().models())
            for (const auto& run : m_fixture.engine->workspace().store().runs(model.name, 1))
                newest = std::max(newest, run.id);
        return newest;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
        m_window = std::make_unique<MainWindow>(*m_fixture.engine);
        m_tray = std::make_unique<TrayIcon>(*m_fixture.engine);
        m_tray->show();
        QVERIFY(m_tray->isVisible());
        m_window->setTray(m_tray.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_tray.reset();
        m_window.reset();
    }

    void cleanup() { QTRY_COMPARE_WITH_TIMEOUT(m_fixture.engine->runner().activeCount(), 0, 120000); }

    void keepRunningHidesTheWindowAndTrainingGoesOn()
    {
        const qint64 before = newestRunId();
        QPointer<QMessageBox> question = quitWhileTraining();
        QVERIFY(question);
        QVERIFY2(question->text().contains(kClinic), qPrintable(question->text()));
        QVERIFY(question->findChild<QPushButton*>(QStringLiteral("quitAndCancel")));
        QVERIFY(question->findChild<QPushButton*>(QStringLiteral("doNotQuit")));
        QVERIFY(test::answer(question, "keepRunning"));
        QTRY_VERIFY(!m_window->isVisible());
        QVERIFY(allRunsEndedUncancelled(before));
    }

    void cancelChangesNothing()
    {
        const qint64 before = newestRunId();
        QPointer<QMessageBox> question = quitWhileTraining();
        QVERIFY(question);
        QVERIFY(test::answer(question, "doNotQuit"));
        QTRY_VERIFY(!question || !question->isVisible());
        QVERIFY(m_window->isVisible());
        QVERIFY(allRunsEndedUncancelled(before));
    }

    // Last: it quits the application (which, in a test, only closes the windows).
    void quitAndCancelCancelsTheTraining()
    {
        const qint64 before = newestRunId();
        QPointer<QMessageBox> question = quitWhileTraining();
        QVERIFY(question);
        QVERIFY(test::answer(question, "quitAndCancel"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.engine->runner().activeCount(), 0, 60000);
        const auto runs = runsEndedSince(before);
        QCOMPARE(int(runs.size()), int(m_fixture.engine->workspace().models().size()));
        QVERIFY(std::any_of(runs.begin(), runs.end(), [](const RunRecord& r) { return r.state == RunState::Cancelled; }));
    }
};

QTEST_MAIN(TstQuitQuestion)
#include "tst_quit_question.moc"
