#include "main_window.h"
#include "on_worker.h"
#include "help_windows.h"
#include "question_box.h"
#include <QProcess>
#include "alerts_page.h"
#include "app_preferences.h"
#include "audit_page.h"
#include "autostart.h"
#include "console_engine.h"
#include "dashboard_page.h"
#include "error.h"
#include "event_log_page.h"
#include "model_page.h"
#include "model_settings_page.h"
#include "model_wizard.h"
#include "preferences_dialog.h"
#include "model_sidebar.h"
#include "leave_questions.h"
#include "tray_icon.h"
#include "workspace.h"
#include <QApplication>
#include <QCloseEvent>
#include <QCoroFuture>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

namespace retrainer {

MainWindow::MainWindow(ConsoleEngine& engine, QWidget* parent)
    : QMainWindow(parent),
      m_engine(engine),
      m_sidebar(new ModelSidebar(this)),
      m_pages(new QStackedWidget(this)),
      m_splitter(new QSplitter(this)),
      m_dashboard(new DashboardPage(engine, this)),
      m_modelPage(new ModelPage(engine, this)),
      m_alerts(new AlertsPage(engine, this)),
      m_events(new EventLogPage(engine, this)),
      m_audit(new AuditPage(engine.workspace(), engine.workers(), this)),
      m_refreshSoon(new QTimer(this)),
      m_refreshPeriodically(new QTimer(this))
{
    setWindowTitle(tr("Retrainer — %1").arg(engine.workspace().directory()));
    setWindowIcon(stateIcon(TrayIcon::State::Idle));
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_modelPage);
    m_pages->addWidget(m_alerts);
    m_pages->addWidget(m_events);
    m_pages->addWidget(m_audit);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 900});
    setCentralWidget(m_splitter);
    createMenus();
    m_healthStatus = new QLabel(tr("Loading…"), this);
    m_healthStatus->setObjectName(QStringLiteral("healthStatus"));
    // A long status line must not hold the window wider than a small screen.
    m_healthStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addPermanentWidget(m_healthStatus);

    connect(m_sidebar, &ModelSidebar::pageChosen, this, [this](const QString& key) { showPage(key); });
    connect(m_dashboard, &DashboardPage::openModel, this,
            [this](const QString& model) { showPage(QStringLiteral("model:") + model); });
    connect(m_dashboard, &DashboardPage::trainRequested, this, [this](const QString& model) { trainModel(model); });
    connect(m_alerts, &AlertsPage::openCountChanged, this, [this](int open) {
        m_sidebar->setOpenAlerts(open);
        if (m_tray)
            m_tray->update(m_snapshots, open);
    });

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(200);
    connect(m_refreshSoon, &QTimer::timeout, this, [this] { refresh(); });
    const auto soon = [this] { m_refreshSoon->start(); };
    connect(&m_engine, &ConsoleEngine::runQueued, this, soon);
    connect(&m_engine, &ConsoleEngine::runStateChanged, this, soon);
    connect(&m_engine, &ConsoleEngine::runFinished, this, soon);
    connect(&m_engine, &ConsoleEngine::versionsChanged, this, soon);
    connect(&m_engine, &ConsoleEngine::pausedChanged, this, soon);
    connect(&m_engine, &ConsoleEngine::modelsChanged, this, soon);
    connect(&m_engine, &ConsoleEngine::scheduleArmed, this, soon); // the cards' "Next:" is known from now on
    connect(&m_engine, &ConsoleEngine::pausedChanged, this, &MainWindow::syncPauseAction);
    m_refreshPeriodically->setInterval(60 * 1000); // "next" moments and "today" move on by themselves
    connect(m_refreshPeriodically, &QTimer::timeout, this, [this] { refresh(); });
    m_refreshPeriodically->start();

    restoreWindowState();
    refresh();
    m_alerts->reload();
    m_events->reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_newModel = file->addAction(tr("&New model…"), QKeySequence::New, this, &MainWindow::openModelWizard);
    m_preferences = file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::openPreferences);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close window"), QKeySequence::Close, this, [this] { this->close(); });
    Q_UNUSED(close);
    m_quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, [this] { confirmQuit(); });

    QMenu* training = menuBar()->addMenu(tr("&Training"));
    m_trainAll = training->addAction(tr("Train &all now"), this, [this] { trainAll(); });
    m_pauseAll = training->addAction(tr("&Pause scheduling"));
    m_pauseAll->setObjectName(QStringLiteral("pauseScheduling"));
    m_pauseAll->setCheckable(true);
    connect(m_pauseAll, &QAction::triggered, this, [this](bool paused) { m_engine.setPaused({}, paused); });
    syncPauseAction();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Dashboard"), this, [this] { showPage(QStringLiteral("dashboard")); });
    view->addAction(tr("&Alerts"), this, [this] { showPage(QStringLiteral("alerts")); });
    view->addAction(tr("&Event log"), this, [this] { showPage(QStringLiteral("events")); });
    view->addAction(tr("A&udit trail"), this, [this] { showPage(QStringLiteral("audit")); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_howItDecides = help->addAction(tr("&How Retrainer decides"), this, [this] { showHowItDecides(this); });
    m_commands = help->addAction(tr("&Commands for the terminal"), this, [this] { showCommandList(this); });
    help->addSeparator();
    m_about = help->addAction(tr("&About Retrainer"), this, [this] { showAbout(this, m_engine.workspace().directory()); });
    m_about->setMenuRole(QAction::AboutRole);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_newModel);
    toolbar->addAction(m_trainAll);
    toolbar->addAction(m_pauseAll);
    toolbar->addAction(m_preferences);
}

