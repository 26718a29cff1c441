#include "console_app.h"
#include "backtest_tab.h"
#include "accuracy_chart.h"
#include "app_preferences.h"
#include "alerts_page.h"
#include "api_server.h"
#include "cli_context.h"
#include "console_engine.h"
#include "dashboard_page.h"
#include "error.h"
#include "event_log_page.h"
#include "instance_lock.h"
#include "main_window.h"
#include "model_page.h"
#include "stop_signals.h"
#include "translations.h"
#include "tray_icon.h"
#include "workspace.h"
#include "workspace_host.h"
#include <QApplication>
#include <QCoroSignal>
#include <QCoroTimer>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace retrainer {
namespace {

const QString kRaise = QStringLiteral("raise");

QCoro::Task<> settle(int ms)
{
    QTimer timer;
    timer.setSingleShot(true);
    timer.start(ms);
    co_await timer;
}

QCoro::Task<> startConsole(ConsoleApp& console)
{
    const int code = co_await console.start();
    if (code >= 0)
        QCoreApplication::exit(code);
}

} // namespace

ConsoleApp::ConsoleApp(ConsoleOptions options, QObject* parent) : QObject(parent), m_options(std::move(options)) {}

ConsoleApp::~ConsoleApp()
{
    // The host's order, with the windows in it: the API and the command socket go first (their work holds the
    // engine and the workspace; the API server was destroyed after the engine once, its pool jobs then ran on
    // a freed workspace), then the windows that show the engine, then the engine and the workspace.
    if (m_host)
        m_host->stopServing();
    m_tray.reset();
    m_window.reset();
    m_engine.reset();
    m_host.reset(); // cancels a running training and waits until it is recorded
}

QCoro::Task<int> ConsoleApp::start()
{
    const QString dir = m_options.workspaceDir;
    m_host = std::make_unique<WorkspaceHost>(dir);
    switch (m_host->open(/*createIfMissing=*/true)) {
    case WorkspaceHost::Opening::Opened:
        break;
    case WorkspaceHost::Opening::HeldByAnother:
        co_return co_await handOver();
    case WorkspaceHost::Opening::Failed:
        QMessageBox::critical(nullptr, tr("Retrainer"), tr("Cannot open the workspace: %1").arg(m_host->failure()));
        co_return 1;
    case WorkspaceHost::Opening::TrainingElsewhere:
        QMessageBox::warning(nullptr, tr("Retrainer"),
                             tr("A training started from the command line (process %1) is still running in %2. "
                                "Start Retrainer again when it has finished.").arg(m_host->trainingHolder()).arg(dir));
        co_return 1;
    }

    m_engine = std::make_unique<ConsoleEngine>(m_host->createEngine());
    m_window = std::make_unique<MainWindow>(*m_engine);
    const bool trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
    if (trayAvailable) {
        m_tray = std::make_unique<TrayIcon>(*m_engine);
        connect(m_tray.get(), &TrayIcon::openRequested, m_window.get(), &MainWindow::bringToFront);
        connect(m_tray.get(), &TrayIcon::quitRequested, m_window.get(), [window = m_window.get()] { window->confirmQuit(); });
        m_tray->show();
        m_window->setTray(m_tray.get());
    }
    QApplication::setQuitOnLastWindowClosed(!trayAvailable);
    m_stop = std::make_unique<StopSignals>();
    connect(m_stop.get(), &StopSignals::stopRequested, m_window.get(), &MainWindow::quit);

    QString error;
    if (!m_host->listenForCommands([this](CommandRequest request) { return handle(std::move(request)); }, &error))
        qWarning("cannot listen for commands: %s", qPrintable(error));

    if (!(m_options.minimised && trayAvailable))
        m_window->show();
    QPointer<ConsoleApp> self(this);
    co_await m_engine->start();
    if (!self)
        co_return 0;
    startApi();
    if (!m_options.screenshotsDir.isEmpty()) {
        co_await saveScreenshots(m_options.screenshotsDir);
        co_return 0;
    }
    co_return -1;
}

QCoro::Task<int> ConsoleApp::handOver()
{
    CommandRequest request;
    request.arguments = QStringList{kRaise};
    request.user = cli::currentUser();
    const QString socket = InstanceLock::socketName(m_options.workspaceDir);
    const auto response = co_await sendCommand(socket, request, 5000);
    if (response && response->exitCode == 0)
        co_return 0; // the console that owns the workspace raised its window
    const auto holder = m_host->instanceLock().holder();
    const QString text = response
        ? tr("A Retrainer daemon (process %1) already runs for %2 and retrains its models without windows. "
             "Stop it (for example `systemctl --user stop retrainer`) to use the console, or use the "
             "command line beside it.").arg(holder ? holder->pid : 0).arg(m_options.workspaceDir)
        : m_host->instanceLock().refusalMessage();
    QMessageBox::information(nullptr, tr("Retrainer"), text);
    co_return 1;
}

