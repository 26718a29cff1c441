#pragma once
// The tray: an icon showing the state (idle, training, needs attention), a tooltip with the next run and
// the last result, a menu (Open, Train all now, Pause/Resume scheduling, Quit) and the notifications the
// core Notifier decides on. It never decides what to announce itself.
#include "model_snapshot.h"
#include "notifier.h"
#include <QSystemTrayIcon>

class QAction;
class QMenu;

namespace retrainer {

class ConsoleEngine;

class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT
public:
    enum class State { Idle, Training, NeedsAttention };

    explicit TrayIcon(ConsoleEngine& engine, QObject* parent = nullptr);
    ~TrayIcon() override;

    // What the main window loaded last, and the number of open alerts.
    void update(const std::vector<ModelSnapshot>& snapshots, int openAlerts);
    State state() const { return m_state; }

    QAction* openAction() const { return m_open; }
    QAction* trainAllAction() const { return m_trainAll; }
    QAction* pauseAction() const { return m_pause; }
    QAction* quitAction() const { return m_quit; }

Q_SIGNALS:
    void openRequested();
    void quitRequested();

private:
    void refresh();
    void syncPauseAction();
    void notify(const QString& title, const QString& text, retrainer::Notifier::Severity severity);

    ConsoleEngine& m_engine;
    QMenu* m_menu;
    QAction* m_open;
    QAction* m_trainAll;
    QAction* m_pause;
    QAction* m_quit;
    std::vector<ModelSnapshot> m_snapshots;
    int m_openAlerts = 0;
    State m_state = State::Idle;
};

// The application's icon in a state (also the window icon, in State::Idle).
QIcon stateIcon(TrayIcon::State state);
QString toString(TrayIcon::State state);

} // namespace retrainer
