#include "model_page.h"
#include "on_worker.h"
#include "accuracy_chart.h"
#include "approval_badge.h"
#include "approval_dialog.h"
#include "backtest_tab.h"
#include "data_quality_page.h"
#include "engine.h"
#include "error.h"
#include "console_engine.h"
#include "history_tab.h"
#include "model_overview_tab.h"
#include "model_settings_page.h"
#include "page_title.h"
#include "versions_tab.h"
#include "workspace.h"
#include <QCoroFuture>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QTabWidget>
#include <QVBoxLayout>

namespace retrainer {

ModelPage::ModelPage(ConsoleEngine& engine, QWidget* parent)
    : QWidget(parent),
      m_engine(engine),
      m_title(makePageTitle(QString(), this)),
      m_tabs(new QTabWidget(this)),
      m_overview(new ModelOverviewTab(engine, this)),
      m_accuracy(new AccuracyChart(engine, this)),
      m_versions(new VersionsTab(engine, this)),
      m_history(new HistoryTab(engine, this)),
      m_settings(new ModelSettingsPage(engine.workspace(), engine.workers(), this)),
      m_data(new DataQualityPage(this)),
      m_backtest(new BacktestTab(engine, this)),
      m_badge(new ApprovalBadge(this))
{
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_accuracy, tr("Accuracy"));
    m_tabs->addTab(m_versions, tr("Versions"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_settings, tr("Settings"));
    addModelTab(m_data, tr("Data"), [this](const QString& model) { loadData(model); });
    addModelTab(m_backtest, tr("Backtest"), [this](const QString& model) { m_backtest->setModel(model); });
    connect(m_data, &DataQualityPage::refreshRequested, this, [this] { loadData(m_model); });
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_badge);
    heading->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(m_tabs, 1);

    // Saved through the engine: checked, audited with the OS user, the model's triggers refreshed.
    m_settings->setSaver([this](ModelConfig config) { return m_engine.saveModel(std::move(config)); });
    const auto refreshChart = [this](const QString& model) {
        if (model != m_model)
            return;
        m_accuracy->reload();
        m_badge->refresh(m_engine.workers(), m_engine.workspace().registry(), m_model);
    };
    connect(m_badge, &ApprovalBadge::clicked, this, [this] { reviewPendingVersion(); });
    connect(m_settings, &ModelSettingsPage::saved, this, [this, refreshChart](const QString& model) {
        if (model != m_model)
            return;
        m_title->setText(m_engine.shownName(model)); // the name shown may have changed
        refreshChart(model);
    });
    connect(&m_engine, &ConsoleEngine::versionsChanged, this, refreshChart);
    // Settings saved elsewhere (another console or daemon on a shared store) show without a restart.
    connect(&m_engine, &ConsoleEngine::modelsChanged, this, [this] {
        m_settings->followStored();
        if (!m_model.isEmpty())
            m_title->setText(m_engine.shownName(m_model));
    });
    connect(&m_engine, &ConsoleEngine::runFinished, this, [this, refreshChart](qint64, const QString& model, const QString&) {
        refreshChart(model);
        if (model == m_model)
            loadData(model); // the run read new rows and cleaned them: the Data tab shows what it found
    });
}

QString ModelPage::titleText() const
{
    return m_title->text();
}

void ModelPage::setModel(const QString& model)
{
    if (model == m_model)
        return;
    m_model = model;
    m_title->setText(m_engine.shownName(model));
    m_overview->setModel(model);
    m_accuracy->setModel(model);
    m_versions->setModel(model);
    m_history->setModel(model);
    m_settings->setModel(model);
    m_badge->refresh(m_engine.workers(), m_engine.workspace().registry(), model);
    for (const auto& follow : m_extraTabs)
        follow(model);
}

void ModelPage::addModelTab(QWidget* tab, const QString& title, std::function<void(const QString&)> setModel)
{
    m_tabs->addTab(tab, title);
    if (!m_model.isEmpty())
        setModel(m_model);
    m_extraTabs.push_back(std::move(setModel));
}

QCoro::Task<> ModelPage::loadData(QString model)
{
    QPointer<ModelPage> self(this);
    try {
        auto loading = DataQualityPage::loadQualityReport(m_engine.workers(), m_engine.workspace(), model);
        const QualityReport report = co_await loading;
        if (self && model == self->m_model)
            self->m_data->showReport(report);
    } catch (const Error& e) {
        if (self && model == self->m_model)
            self->m_data->showError(e.message());
    }
}

QCoro::Task<> ModelPage::reviewPendingVersion()
{
    QPointer<ModelPage> self(this);
    const QString model = m_model;
    Registry* registry = &m_engine.workspace().registry();
    auto finding = [registry, model] {
        const auto pending = registry->pendingApprovals(model);
        return pending.empty() ? 0 : pending.front().version;
    };
    const int version = co_await onWorker(m_engine.workers(), std::move(finding));
    if (!self || version == 0)
        co_return;
    auto* dialog = new ApprovalDialog(m_engine.engine(), model, version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace retrainer