QCoro::Task<CommandResponse> ConsoleApp::handle(CommandRequest request)
{
    CommandResponse response;
    if (request.arguments == QStringList{kRaise}) {
        if (m_window)
            m_window->bringToFront();
        response.out = QStringLiteral("raised the console window\n");
        co_return response;
    }
    QPointer<ConsoleApp> self(this);
    cli::Context context;
    context.out = cli::Output(cli::Output::Mode::Captured);
    context.workspace = &m_engine->workspace();
    context.workspaceDir = context.workspace->directory();
    context.engine = &m_engine->engine();
    context.user = request.user;
    qInfo("command from %s: %s", qPrintable(request.user), qPrintable(request.arguments.join(QLatin1Char(' '))));
    response.exitCode = co_await cli::execute(context, request.arguments);
    response.out = context.out.capturedOut();
    response.err = context.out.capturedErr();
    if (self && self->m_engine)
        self->m_engine->announceExternalChange();
    co_return response;
}

QCoro::Task<> ConsoleApp::saveScreenshots(QString dir)
{
    QDir().mkpath(dir);
    QPointer<ConsoleApp> self(this);
    MainWindow* window = m_window.get();
    // RETRAINER_SCREENSHOT_SIZE=1024x700 checks small screens (packaging/screenshots.sh); 1280x800 otherwise.
    QSize size(1280, 800);
    const QStringList wanted = qEnvironmentVariable("RETRAINER_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    if (wanted.size() == 2 && wanted[0].toInt() >= 320 && wanted[1].toInt() >= 240)
        size = QSize(wanted[0].toInt(), wanted[1].toInt());
    window->showNormal();
    window->resize(size);
    const auto save = [&](const QString& name) {
        const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!window->grab().save(path))
            qWarning("cannot save %s", qPrintable(path));
        else
            qInfo("saved %s", qPrintable(path));
    };
    co_await window->refresh();
    window->showPage(QStringLiteral("dashboard"));
    co_await settle(1500);
    save(QStringLiteral("dashboard"));
    const QString model = m_engine->workspace().models().empty() ? QString() : m_engine->workspace().models().front().name;
    if (!model.isEmpty()) {
        window->showPage(QStringLiteral("model:") + model);
        const QStringList names{QStringLiteral("overview"), QStringLiteral("accuracy"), QStringLiteral("versions"),
                                QStringLiteral("history"), QStringLiteral("settings"), QStringLiteral("data"),
                                QStringLiteral("backtest")};
        QTabWidget* tabs = window->modelPage()->tabs();
        for (int i = 0; i < tabs->count() && i < names.size(); ++i) {
            tabs->setCurrentIndex(i);
            if (tabs->widget(i) == window->modelPage()->backtest())
                co_await window->modelPage()->backtest()->run(); // its default: the last four weeks
            if (!self)
                co_return;
            co_await settle(1500);
            if (!self)
                co_return;
            save(QStringLiteral("model-") + names[i]);
        }
        tabs->setCurrentIndex(0);
    }
    window->showPage(QStringLiteral("alerts"));
    co_await settle(1000);
    save(QStringLiteral("alerts"));
    window->showPage(QStringLiteral("events"));
    co_await settle(1000);
    save(QStringLiteral("event-log"));
    window->showPage(QStringLiteral("audit"));
    co_await settle(1000);
    save(QStringLiteral("audit-trail"));
}

int runConsole(int argc, char* argv[], ConsoleOptions options)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("retrainer"));
    QApplication::setOrganizationName(QStringLiteral("Retrainer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Retrainer"));
    QApplication::setDesktopFileName(QStringLiteral("retrainer"));
    const AppPreferences preferences = AppPreferences::load();
    installTranslations(preferences.language);
    options.minimised = options.minimised || preferences.startMinimised;
    ConsoleApp console(std::move(options));
    QTimer::singleShot(0, &console, [&console] { startConsole(console); });
    return app.exec();
}

void ConsoleApp::startApi()
{
    const AppPreferences preferences = AppPreferences::load();
    if (!preferences.apiEnabled)
        return;
    try {
        const quint16 port = m_host->startApi(QHostAddress(QHostAddress::LocalHost), quint16(preferences.apiPort));
        qInfo("local HTTP API on http://127.0.0.1:%u", unsigned(port));
        m_window->statusBar()->showMessage(tr("Local HTTP API on http://127.0.0.1:%1").arg(port), 15000);
    } catch (const Error& e) {
        qWarning("local HTTP API not started: %s", qPrintable(e.message()));
        m_window->statusBar()->showMessage(tr("The local HTTP API did not start: %1").arg(e.message()));
    }
}

} // namespace retrainer
