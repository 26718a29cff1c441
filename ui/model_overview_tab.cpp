#include "model_overview_tab.h"
#include "on_worker.h"
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
#include <algorithm>
#include <cmath>

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

int runPercent(const QString& phase, double fraction)
{
    struct Span
    {
        const char* phase;
        double from, to;
    };
    static constexpr Span spans[] = {{"queued", 0, 0},      {"loading", 0, 10}, {"training", 10, 80},
                                     {"evaluating", 80, 95}, {"done", 95, 100}};
    const double f = std::clamp(fraction, 0.0, 1.0);
    for (const Span& span : spans)
        if (phase == QLatin1String(span.phase))
            return int(std::lround(span.from + f * (span.to - span.from)));
    return 0;
}

QString runEndedText(const QString& state)
{
    if (state == QLatin1String("promoted"))
        return ModelOverviewTab::tr("The run has ended: the new version is now in service.");
    if (state == QLatin1String("rejected"))
        return ModelOverviewTab::tr("The run has ended: the version in service was better, so it stays.");
    if (state == QLatin1String("awaiting_approval"))
        return ModelOverviewTab::tr("The run has ended: the new version waits for approval before it is used.");
    if (state == QLatin1String("cancelled"))
        return ModelOverviewTab::tr("Cancelled. The version in service stays.");
    if (state == QLatin1String("skipped"))
        return ModelOverviewTab::tr("The run was skipped; \"Last run\" above says why.");
    return ModelOverviewTab::tr("The run did not succeed; \"Last run\" above says why. The version in service stays.");
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
    m_message->setObjectName(QStringLiteral("runMessage"));
    // The bar and the phase keep their room while hidden, so nothing moves (Cancel least of all, which the
    // pointer may be on its way to) when a run starts or ends.
    for (QWidget* keepsRoom : std::initializer_list<QWidget*>{m_progress, m_phase}) {
        QSizePolicy policy = keepsRoom->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        keepsRoom->setSizePolicy(policy);
    }
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing()); // room for the message before it comes
    // The list below takes what room is left, so a longer message never squeezes the card above the buttons.
    m_upcoming->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_upcoming->setMinimumHeight(80);
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
    connect(m_train, &QPushButton::clicked, this, [this] { train(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_engine.cancel(m_model))
            m_message->setText(tr("Cancelling: the version in service stays."));
    });
    connect(&m_engine, &ConsoleEngine::runProgress, this, &ModelOverviewTab::onProgress);
    connect(&m_engine, &ConsoleEngine::runQueued, this, [this](qint64 runId, const QString& model) {
        onProgress(runId, model, QStringLiteral("queued"), 0.0);
    });
    connect(&m_engine, &ConsoleEngine::runFinished, this,
            [this](qint64, const QString& model, const QString& state) { onFinished(model, state); });
    connect(&m_engine, &ConsoleEngine::versionsChanged, this, [this](const QString& model) {
        if (model == m_model)
            reload();
    });
    connect(&m_engine, &ConsoleEngine::scheduleArmed, this, [this] { reload(); });
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
    auto work = [workspace, model] { return loadModelSnapshot(*workspace, model); };
    const ModelSnapshot snapshot = co_await onWorker(m_engine.workers(), std::move(work));
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

QCoro::Task<> ModelOverviewTab::train()
{
    QPointer<ModelOverviewTab> self(this);
    const QString model = m_model;
    auto starting = m_engine.train(model);
    if (m_engine.isTraining(model)) { // from the click on: the run is being queued on a worker
        onProgress(0, model, QStringLiteral("queued"), 0.0); // runQueued follows with the run's id
        m_message->setText(tr("Training started. You can keep working; the window stays responsive."));
    }
    QString refused;
    try {
        co_await starting;
    } catch (const Error& e) {
        refused = e.message();
    }
    if (refused.isEmpty() || !self || self->m_model != model)
        co_return;
    self->showRunning(self->m_engine.isTraining(model));
    self->m_message->setText(refused);
}

void ModelOverviewTab::onProgress(qint64 runId, const QString& model, const QString& phase, double fraction)
{
    if (model != m_model)
        return;
    if (m_currentPhase.isEmpty())
        m_elapsed.start();
    if (runId != m_runId) {
        m_runId = runId;
        m_runPercent = 0;
    }
    showRunning(true);
    m_currentPhase = phase;
    m_runPercent = std::max(m_runPercent, runPercent(phase, fraction));
    m_progress->setValue(m_runPercent);
    updateElapsed();
}

void ModelOverviewTab::onFinished(const QString& model, const QString& state)
{
    if (model != m_model)
        return;
    showRunning(false);
    m_message->setText(runEndedText(state));
    reload();
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

QString ModelOverviewTab::messageText() const
{
    return m_message->text();
}

} // namespace retrainer
