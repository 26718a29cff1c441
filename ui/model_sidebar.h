#pragma once
// The main window's sidebar: Dashboard, the models under their group headings with a health icon each,
// Alerts (with the count of open ones) and the Event log. Every entry has a page key:
// "dashboard", "model:<name>", "alerts", "events".
#include "model_snapshot.h"
#include <QTreeWidget>

namespace retrainer {

class ConsoleEngine;

class ModelSidebar : public QTreeWidget
{
    Q_OBJECT
public:
    static constexpr int PageKeyRole = Qt::UserRole;

    explicit ModelSidebar(QWidget* parent = nullptr);

    void setModels(const std::vector<ModelSnapshot>& snapshots, const std::vector<ModelHealth>& health);
    void setOpenAlerts(int count);
    // Selects the entry of a page key; false when there is none.
    bool selectPage(const QString& key);
    QString currentPage() const;
    QTreeWidgetItem* itemOf(const QString& key) const;

Q_SIGNALS:
    void pageChosen(const QString& key);

private:
    QTreeWidgetItem* m_dashboard;
    QTreeWidgetItem* m_alerts;
    QTreeWidgetItem* m_events;
    QTreeWidgetItem* m_audit;
    QList<QTreeWidgetItem*> m_groups;
};

} // namespace retrainer