bool MainWindow::showPage(const QString& key)
{
    const QString model = key.startsWith(QLatin1String("model:")) ? key.mid(6) : QString();
    if (!model.isEmpty() && model != m_modelPage->model() && m_modelPage->settings()->isModified()
        && m_engine.workspace().model(model)) {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->selectPage(currentPage()); // the sidebar follows once the question is answered
        if (!m_askingToLeave)
            switchModelAfterAsking(key);
        return true;
    }
    if (key == QLatin1String("dashboard")) {
        m_pages->setCurrentWidget(m_dashboard);
    } else if (key == QLatin1String("alerts")) {
        m_pages->setCurrentWidget(m_alerts);
    } else if (key == QLatin1String("events")) {
        m_pages->setCurrentWidget(m_events);
    } else if (key == QLatin1String("audit")) {
        m_pages->setCurrentWidget(m_audit);
        m_audit->reload(); // who did what changes with every action: read it again when shown
    } else if (key.startsWith(QLatin1String("model:")) && m_engine.workspace().model(key.mid(6))) {
        m_modelPage->setModel(key.mid(6));
        m_pages->setCurrentWidget(m_modelPage);
    } else {
        return false;
    }
    m_sidebar->selectPage(key);
    return true;
}

QCoro::Task<> MainWindow::switchModelAfterAsking(QString key)
{
    QPointer<MainWindow> self(this);
    QPointer<ModelSettingsPage> settings = m_modelPage->settings();
    const QString shown = QStringLiteral("model:") + m_modelPage->model();
    m_askingToLeave = true;
    const UnsavedChoice choice = co_await askAboutUnsavedSettings(this, m_engine.shownName(m_modelPage->model()), settings->isValid());
    if (!self || !settings)
        co_return;
    self->m_askingToLeave = false;
    if (choice == UnsavedChoice::Save) {
        co_await settings->save();
        if (!self || !settings)
            co_return;
    } else if (choice == UnsavedChoice::Discard) {
        settings->revert();
    }
    if (settings->isModified()) { // kept, or not saved: show the settings and why
        self->showPage(shown);
        self->m_modelPage->tabs()->setCurrentWidget(settings);
        co_return;
    }
    self->showPage(key);
}

QString MainWindow::currentPage() const
{
    if (m_pages->currentWidget() == m_modelPage)
        return QStringLiteral("model:") + m_modelPage->model();
    if (m_pages->currentWidget() == m_alerts)
        return QStringLiteral("alerts");
    if (m_pages->currentWidget() == m_events)
        return QStringLiteral("events");
    if (m_pages->currentWidget() == m_audit)
        return QStringLiteral("audit");
    return QStringLiteral("dashboard");
}

