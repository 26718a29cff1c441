#include "console_fixture.h"
#include "main_window.h"
#include "runner.h"
#include "tray_icon.h"
#include <QAction>
#include <QSignalSpy>

using namespace retrainer;
using retrainer::test::kClinic;

class TstTrayIcon : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
        m_window = std::make_unique<MainWindow>(*m_fixture.engine);
        m_tray = std::make_unique<TrayIcon>(*m_fixture.engine);
        connect(m_tray.get(), &TrayIcon::openRequested, m_window.get(), &MainWindow::bringToFront);
        m_window->setTray(m_tray.get());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshots().size() == 5, 60000);
    }

    void cleanupTestCase()
    {
        m_tray.reset();
        m_window.reset();
    }

    void tooltipNamesTheNextRun()
    {
        QCOMPARE(toString(m_tray->state()), QStringLiteral("idle"));
        QVERIFY2(m_tray->toolTip().contains(QStringLiteral("Next: ")), qPrintable(m_tray->toolTip()));
        QVERIFY(!m_tray->toolTip().contains(QStringLiteral("Last: ")));
    }

    void openShowsTheWindow()
    {
        QVERIFY(!m_window->isVisible());
        m_tray->openAction()->trigger();
        QVERIFY(m_window->isVisible());
    }

    void trainAllNowStartsEveryModel()
    {
        const auto models = m_fixture.engine->workspace().models();
        m_tray->trainAllAction()->trigger();
        QCOMPARE(m_fixture.engine->runner().activeCount() > 0, true);
        for (const auto& m : models)
            QVERIFY2(m_fixture.engine->isTraining(m.name) ||
                         !m_fixture.engine->workspace().store().runs(m.name).empty(),
                     qPrintable(m.name));
        QCOMPARE(toString(m_tray->state()), QStringLiteral("training"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.engine->runner().activeCount(), 0, 60000);
        for (const auto& m : models)
            QCOMPARE(int(m_fixture.engine->workspace().store().runs(m.name).size()), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_tray->toolTip().contains(QStringLiteral("Last: ")), 60000);
        QVERIFY(m_tray->toolTip().contains(QStringLiteral("promoted to version 1")));
        QCOMPARE(toString(m_tray->state()), QStringLiteral("idle"));
    }

    void pauseAndResumeToggleScheduling()
    {
        QVERIFY(!m_fixture.engine->pausedAll());
        QCOMPARE(m_tray->pauseAction()->text(), QStringLiteral("Pause scheduling"));
        m_tray->pauseAction()->trigger();
        QVERIFY(m_fixture.engine->pausedAll());
        QVERIFY(m_fixture.engine->scheduler().pausedAll());
        QCOMPARE(m_tray->pauseAction()->text(), QStringLiteral("Resume scheduling"));
        QVERIFY(m_tray->toolTip().contains(QStringLiteral("Scheduling is paused")));
        m_tray->pauseAction()->trigger();
        QVERIFY(!m_fixture.engine->scheduler().pausedAll());
        QCOMPARE(m_tray->pauseAction()->text(), QStringLiteral("Pause scheduling"));
        QVERIFY(!m_tray->toolTip().contains(QStringLiteral("Scheduling is paused")));
    }

    void quitIsForwarded()
    {
        QSignalSpy quit(m_tray.get(), &TrayIcon::quitRequested);
        m_tray->quitAction()->trigger();
        QCOMPARE(quit.count(), 1);
    }
};

QTEST_MAIN(TstTrayIcon)
#include "tst_tray_icon.moc"
