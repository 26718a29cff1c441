#include "model_sidebar.h"
#include <QHeaderView>
#include <map>

namespace retrainer {

ModelSidebar::ModelSidebar(QWidget* parent)
    : QTreeWidget(parent),
      m_dashboard(new QTreeWidgetItem(this, {tr("Dashboard")})),
      m_alerts(new QTreeWidgetItem(this, {tr("Alerts")})),
      m_events(new QTreeWidgetItem(this, {tr("Event log")})),
      m_audit(new QTreeWidgetItem(this, {tr("Audit trail")}))
{
    setHeaderHidden(true);
    setColumnCount(1);
    setIconSize(QSize(18, 18));
    setMinimumWidth(180);
    m_dashboard->setData(0, PageKeyRole, QStringLiteral("dashboard"));
    m_alerts->setData(0, PageKeyRole, QStringLiteral("alerts"));
    m_events->setData(0, PageKeyRole, QStringLiteral("events"));
    m_audit->setData(0, PageKeyRole, QStringLiteral("audit"));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current && !current->data(0, PageKeyRole).toString().isEmpty())
            Q_EMIT pageChosen(current->data(0, PageKeyRole).toString());
    });
}

void ModelSidebar::setModels(const std::vector<ModelSnapshot>& snapshots, const std::vector<ModelHealth>& health)
{
    const QString current = currentPage();
    const QSignalBlocker block(this);
    for (QTreeWidgetItem* group : m_groups)
        delete group;
    m_groups.clear();
    std::map<QString, QTreeWidgetItem*> groups;
    int position = 1; // after Dashboard
    for (size_t i = 0; i < snapshots.size(); ++i) {
        const ModelConfig& config = snapshots[i].config;
        QTreeWidgetItem*& group = groups[config.group];
        if (!group) {
            group = new QTreeWidgetItem({config.group});
            insertTopLevelItem(position++, group);
            group->setFlags(Qt::ItemIsEnabled);
            QFont font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
            m_groups << group;
        }
        auto* item = new QTreeWidgetItem(group, {config.shownName()});
        item->setData(0, PageKeyRole, QStringLiteral("model:") + config.name);
        item->setIcon(0, healthIcon(health[i]));
        item->setToolTip(0, config.displayName.isEmpty() ? healthLabel(health[i])
                                                         : QStringLiteral("%1 (%2)").arg(healthLabel(health[i]), config.name));
    }
    expandAll();
    if (!selectPage(current))
        setCurrentItem(m_dashboard);
}

void ModelSidebar::setOpenAlerts(int count)
{
    m_alerts->setText(0, count > 0 ? tr("Alerts (%1)").arg(count) : tr("Alerts"));
}

QTreeWidgetItem* ModelSidebar::itemOf(const QString& key) const
{
    for (QTreeWidgetItemIterator it(const_cast<ModelSidebar*>(this)); *it; ++it)
        if ((*it)->data(0, PageKeyRole).toString() == key)
            return *it;
    return nullptr;
}

bool ModelSidebar::selectPage(const QString& key)
{
    QTreeWidgetItem* item = itemOf(key);
    if (!item)
        return false;
    if (item != currentItem())
        setCurrentItem(item);
    return true;
}

QString ModelSidebar::currentPage() const
{
    return currentItem() ? currentItem()->data(0, PageKeyRole).toString() : QString();
}

} // namespace retrainer
