#include "tray_icon.h"
#include "console_engine.h"
#include "error.h"
#include "model_card.h"
#include "runner.h"
#include <QAction>
#include <QCoroTask>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace retrainer {

QIcon stateIcon(TrayIcon::State state)
{
    QIcon icon;
    for (int size : {16, 22, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 64.0, size / 64.0);
        // A rounded tile with a rising curve: a model that keeps learning.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x26, 0x32, 0x38));
        p.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12);
        QPainterPath curve;
        curve.moveTo(12, 46);
        curve.cubicTo(24, 44, 30, 22, 52, 16);
        p.setPen(QPen(QColor(0x4f, 0xc3, 0xf7), 6, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(curve);
        if (state != TrayIcon::State::Idle) {
            const QColor badge = state == TrayIcon::State::Training ? QColor(0x15, 0x65, 0xc0) : QColor(0xc6, 0x28, 0x28);
            p.setPen(QPen(Qt::white, 3));
            p.setBrush(badge);
            p.drawEllipse(QRectF(34, 34, 28, 28));
            p.setPen(QPen(Qt::white, 5, Qt::SolidLine, Qt::RoundCap));
            if (state == TrayIcon::State::Training) {
                p.drawArc(QRectF(41, 41, 14, 14), 90 * 16, 270 * 16);
            } else {
                p.drawLine(QPointF(48, 40), QPointF(48, 50));
                p.drawPoint(QPointF(48, 56));
            }
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString toString(TrayIcon::State state)
{
    switch (state) {
    case TrayIcon::State::Idle: return QStringLiteral("idle");
    case TrayIcon::State::Training: return QStringLiteral("training");
    case TrayIcon::State::NeedsAttention: return QStringLiteral("needs-attention");
    }
    return {};
}

TrayIcon::TrayIcon(ConsoleEngine& engine, QObject* parent)
    : QSystemTrayIcon(parent),
      m_engine(engine),
      m_menu(new QMenu),
      m_open(m_menu->addAction(tr("Open Retrainer"))),
      m_trainAll(m_menu->addAction(tr("Train all now"))),
      m_pause(m_menu->addAction(tr("Pause scheduling"))),
      m_quit(nullptr)
{
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit"));
    setContextMenu(m_menu);
    connect(m_open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_trainAll, &QAction::triggered, this, [this] {
        auto training = [](ConsoleEngine* engine) -> QCoro::Task<> {
            try {
                co_await engine->trainAll();
            } catch (const Error& e) { // the window says why when asked from there; the tray only logs it
                qWarning("%s", qPrintable(e.message()));
            }
        };
        training(&m_engine); // every model counts as training from here
        refresh();
        const int started = int(m_engine.trainingModels().size());
        if (isVisible())
            showMessage(tr("Train all now"), tr("Training %n model(s) now.", nullptr, started), QSystemTrayIcon::Information,
                        5000);
    });
    connect(m_pause, &QAction::triggered, this, [this] { m_engine.setPaused({}, !m_engine.pausedAll()); });
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(this, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(&m_engine.notifier(), &Notifier::announce, this, &TrayIcon::notify);
    connect(&m_engine, &ConsoleEngine::pausedChanged, this, &TrayIcon::refresh);
    connect(&m_engine, &ConsoleEngine::runQueued, this, &TrayIcon::refresh);
    connect(&m_engine, &ConsoleEngine::runFinished, this, &TrayIcon::refresh);
    refresh();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::update(const std::vector<ModelSnapshot>& snapshots, int openAlerts)
{
    m_snapshots = snapshots;
    m_openAlerts = openAlerts;
    refresh();
}

void TrayIcon::syncPauseAction()
{
    m_pause->setText(m_engine.pausedAll() ? tr("Resume scheduling") : tr("Pause scheduling"));
}

void TrayIcon::refresh()
{
    syncPauseAction();
    bool failed = false;
    const RunRecord* last = nullptr;
    for (const auto& s : m_snapshots) {
        failed = failed || m_engine.health(s) == ModelHealth::Failed;
        if (s.lastFinished && (!last || s.lastFinished->queuedAt > last->queuedAt))
            last = &*s.lastFinished;
    }
    if (m_engine.runner().activeCount() > 0)
        m_state = State::Training;
    else if (failed || m_openAlerts > 0)
        m_state = State::NeedsAttention;
    else
        m_state = State::Idle;
    setIcon(stateIcon(m_state));

    QStringList lines{tr("Retrainer")};
    if (m_engine.runner().activeCount() > 0)
        lines << tr("Training %n model(s) now", nullptr, m_engine.runner().activeCount());
    if (m_engine.pausedAll()) {
        lines << tr("Scheduling is paused");
    } else {
        std::optional<UpcomingMoment> next;
        for (const auto& moment : m_engine.upcoming())
            if (moment.when.isValid() && (!next || moment.when < next->when))
                next = moment;
        lines << (next ? tr("Next: %1 %2 (%3)").arg(m_engine.shownName(next->model), formatMoment(next->when), next->description)
                       : tr("Next: nothing scheduled"));
    }
    if (last)
        lines << tr("Last: %1 %2").arg(m_engine.shownName(last->model), runOutcomeText(*last));
    if (m_openAlerts > 0)
        lines << tr("%n alert(s) need attention", nullptr, m_openAlerts);
    setToolTip(lines.join(QLatin1Char('\n')));
}

void TrayIcon::notify(const QString& title, const QString& text, Notifier::Severity severity)
{
    const MessageIcon icon = severity == Notifier::Severity::Critical ? QSystemTrayIcon::Critical
                             : severity == Notifier::Severity::Warning ? QSystemTrayIcon::Warning
                                                                       : QSystemTrayIcon::Information;
    if (isVisible())
        showMessage(title, text, icon, 8000);
}

} // namespace retrainer
