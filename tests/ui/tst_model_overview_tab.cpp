// The Overview tab's training feedback on a real demo workspace: the buttons do not move when a run starts,
// the progress bar never goes back within a run, and the message says how the run ended (no "Training
// started…" or "Cancelling:" left behind).
#include "console_fixture.h"
#include "model_overview_tab.h"
#include "workspace.h"
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace retrainer;
using retrainer::test::kClinic;

class TstModelOverviewTab : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;
    std::unique_ptr<ModelOverviewTab> m_tab;

    QPoint placeOf(const QWidget* widget) const { return widget->mapTo(m_tab.get(), QPoint(0, 0)); }

private slots:
    void initTestCase() { QVERIFY(m_fixture.setUp()); }

    void init()
    {
        m_tab = std::make_unique<ModelOverviewTab>(*m_fixture.engine);
        QSignalSpy loaded(m_tab.get(), &ModelOverviewTab::reloaded);
        m_tab->resize(1000, 700);
        m_tab->setModel(kClinic);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 30000); // the status card is filled in
        QTest::qWait(50);                                     // and laid out
    }

    void cleanup()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.engine->isTraining(kClinic), 60000);
        m_tab.reset();
    }

    void buttonsStayPutWhenARunStarts()
    {
        QPushButton* train = m_tab->trainButton();
        QPushButton* cancel = m_tab->cancelButton();
        QVERIFY(!m_tab->progressBar()->isVisible());
        const QRect trainBefore(placeOf(train), train->size());
        const QRect cancelBefore(placeOf(cancel), cancel->size());
        QTest::mouseClick(train, Qt::LeftButton);
        QVERIFY(m_tab->progressBar()->isVisible());
        QTest::qWait(50); // let the layout settle
        QCOMPARE(QRect(placeOf(cancel), cancel->size()), cancelBefore);
        QCOMPARE(QRect(placeOf(train), train->size()), trainBefore);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.engine->isTraining(kClinic), 60000);
        QTRY_VERIFY(!m_tab->progressBar()->isVisible());
    }

    // Train now while every worker is busy, so that the run's row waits for one: the button is disabled from
    // the click on, a second quick click starts nothing, and one run is recorded once a worker is free.
    void trainNowIsOneRunWhileItsStartIsInFlight()
    {
        Store& store = m_fixture.engine->workspace().store();
        const size_t before = store.runs(kClinic).size();
        auto busy = std::make_unique<test::BusyPool>(m_fixture.engine->workers().threads());
        QTest::mouseClick(m_tab->trainButton(), Qt::LeftButton);
        QVERIFY(!m_tab->trainButton()->isEnabled());
        QVERIFY(m_fixture.engine->isTraining(kClinic));
        QVERIFY(m_tab->messageText().contains(QStringLiteral("Training started")));
        QTest::mouseClick(m_tab->trainButton(), Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(store.runs(kClinic).size(), before); // the row waits for a worker
        QVERIFY(!m_tab->trainButton()->isEnabled());
        busy->release();
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.engine->isTraining(kClinic), 60000);
        QCOMPARE(store.runs(kClinic).size(), before + 1);
        QTRY_VERIFY(m_tab->trainButton()->isEnabled());
    }

    void progressNeverGoesBackAndTheEndIsSaid()
    {
        QObject listening; // the connections below end with this function
        QList<int> shown;
        connect(m_tab->progressBar(), &QProgressBar::valueChanged, &listening, [&](int value) { shown << value; });
        QString endedState;
        connect(m_fixture.engine.get(), &ConsoleEngine::runFinished, &listening,
                [&](qint64, const QString& model, const QString& state) {
                    if (model == kClinic)
                        endedState = state;
                });
        QTest::mouseClick(m_tab->trainButton(), Qt::LeftButton);
        QVERIFY(m_tab->messageText().contains(QStringLiteral("Training started")));
        QTRY_VERIFY_WITH_TIMEOUT(!endedState.isEmpty(), 60000);

        QVERIFY2(shown.size() >= 3, qPrintable(QString::number(shown.size())));
        for (int i = 1; i < shown.size(); ++i)
            QVERIFY2(shown[i] >= shown[i - 1], qPrintable(QStringLiteral("%1 after %2").arg(shown[i]).arg(shown[i - 1])));
        QCOMPARE(shown.constLast(), 100);
        QVERIFY(!m_tab->messageText().contains(QStringLiteral("Training started")));
        QCOMPARE(m_tab->messageText(), runEndedText(endedState));
        QCOMPARE(m_tab->trainButton()->isEnabled(), true);
        QCOMPARE(m_tab->cancelButton()->isEnabled(), false);
    }

    void cancelSaysCancelledWhenDone()
    {
        QTest::mouseClick(m_tab->trainButton(), Qt::LeftButton);
        QVERIFY(m_fixture.engine->isTraining(kClinic));
        QTest::mouseClick(m_tab->cancelButton(), Qt::LeftButton);
        QVERIFY2(m_tab->messageText().startsWith(QStringLiteral("Cancelling")), qPrintable(m_tab->messageText()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.engine->isTraining(kClinic), 60000);
        QTRY_VERIFY(!m_tab->messageText().startsWith(QStringLiteral("Cancelling")));
        QCOMPARE(m_tab->messageText(), runEndedText(QStringLiteral("cancelled")));
    }

    void runPercentFollowsThePhases()
    {
        QCOMPARE(runPercent(QStringLiteral("queued"), 0.0), 0);
        QCOMPARE(runPercent(QStringLiteral("training"), 0.7), 59);
        // Comparing starts where training ended, not at 0 %.
        QVERIFY(runPercent(QStringLiteral("evaluating"), 0.0) >= runPercent(QStringLiteral("training"), 1.0));
        QCOMPARE(runPercent(QStringLiteral("done"), 1.0), 100);
    }
};

QTEST_MAIN(TstModelOverviewTab)
#include "tst_model_overview_tab.moc"
