// The dashboard and the main window's status on a real demo workspace: the "Next:" moment is shown from
// the start (the window opens before automation is armed), "Train all now" says what it did, and pausing
// shows as paused (not as models going unhealthy) with the action offering to resume.
#include "console_fixture.h"
#include "dashboard_page.h"
#include "main_window.h"
#include "model_card.h"
#include "runner.h"
#include <QAction>
#include <QScrollArea>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>

using namespace retrainer;
using retrainer::test::kClinic;

namespace {

// "3 of 5 models healthy" from a summary line.
QString healthyFigure(const QString& summary)
{
    return QRegularExpression(QStringLiteral("\\d+ of \\d+ models healthy")).match(summary).captured(0);
}

} // namespace

class TstDashboardPage : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp(false)); // as in the console: the window first, automation afterwards
        m_window = std::make_unique<MainWindow>(*m_fixture.engine);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void nextRunIsShownFromTheStart()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->card(kClinic), 60000);
        // Before automation runs the scheduler knows no model yet.
        QCOMPARE(m_window->dashboard()->card(kClinic)->nextText(), QStringLiteral("nothing scheduled"));

        QCoro::waitFor(m_fixture.engine->start());
        const auto next = m_fixture.engine->nextMoment(kClinic);
        QVERIFY(next.has_value()); // the demo model has a nightly retrain and an hourly check
        for (const auto& model : m_fixture.engine->workspace().models()) {
            QTRY_VERIFY2_WITH_TIMEOUT(m_window->dashboard()->card(model.name)->nextText() != QStringLiteral("nothing scheduled"),
                                      qPrintable(model.name), 5000);
        }
        QVERIFY2(m_window->dashboard()->card(kClinic)->nextText().contains(next->description),
                 qPrintable(m_window->dashboard()->card(kClinic)->nextText()));
    }

    void trainAllNowSaysWhatItStarted()
    {
        QSignalSpy loaded(m_window.get(), &MainWindow::snapshotsLoaded);
        m_window->trainAllAction()->trigger();
        QVERIFY(m_fixture.engine->runner().activeCount() > 0);
        const QString started = m_window->statusBar()->currentMessage();
        QVERIFY2(started.contains(QStringLiteral("Training 5 model")), qPrintable(started));
        // The refresh that follows the runs' start keeps the message; the health line stays beside it.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10000);
        QCOMPARE(m_window->statusBar()->currentMessage(), started);
        QVERIFY(m_window->healthStatusText().contains(QStringLiteral("models healthy")));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.engine->runner().activeCount(), 0, 120000);
    }

    void pausingShowsPausedNotUnhealthy()
    {
        // After the trainings, some models are healthy (each has a version in service).
        QCoro::waitFor(m_window->refresh());
        QVERIFY(!healthyFigure(m_window->dashboard()->summaryText()).isEmpty());
        QVERIFY(!healthyFigure(m_window->dashboard()->summaryText()).startsWith(QLatin1String("0 ")));
        const QString healthy = healthyFigure(m_window->dashboard()->summaryText());
        const QString clinicHealth = m_window->dashboard()->card(kClinic)->healthText();
        QAction* pause = m_window->pauseAction();
        QCOMPARE(pause->text().remove(QLatin1Char('&')), QStringLiteral("Pause scheduling"));

        QSignalSpy loaded(m_window.get(), &MainWindow::snapshotsLoaded);
        pause->trigger();
        QVERIFY(m_fixture.engine->pausedAll());
        QCOMPARE(pause->text().remove(QLatin1Char('&')), QStringLiteral("Resume scheduling"));
        QVERIFY(pause->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10000);
        const QString summary = m_window->dashboard()->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("Scheduling is paused")), qPrintable(summary));
        QCOMPARE(healthyFigure(summary), healthy); // pausing changes when models train, not their health
        QVERIFY2(m_window->healthStatusText().contains(QStringLiteral("paused"))
                     && m_window->healthStatusText().contains(healthy),
                 qPrintable(m_window->healthStatusText()));
        QCOMPARE(m_window->dashboard()->card(kClinic)->healthText(), QStringLiteral("Paused"));

        loaded.clear();
        pause->trigger(); // Resume
        QVERIFY(!m_fixture.engine->pausedAll());
        QCOMPARE(pause->text().remove(QLatin1Char('&')), QStringLiteral("Pause scheduling"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10000);
        QVERIFY(!m_window->dashboard()->summaryText().contains(QStringLiteral("paused")));
        QCOMPARE(m_window->dashboard()->card(kClinic)->healthText(), clinicHealth);
    }

    // Issue 12 item 11: a dashboard 600 px wide (an 800 px window less the sidebar) shows the cards in one
    // column and nothing needs scrolling sideways; 1000 px wide shows two columns.
    void narrowDashboardShowsCardsInOneColumn()
    {
        QCoro::waitFor(m_window->refresh());
        DashboardPage page(*m_fixture.engine);
        page.setSnapshots(m_window->snapshots());
        page.resize(600, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* scroll = page.findChild<QScrollArea*>();
        QVERIFY(scroll);
        QTRY_COMPARE(page.columnCount(), 1);
        QTRY_VERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2").arg(scroll->widget()->width()).arg(scroll->viewport()->width())));
        QVERIFY(page.card(kClinic)->geometry().right() <= scroll->viewport()->width());
        page.resize(1000, 700);
        QTRY_COMPARE(page.columnCount(), 2);
    }

    // Issue 12 item 13: times are 24-hour whatever the language (English used to switch to 3:30 PM).
    void timesAre24HourInEveryLanguage()
    {
        const QLocale before;
        const QDateTime afternoon = QDateTime(QDate::currentDate(), QTime(15, 30)).toUTC();
        for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::Spanish, QLocale::Spain),
                                      QLocale(QLocale::Hindi, QLocale::India)}) {
            QLocale::setDefault(locale);
            QVERIFY2(formatMoment(afternoon).endsWith(QStringLiteral("15:30")), qPrintable(formatMoment(afternoon)));
            QVERIFY2(formatDateTime(afternoon.addDays(-40)).endsWith(QStringLiteral("15:30")), qPrintable(formatDateTime(afternoon)));
        }
        QLocale::setDefault(before);
    }

    // Issue 12 item 15: a model whose CSV file is gone says so instead of its last run's row count.
    void aMissingDataFileIsSaidNotAnOldCount()
    {
        const QString csv = m_fixture.dir.filePath(QStringLiteral("visits-copy.csv"));
        QVERIFY(QFile::copy(QStringLiteral(RETRAINER_TEST_DATA "/wizard/visits.csv"), csv));
        ModelConfig model;
        model.name = QStringLiteral("visits-copy");
        model.task = Task::Regression;
        model.source = QStringLiteral("csv:") + csv;
        model.label = QStringLiteral("waiting_minutes");
        model.timestamp = QStringLiteral("visited_at");
        model.features = {QStringLiteral("department"), QStringLiteral("queue_length")};
        QCOMPARE(QCoro::waitFor(m_fixture.engine->saveModel(model)), QString());
        const auto run = m_fixture.trainAndWait(model.name);
        QVERIFY(run);
        QCOMPARE(toString(run->state), QStringLiteral("promoted"));
        QCoro::waitFor(m_window->refresh());
        QVERIFY(m_window->dashboard()->card(model.name));
        QVERIFY2(m_window->dashboard()->card(model.name)->dataText().startsWith(QStringLiteral("60 sample")),
                 qPrintable(m_window->dashboard()->card(model.name)->dataText()));

        QVERIFY(QFile::remove(csv));
        QCoro::waitFor(m_window->refresh());
        const QString data = m_window->dashboard()->card(model.name)->dataText();
        QVERIFY2(data.contains(QStringLiteral("the data file is missing")) && data.contains(csv), qPrintable(data));
        QVERIFY(!data.contains(QStringLiteral("sample")));
    }
};

QTEST_MAIN(TstDashboardPage)
#include "tst_dashboard_page.moc"
