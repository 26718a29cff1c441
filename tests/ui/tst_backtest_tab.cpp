// The Backtest tab on the real demo workspace (offscreen): Run replays the clinic model's own history off the
// GUI thread and draws one line per policy with the trainings marked; Cancel ends a run; nothing is written.
#include "backtest_tab.h"
#include "console_fixture.h"
#include "model_page.h"
#include "registry.h"
#include "store.h"
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace retrainer;
using retrainer::test::kClinic;

class TstBacktestTab : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;

private slots:
    void initTestCase() { QVERIFY(m_fixture.setUp(false)); }

    void runDrawsOneLinePerPolicy()
    {
        BacktestTab tab(*m_fixture.engine);
        tab.setModel(kClinic);
        tab.resize(900, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.fromEdit()->setDate(QDate::currentDate().addDays(-14));
        tab.toEdit()->setDate(QDate::currentDate().addDays(-1));
        tab.policyBox()->setCurrentIndex(tab.policyBox()->findData(QStringLiteral("current")));
        QSignalSpy finished(&tab, &BacktestTab::finished);
        QTest::mouseClick(tab.runButton(), Qt::LeftButton);
        QVERIFY(!tab.runButton()->isEnabled()); // the GUI thread is free while the replay runs
        QVERIFY(tab.cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        QCOMPARE(tab.lineCount(), 3); // its own policy, never, nightly
        QVERIFY(tab.trainingMarkerCount() > 0);
        QVERIFY2(tab.summaryText().startsWith(QStringLiteral("If Retrainer had retrained its own schedule and triggers")),
                 qPrintable(tab.summaryText()));
        QVERIFY(tab.runButton()->isEnabled());
        QVERIFY(m_fixture.engine->workspace().registry().versions(kClinic).empty());
        QVERIFY(m_fixture.engine->workspace().store().runs(kClinic).empty());

        tab.policyBox()->setCurrentIndex(tab.policyBox()->findData(QStringLiteral("never")));
        QTest::mouseClick(tab.runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 120000);
        QCOMPARE(tab.lineCount(), 2); // never, nightly
        QCOMPARE(tab.trainingMarkerCount(), 0);
    }

    void cancelEndsIt()
    {
        BacktestTab tab(*m_fixture.engine);
        tab.setModel(kClinic);
        tab.fromEdit()->setDate(QDate::currentDate().addDays(-90));
        tab.toEdit()->setDate(QDate::currentDate().addDays(-1));
        tab.policyBox()->setCurrentIndex(tab.policyBox()->findData(QStringLiteral("nightly")));
        QSignalSpy finished(&tab, &BacktestTab::finished);
        QTest::mouseClick(tab.runButton(), Qt::LeftButton);
        QTest::mouseClick(tab.cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        QCOMPARE(tab.summaryText(), QStringLiteral("Backtest cancelled. Nothing was changed."));
        QCOMPARE(tab.lineCount(), 0);
        QVERIFY(tab.runButton()->isEnabled());
        QVERIFY(!tab.cancelButton()->isEnabled());
    }

    void refusalIsSaid()
    {
        BacktestTab tab(*m_fixture.engine);
        tab.setModel(kClinic);
        tab.fromEdit()->setDate(QDate::currentDate().addDays(-400));
        tab.toEdit()->setDate(QDate::currentDate().addDays(-390));
        QSignalSpy finished(&tab, &BacktestTab::finished);
        QTest::mouseClick(tab.runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        QVERIFY2(tab.summaryText().contains(QStringLiteral("choose a later first day")), qPrintable(tab.summaryText()));
    }

    void isATabOfTheModelPage()
    {
        ModelPage page(*m_fixture.engine);
        page.setModel(kClinic);
        QCOMPARE(page.tabs()->tabText(ModelPage::BacktestTabIndex), QStringLiteral("Backtest"));
        QCOMPARE(page.tabs()->widget(ModelPage::BacktestTabIndex), page.backtest());
        QCOMPARE(page.backtest()->toEdit()->date(), QDate::currentDate().addDays(-1));
    }
};

QTEST_MAIN(TstBacktestTab)
#include "tst_backtest_tab.moc"
