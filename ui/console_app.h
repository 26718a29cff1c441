#pragma once
// The console as an application: one per workspace (daemon.lock, like the headless daemon), owning the
// engine, the main window and the tray, and answering CLI commands forwarded over the command socket
// exactly like the daemon (so `retrainer train X` in a terminal runs here and shows here). A second
// launch asks the first to raise its window ("raise", understood only by the console) and exits.
#include "command_channel.h"
#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <memory>

namespace retrainer {

class ConsoleEngine;
class MainWindow;
class StopSignals;
class TrayIcon;
class WorkspaceHost;

struct ConsoleOptions
{
    QString workspaceDir;   // resolved
    bool minimised = false; // start in the tray (when there is one)
    QString screenshotsDir; // hidden: save a PNG of every page there, then quit
};

class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleApp(ConsoleOptions options, QObject* parent = nullptr);
    ~ConsoleApp() override; // stops serving, cancels running trainings and waits for them to be recorded

    // Takes the workspace or hands over to the instance that has it. Returns -1 while the console runs,
    // otherwise the exit code to leave with at once.
    QCoro::Task<int> start();

    MainWindow* window() const { return m_window.get(); }
    ConsoleEngine* engine() const { return m_engine.get(); }

private:
    void startApi();
    QCoro::Task<int> handOver();
    QCoro::Task<CommandResponse> handle(CommandRequest request);
    QCoro::Task<> saveScreenshots(QString dir);

    ConsoleOptions m_options;
    std::unique_ptr<WorkspaceHost> m_host; // the workspace, its locks, engine, command socket and API
    std::unique_ptr<ConsoleEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<StopSignals> m_stop; // SIGTERM / SIGINT quit like the tray's Quit
};

// `retrainer [--workspace DIR] [--minimised]` with a display: runs the console until it quits.
int runConsole(int argc, char* argv[], ConsoleOptions options);

} // namespace retrainer
