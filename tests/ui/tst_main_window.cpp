#include "accuracy_chart.h"
#include "app_preferences.h"
#include "preferences_dialog.h"
#include "question_answers.h"
#include "console_fixture.h"
#include "dashboard_page.h"
#include "history_tab.h"
#include "main_window.h"
#include "model_card.h"
#include "model_overview_tab.h"
#include "model_page.h"
#include "model_sidebar.h"
#include "run_history_model.h"
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QStatusBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

using namespace retrainer;
using retrainer::test::kClinic;

class TstMainWindow : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase() { QVERIFY(m_fixture.setUp()); }

    void init()
    {
        m_window = std::make_unique<MainWindow>(*m_fixture.engine);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void sidebarListsModelsUnderTheirGroups()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshots().size() == 5, 60000);
        ModelSidebar* sidebar = m_window->sidebar();
        QTreeWidgetItem* clinic = sidebar->itemOf(QStringLiteral("model:") + kClinic);
        QVERIFY(clinic);
        QCOMPARE(clinic->parent()->text(0), m_fixture.engine->workspace().requireModel(kClinic).group);
        QVERIFY(!clinic->icon(0).isNull());
        QVERIFY(sidebar->itemOf(QStringLiteral("model:delivery-delay")));
        QCOMPARE(sidebar->itemOf(QStringLiteral("model:delivery-delay"))->parent()->text(0), QStringLiteral("Logistics"));

        sidebar->setCurrentItem(clinic);
        QCOMPARE(m_window->currentPage(), QStringLiteral("model:") + kClinic);
        QCOMPARE(m_window->modelPage()->model(), kClinic);
        QVERIFY(m_window->dashboard()->card(kClinic));
        QVERIFY(m_window->dashboard()->summaryText().contains(QStringLiteral("of 5 models healthy")));
    }

    void trainNowShowsProgressThenTheRunInHistoryAndChart()
    {
        ModelPage* page = m_window->modelPage();
        QSignalSpy historyLoaded(page->history(), &HistoryTab::reloaded);
        QSignalSpy chartLoaded(page->accuracy(), &AccuracyChart::reloaded);
        QVERIFY(m_window->showPage(QStringLiteral("model:") + kClinic));
        QTRY_VERIFY_WITH_TIMEOUT(historyLoaded.count() > 0 && chartLoaded.count() > 0, 60000);
        const int runsBefore = page->history()->runs()->rowCount();
        const int pointsBefore = page->accuracy()->metricPointCount();

        // The event loop must keep running while the model trains: count ticks seen during the run.
        int ticksWhileTraining = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (m_fixture.engine->isTraining(kClinic))
                ++ticksWhileTraining;
        });
        ticker.start();
        QStringList phasesShown;
        connect(m_fixture.engine.get(), &ConsoleEngine::runProgress, this,
                [&](qint64, const QString& model, const QString&, double) {
                    if (model == kClinic && page->overview()->progressBar()->isVisible())
                        phasesShown << page->overview()->phaseText();
                });

        QPushButton* train = page->overview()->trainButton();
        QVERIFY(train->isEnabled());
        QTest::mouseClick(train, Qt::LeftButton);
        QVERIFY(page->overview()->progressBar()->isVisible());
        QVERIFY(!page->overview()->phaseText().isEmpty());
        QVERIFY(!train->isEnabled());
        QVERIFY(page->overview()->cancelButton()->isEnabled());

        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.engine->isTraining(kClinic), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(page->history()->runs()->rowCount(), runsBefore + 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(page->accuracy()->metricPointCount(), pointsBefore + 1, 60000);
        QVERIFY(!page->overview()->progressBar()->isVisible());
        QVERIFY(ticksWhileTraining > 0);
        QVERIFY2(std::any_of(phasesShown.begin(), phasesShown.end(),
                             [](const QString& t) { return t.contains(QStringLiteral("training the candidate")); }),
                 qPrintable(phasesShown.join(QStringLiteral(" | "))));

        const RunRecord* run = page->history()->runs()->runAt(0);
        QVERIFY(run);
        QCOMPARE(run->trigger, QStringLiteral("manual"));
        QCOMPARE(toString(run->state), QStringLiteral("promoted"));
        QCOMPARE(page->history()->table()->model()->rowCount(), runsBefore + 1);
        page->history()->table()->selectRow(0);
        QVERIFY(page->history()->detailsText().contains(QStringLiteral("Rows used")));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->card(kClinic) &&
                                     m_window->dashboard()->summaryText().contains(QStringLiteral("runs today")),
                                 60000);
    }

    void historyExportsCsvAndJsonLines()
    {
        if (m_fixture.engine->workspace().store().runs(kClinic).empty())
            QVERIFY(m_fixture.trainAndWait(kClinic));
        QVERIFY(m_window->showPage(QStringLiteral("model:") + kClinic));
        HistoryTab* history = m_window->modelPage()->history();
        QTRY_VERIFY_WITH_TIMEOUT(history->runs()->rowCount() > 0, 60000);
        const int runs = history->runs()->rowCount();
        const QString csv = m_fixture.dir.filePath(QStringLiteral("runs.csv"));
        const QString jsonl = m_fixture.dir.filePath(QStringLiteral("runs.jsonl"));
        QCOMPARE(QCoro::waitFor(history->exportTo(csv)), QString());
        QCOMPARE(QCoro::waitFor(history->exportTo(jsonl)), QString());
        QFile csvFile(csv), jsonFile(jsonl);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> csvLines = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(csvLines.size(), runs + 1);
        QVERIFY(csvLines.first().startsWith("run,model,trigger,state"));
        QVERIFY(csvLines.at(1).contains(kClinic.toUtf8()));
        const QList<QByteArray> jsonLines = jsonFile.readAll().trimmed().split('\n');
        QCOMPARE(jsonLines.size(), runs);
        QCOMPARE(QString::fromStdString(nlohmann::json::parse(jsonLines.first().toStdString()).at("model").get<std::string>()),
                 kClinic);
    }

    void lastPageIsRestored()
    {
        QVERIFY(m_window->showPage(QStringLiteral("events")));
        m_window->saveWindowState();
        m_window.reset();
        m_window = std::make_unique<MainWindow>(*m_fixture.engine);
        QCOMPARE(m_window->currentPage(), QStringLiteral("events"));
    }

    // Issue 12 item 15: Help says the version, licence and workspace, how Retrainer decides, and the commands.
    void helpMenuExplains()
    {
        m_window->aboutAction()->trigger();
        QMessageBox* about = nullptr;
        QTRY_VERIFY((about = m_window->findChild<QMessageBox*>(QStringLiteral("aboutBox"))) != nullptr);
        QVERIFY(about->text().contains(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("Retrainer ")
                                                                                        : QCoreApplication::applicationVersion()));
        QVERIFY(about->text().contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))));
        QVERIFY(about->informativeText().contains(QStringLiteral("Licence: ")));
        QVERIFY(about->informativeText().contains(m_fixture.engine->workspace().directory()));
        about->close();

        m_window->howItDecidesAction()->trigger();
        QDialog* decides = nullptr;
        QTRY_VERIFY((decides = m_window->findChild<QDialog*>(QStringLiteral("howItDecides"))) != nullptr);
        const QString how = decides->findChild<QTextBrowser*>()->toPlainText();
        for (const char* words : {"When a model retrains", "kept aside", "an equal score keeps the version in service", "Roll back"})
            QVERIFY2(how.contains(QString::fromUtf8(words)), words);
        decides->close();

        m_window->commandsAction()->trigger();
        QDialog* commands = nullptr;
        QTRY_VERIFY((commands = m_window->findChild<QDialog*>(QStringLiteral("commandList"))) != nullptr);
        const QString list = commands->findChild<QPlainTextEdit*>()->toPlainText();
        QVERIFY(list.contains(QStringLiteral("model add NAME")));
        QVERIFY(list.contains(QStringLiteral("rollback")));
        commands->close();
    }

    // Issue 12 item 13: a new language offers to restart now instead of a passing remark.
    void languageChangeOffersARestart()
    {
        const AppPreferences before = AppPreferences::load();
        m_window->preferencesAction()->trigger();
        PreferencesDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<PreferencesDialog*>()) != nullptr);
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(language);
        language->setCurrentIndex(language->findData(before.language == QLatin1String("es") ? QStringLiteral("hi") : QStringLiteral("es")));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QPointer<QMessageBox> question = test::waitForQuestion(m_window.get(), QStringLiteral("restartQuestion"));
        QVERIFY(question);
        QVERIFY(question->findChild<QPushButton*>(QStringLiteral("restartNow")));
        QVERIFY(test::answer(question, "later"));
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("starts again")));
        before.save();
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_main_window.moc"
