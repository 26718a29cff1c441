#include "model_page.h"
#include "accuracy_chart.h"
#include "console_engine.h"
#include "history_tab.h"
#include "model_overview_tab.h"
#include "model_settings_page.h"
#include "page_title.h"
#include "versions_tab.h"
#include <QLabel>
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
      m_settings(new ModelSettingsPage(engine.workspace(), this))
{
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_accuracy, tr("Accuracy"));
    m_tabs->addTab(m_versions, tr("Versions"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_settings, tr("Settings"));
    // DATA TAB: the integrator adds DataQualityPage (branch quality) here, after Settings:
    //   auto* data = new DataQualityPage(...); addModelTab(data, tr("Data"), [data](const QString& m) { data->setModel(m); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    // The page wrote workspace.json; the engine records who changed it and refreshes the model's triggers.
    connect(m_settings, &ModelSettingsPage::saved, this, [this](const QString& model) { m_engine.adoptModel(model); });
    const auto refreshChart = [this](const QString& model) {
        if (model == m_model)
            m_accuracy->reload();
    };
    connect(&m_engine, &ConsoleEngine::versionsChanged, this, refreshChart);
    connect(&m_engine, &ConsoleEngine::runFinished, this,
            [refreshChart](qint64, const QString& model, const QString&) { refreshChart(model); });
}

void ModelPage::setModel(const QString& model)
{
    if (model == m_model)
        return;
    m_model = model;
    m_title->setText(model);
    m_overview->setModel(model);
    m_accuracy->setModel(model);
    m_versions->setModel(model);
    m_history->setModel(model);
    m_settings->setModel(model);
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

} // namespace retrainer
