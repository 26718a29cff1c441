#pragma once
// One model's page, tabs: Overview, Accuracy, Versions, History, Settings, Data, Backtest, and further tabs that follow
// the model added with addModelTab() — the Data tab (DataQualityPage) is added there by the console.
// setModel() switches every tab to another model.
#include <QCoroTask>
#include <QWidget>
#include <functional>
#include <vector>

class QLabel;
class QTabWidget;

namespace retrainer {

class AccuracyChart;
class ApprovalBadge;
class BacktestTab;
class DataQualityPage;
class ConsoleEngine;
class HistoryTab;
class ModelOverviewTab;
class ModelSettingsPage;
class VersionsTab;

class ModelPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { OverviewTab, AccuracyTab, VersionsTabIndex, HistoryTabIndex, SettingsTab, DataTab, BacktestTabIndex };

    explicit ModelPage(ConsoleEngine& engine, QWidget* parent = nullptr);

    void setModel(const QString& model);
    QString model() const { return m_model; }
    QString titleText() const; // the shown model's name as the page heads it

    QTabWidget* tabs() const { return m_tabs; }
    ModelOverviewTab* overview() const { return m_overview; }
    AccuracyChart* accuracy() const { return m_accuracy; }
    VersionsTab* versions() const { return m_versions; }
    HistoryTab* history() const { return m_history; }
    ModelSettingsPage* settings() const { return m_settings; }
    DataQualityPage* data() const { return m_data; }
    BacktestTab* backtest() const { return m_backtest; }
    ApprovalBadge* approvalBadge() const { return m_badge; }

    // Opens the approval dialog for the model's newest version awaiting approval (the badge's click).
    QCoro::Task<> reviewPendingVersion();

    // Adds a tab that follows the model shown (e.g. the Data tab: DataQualityPage). `setModel` is called with
    // the current model now and on every switch.
    void addModelTab(QWidget* tab, const QString& title, std::function<void(const QString&)> setModel);

private:
    QCoro::Task<> loadData(QString model);

    ConsoleEngine& m_engine;
    QString m_model;
    QLabel* m_title;
    QTabWidget* m_tabs;
    ModelOverviewTab* m_overview;
    AccuracyChart* m_accuracy;
    VersionsTab* m_versions;
    HistoryTab* m_history;
    ModelSettingsPage* m_settings;
    DataQualityPage* m_data;
    BacktestTab* m_backtest;
    ApprovalBadge* m_badge;
    std::vector<std::function<void(const QString&)>> m_extraTabs;
};

} // namespace retrainer
