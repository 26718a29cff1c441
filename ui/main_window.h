#pragma once
// The console's main window: the sidebar of models (by group, with health icons) and the pages —
// Dashboard, a Model page (switching model), Alerts, Event log. Geometry, splitter and the last page are
// restored with QSettings. Model snapshots are loaded on a worker thread and refreshed on engine signals.
// Closing hides the window to the tray when there is one (a one-time notice says so); otherwise it asks
// whether to quit.
#include "model_snapshot.h"
#include <QCoroTask>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace retrainer {

class AlertsPage;
class AuditPage;
class ConsoleEngine;
class DashboardPage;
class EventLogPage;
class ModelPage;
class ModelSidebar;
class TrayIcon;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConsoleEngine& engine, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Page keys: "dashboard", "model:<name>", "alerts", "events". False for an unknown key. Switching to
    // another model while the shown model's settings are changed and unsaved first asks (Save / Discard /
    // Cancel); the switch happens once answered.
    bool showPage(const QString& key);
    QString currentPage() const;

    ModelSidebar* sidebar() const { return m_sidebar; }
    DashboardPage* dashboard() const { return m_dashboard; }
    ModelPage* modelPage() const { return m_modelPage; }
    AlertsPage* alertsPage() const { return m_alerts; }
    EventLogPage* eventLog() const { return m_events; }
    AuditPage* auditPage() const { return m_audit; }
    const std::vector<ModelSnapshot>& snapshots() const { return m_snapshots; }

    // The tray the window hides to on close (nullptr: none; closing then asks whether to quit).
    void setTray(TrayIcon* tray);
    // Shows, un-minimises and raises the window (a second launch asks for this).
    void bringToFront();
    // Geometry, splitter and the current page into QSettings (also done on close and quit).
    void saveWindowState();
    // Saves the window state and quits the application.
    void quit();
    // Quit as a person asks for it (menu, tray): while a model trains, asks first whether to cancel the
    // training and quit, keep Retrainer running (in the tray) or not quit after all.
    QCoro::Task<> confirmQuit();
    // Starts a run of every model and says so in the status bar (a refusal in a message box).
    QCoro::Task<> trainAll();
    // Reloads every model's snapshot on a worker thread.
    QCoro::Task<> refresh();

    QAction* newModelAction() const { return m_newModel; }
    QAction* preferencesAction() const { return m_preferences; }
    QAction* trainAllAction() const { return m_trainAll; }
    QAction* pauseAction() const { return m_pauseAll; }
    QAction* quitAction() const { return m_quit; }
    QAction* aboutAction() const { return m_about; }
    QAction* howItDecidesAction() const { return m_howItDecides; }
    QAction* commandsAction() const { return m_commands; }
    // The lasting status line (models healthy, or that scheduling is paused) beside passing messages.
    QString healthStatusText() const;

Q_SIGNALS:
    void snapshotsLoaded();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    // After a language change: asks whether to restart now (the language applies at the next start).
    QCoro::Task<> offerRestart();
    void syncPauseAction();
    QCoro::Task<> switchModelAfterAsking(QString key);
    void restoreWindowState();
    QCoro::Task<> trainModel(QString model);
    void openModelWizard();
    QCoro::Task<> startNewModel(QString model);
    void openPreferences();

    ConsoleEngine& m_engine;
    ModelSidebar* m_sidebar;
    QStackedWidget* m_pages;
    QSplitter* m_splitter;
    DashboardPage* m_dashboard;
    ModelPage* m_modelPage;
    AlertsPage* m_alerts;
    EventLogPage* m_events;
    AuditPage* m_audit;
    QPointer<TrayIcon> m_tray;
    QTimer* m_refreshSoon;
    QTimer* m_refreshPeriodically;
    QAction* m_newModel = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_pauseAll = nullptr;
    QAction* m_trainAll = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
    QAction* m_howItDecides = nullptr;
    QAction* m_commands = nullptr;
    QLabel* m_healthStatus = nullptr;
    std::vector<ModelSnapshot> m_snapshots;
    bool m_quitting = false;
    bool m_askingToLeave = false;
    int m_reloads = 0;
};

} // namespace retrainer