QCoro::Task<> MainWindow::refresh()
{
    const int ticket = ++m_reloads;
    QPointer<MainWindow> self(this);
    Workspace* workspace = &m_engine.workspace();
    const std::vector<ModelConfig> models = workspace->models();
    auto work = [workspace, models] { return loadModelSnapshots(*workspace, models); };
    std::vector<ModelSnapshot> snapshots = co_await onWorker(m_engine.workers(), std::move(work));
    if (!self || ticket != self->m_reloads)
        co_return;
    std::vector<ModelHealth> health;
    int healthy = 0;
    for (const auto& s : snapshots) {
        health.push_back(self->m_engine.health(s));
        healthy += conditionOf(s) == ModelHealth::Healthy ? 1 : 0; // paused is not unhealthy
    }
    self->m_snapshots = std::move(snapshots);
    self->m_sidebar->setModels(self->m_snapshots, health);
    self->m_sidebar->selectPage(self->currentPage());
    self->m_dashboard->setSnapshots(self->m_snapshots);
    if (self->m_tray)
        self->m_tray->update(self->m_snapshots, self->m_alerts->openCount());
    const QString figures = tr("%1 of %2 models healthy.").arg(healthy).arg(int(self->m_snapshots.size()));
    self->m_healthStatus->setText(self->m_engine.pausedAll() ? tr("Scheduling is paused.") + QLatin1Char(' ') + figures
                                                             : figures);
    Q_EMIT self->snapshotsLoaded();
}

QCoro::Task<> MainWindow::trainModel(QString model)
{
    QPointer<MainWindow> self(this);
    auto starting = m_engine.train(model);
    if (m_engine.isTraining(model)) // the run is being queued on a worker
        statusBar()->showMessage(tr("Training %1…").arg(m_engine.shownName(model)), 5000);
    try {
        co_await starting;
    } catch (const Error& e) {
        if (self)
            QMessageBox::warning(self, tr("Cannot train %1").arg(self->m_engine.shownName(model)), e.message());
    }
}

QCoro::Task<> MainWindow::trainAll()
{
    QPointer<MainWindow> self(this);
    auto starting = m_engine.trainAll(); // every model counts as training from here
    const int started = int(m_engine.trainingModels().size());
    statusBar()->showMessage(
        tr("Training %n model(s) now. Each model's page shows its progress; the dashboard shows the outcome "
           "when the run ends.", nullptr, started),
        15000);
    try {
        co_await starting;
    } catch (const Error& e) {
        if (self)
            QMessageBox::warning(self, tr("Cannot train all models"), e.message());
    }
}

void MainWindow::syncPauseAction()
{
    const bool paused = m_engine.pausedAll();
    m_pauseAll->setChecked(paused);
    m_pauseAll->setText(paused ? tr("&Resume scheduling") : tr("&Pause scheduling"));
    m_pauseAll->setToolTip(paused ? tr("Let models retrain on their schedules and triggers again.")
                                  : tr("Stop automatic retraining until you resume it; Train now still works."));
}

QString MainWindow::healthStatusText() const
{
    return m_healthStatus->text();
}

QCoro::Task<> MainWindow::confirmQuit()
{
    const QStringList training = m_engine.trainingModels();
    if (training.isEmpty()) {
        quit();
        co_return;
    }
    QPointer<MainWindow> self(this);
    const bool tray = m_tray && m_tray->isVisible();
    QStringList shown;
    for (const QString& model : training)
        shown << m_engine.shownName(model);
    const QuitChoice choice = co_await askQuitWhileTraining(this, shown, tray);
    if (!self)
        co_return;
    switch (choice) {
    case QuitChoice::CancelTrainingAndQuit:
        for (const QString& model : self->m_engine.trainingModels())
            self->m_engine.cancel(model);
        self->quit();
        break;
    case QuitChoice::KeepRunning:
        if (tray)
            self->hide();
        break;
    case QuitChoice::DoNotQuit:
        break;
    }
}

