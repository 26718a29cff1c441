#include "model_overview_tab.h"
#include "console_engine.h"
#include "error.h"
#include "model_card.h"
#include "workspace.h"
#include <QCoroFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace retrainer {

QString phaseLabel(const QString& phase)
{
    if (phase == QLatin1String("queued"))
        return ModelOverviewTab::tr("waiting for a free worker");
    if (phase == QLatin1String("loading"))
        return ModelOverviewTab::tr("loading and checking the data");
    if (phase == QLatin1String("training"))
        return ModelOverviewTab::tr("training the candidate");
    if (phase == QLatin1String("evaluating"))
        return ModelOverviewTab::tr("comparing with the version in service");
    if (phase == QLatin1String("done"))
        return ModelOverviewTab::tr("recording the outcome");
    return phase;
}

ModelOverviewTab::ModelOverviewTab(ConsoleEngine& engine, QWidget* parent)
    : QWidget(parent),
      m_engine(engine),
      m_card(new ModelCard(this)),
      m_train(new QPushButton(tr("Train now"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_phase(new QLabel(this)),
      m_message(new QLabel(this)),
      m_upcoming(new QTreeWidget(this)),
      m_tick(new QTimer(this))
{
    m_card->setOpenable(false);
    m_card->trainButton()->hide(); // the tab's own button, beside Cancel, trains
    m_train->setObjectName(QStringLiteral("trainNowButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_progress->setRange(0, 100);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_phase->setObjectName(QStringLiteral("runPhase"));
    m_message->setWordWrap(true);
    m_upcoming->setColumnCount(3);
    m_upcoming->setHeaderLabels({tr("When"), tr("Trigger"), tr("What happens")});
    m_upcoming->setRootIsDecorated(false);
    m_upcoming->header()->setStretchLastSection(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_train);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto* next = new QLabel(tr("What will happen next"), this);
    QFont bold = next->font();
    bold.setBold(true);
    next->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_card);
    layout->addLayout(buttons);
    layout->addWidget(m_phase);
    layout->addWidget(m_message);
    layout->addWidget(next);
    layout->addWidget(m_upcoming, 1);

    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, &ModelOverviewTab::updateElapsed);
    connect(m_train, &QPushButton::clicked, this, &ModelOverviewTab::train);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_engine.cancel(m_model))
            m_message->setText(tr("Cancelling: the version in service stays."));
    });
    connect(&m_engine, &ConsoleEngine::runProgress, this, &ModelOverviewTab::onProgress);
    connect(&m_engine, &ConsoleEngine::runQueued, this, [this](qint64 runId, const QString& model) {
        onProgress(runId, model, QStringLiteral("queued"), 0.0);
    });
    connect(&m_engine, &ConsoleEngine::runFinished, this, [this](qint64, const QString& model, const QString&) {
        if (model != m_model)
            return;
        showRunning(false);
        reload();
    });
    connect(&m_engine, &ConsoleEngine::versionsChanged, this, [this](const QString& model) {
        if (model == m_model)
            reload();
    });
    showRunning(false);
}

void ModelOverviewTab::setModel(const QString& model)
{
    m_model = model;
    m_message->clear();
    showRunning(m_engine.isTraining(model));
    if (m_engine.isTraining(model))
        m_phase->setText(tr("A run is on."));
    reload();
}

QCoro::Task<> ModelOverviewTab::reload()
{
    const auto config = m_engine.workspace().model(m_model);
    if (!config)
        co_return;
    const int ticket = ++m_reloads;
    QPointer<ModelOverviewTab> self(this);
    Workspace* workspace = &m_engine.workspace();
    const ModelConfig model = *config;
    auto future = QtConcurrent::run([workspace, model] { return loadModelSnapshot(*workspace, model); });
    const ModelSnapshot snapshot = co_await future;
    if (!self || ticket != self->m_reloads)
        co_return;
    const auto next = self->m_engine.nextMoment(snapshot.config.name);
    self->m_card->setSnapshot(snapshot, self->m_engine.health(snapshot), next ? next->when : QDateTime(),
                              next ? next->description : QString());
    self->fillUpcoming();
    Q_EMIT self->reloaded();
}

void ModelOverviewTab::fillUpcoming()
{
    m_upcoming->clear();
    for (const UpcomingMoment& moment : m_engine.upcoming(m_model)) {
        auto* item = new QTreeWidgetItem(m_upcoming);
        item->setText(0, moment.when.isValid() ? formatMoment(moment.when) : tr("when it applies"));
        item->setText(1, toString(moment.kind));
        item->setText(2, moment.description);
    }
    m_upcoming->resizeColumnToContents(0);
    m_upcoming->resizeColumnToContents(1);
}

void ModelOverviewTab::train()
{
    try {
        m_engine.train(m_model);
        m_message->setText(tr("Training started. You can keep working; the window stays responsive."));
    } catch (const Error& e) {
        m_message->setText(e.message());
    }
}

void ModelOverviewTab::onProgress(qint64, const QString& model, const QString& phase, double fraction)
{
    if (model != m_model)
        return;
    if (m_currentPhase.isEmpty())
        m_elapsed.start();
    showRunning(true);
    m_currentPhase = phase;
    m_progress->setValue(int(fraction * 100));
    updateElapsed();
}

void ModelOverviewTab::showRunning(bool running)
{
    m_progress->setVisible(running);
    m_phase->setVisible(running);
    m_cancel->setEnabled(running);
    m_train->setEnabled(!running);
    if (running) {
        if (!m_tick->isActive())
            m_tick->start();
    } else {
        m_tick->stop();
        m_currentPhase.clear();
    }
}

void ModelOverviewTab::updateElapsed()
{
    const qint64 secs = m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0;
    m_phase->setText(tr("%1 · %2 elapsed").arg(phaseLabel(m_currentPhase.isEmpty() ? QStringLiteral("queued") : m_currentPhase),
                                               formatDuration(secs)));
}

QString ModelOverviewTab::phaseText() const
{
    return m_phase->text();
}

} // namespace retrainer