void MainWindow::openModelWizard()
{
    auto* wizard = new ModelWizard(m_engine.workspace(), m_engine.workers(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setSaver([this](ModelConfig config) { return m_engine.saveModel(std::move(config)); });
    connect(wizard, &ModelWizard::modelCreated, this, [this](const QString& model) { startNewModel(model); });
    wizard->open();
}

QCoro::Task<> MainWindow::startNewModel(QString model)
{
    QPointer<MainWindow> self(this);
    co_await refresh(); // the wizard saved the model through the engine
    if (!self)
        co_return;
    self->showPage(QStringLiteral("model:") + model);
    self->trainModel(model); // the first training starts as soon as the model exists
}

QCoro::Task<> MainWindow::offerRestart()
{
    QPointer<MainWindow> self(this);
    Question question;
    question.name = QStringLiteral("restartQuestion");
    question.title = tr("Restart Retrainer?");
    question.text = tr("The new language shows once Retrainer starts again.");
    question.details = tr("Restart now? Retrainer closes and opens again at once; a training in progress is asked about first.");
    question.answers.push_back({QStringLiteral("restartNow"), tr("Restart now"), QMessageBox::AcceptRole});
    question.answers.push_back({QStringLiteral("later"), tr("Later"), QMessageBox::RejectRole});
    question.defaultAnswer = QStringLiteral("restartNow");
    question.escapeAnswer = QStringLiteral("later");
    const QString chosen = co_await ask(this, question);
    if (!self)
        co_return;
    if (chosen != QLatin1String("restartNow")) {
        self->statusBar()->showMessage(tr("The new language applies when Retrainer starts again."), 10000);
        co_return;
    }
    // The new process starts once this one has gone, so that it is the only console (instance lock).
    QStringList arguments{QStringLiteral("-c"), QStringLiteral("sleep 1; exec \"$0\" \"$@\""), QCoreApplication::applicationFilePath()};
    arguments << QCoreApplication::arguments().mid(1);
    if (!QProcess::startDetached(QStringLiteral("/bin/sh"), arguments)) {
        QMessageBox::warning(self, tr("Restart Retrainer"), tr("Retrainer could not start again by itself; please start it again."));
        co_return;
    }
    co_await self->confirmQuit();
}

void MainWindow::openPreferences()
{
    auto* dialog = new PreferencesDialog(AppPreferences::load(), this, &m_engine.engine(), m_engine.actor());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppPreferences before = AppPreferences::load();
        const AppPreferences after = dialog->preferences();
        after.save();
        if (after.startAtLogin != startsAtLogin())
            if (const QString error = setStartAtLogin(after.startAtLogin, m_engine.workspace().directory()); !error.isEmpty())
                QMessageBox::warning(this, tr("Start at login"), error);
        if (after.language != before.language)
            offerRestart();
        else if (after.apiEnabled != before.apiEnabled || after.apiPort != before.apiPort)
            statusBar()->showMessage(tr("The new API settings apply when Retrainer starts again."), 10000);
    });
    dialog->open();
}

void MainWindow::setTray(TrayIcon* tray)
{
    m_tray = tray;
    if (m_tray)
        m_tray->update(m_snapshots, m_alerts->openCount());
}

void MainWindow::bringToFront()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::quit()
{
    m_quitting = true;
    saveWindowState();
    QApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    if (m_quitting) {
        event->accept();
        return;
    }
    if (m_tray && m_tray->isVisible()) {
        hide();
        event->ignore();
        QSettings settings;
        if (!settings.value(QStringLiteral("notices/hiddenToTray"), false).toBool()) {
            m_tray->showMessage(tr("Retrainer keeps running"),
                                tr("Models keep retraining in the background. Open the window from the tray icon; "
                                   "choose Quit there to stop."),
                                QSystemTrayIcon::Information, 10000);
            settings.setValue(QStringLiteral("notices/hiddenToTray"), true);
        }
        return;
    }
    if (!m_engine.trainingModels().isEmpty()) { // ask about the training instead
        event->ignore();
        confirmQuit();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Quit Retrainer?"),
        tr("There is no system tray to keep Retrainer running in. Quitting stops automatic retraining until "
           "Retrainer is started again. Quit?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        m_quitting = true;
        event->accept();
        QApplication::quit();
    } else {
        event->ignore();
    }
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/page"), currentPage());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 760);
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    const QString page = settings.value(QStringLiteral("window/page"), QStringLiteral("dashboard")).toString();
    if (!showPage(page))
        showPage(QStringLiteral("dashboard"));
}

} // namespace retrainer
