#include "audit_filter_model.h"
#include "audit_model.h"

namespace retrainer {

AuditFilterModel::AuditFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void AuditFilterModel::setModelFilter(const QString& model)
{
    if (model == m_model)
        return;
    m_model = model;
    invalidateFilter();
}

void AuditFilterModel::setActionFilter(const QString& action)
{
    if (action == m_action)
        return;
    m_action = action;
    invalidateFilter();
}

void AuditFilterModel::setSearchText(const QString& text)
{
    setFilterFixedString(text.trimmed());
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_model.isEmpty() && index.data(AuditModel::ModelRole).toString() != m_model)
        return false;
    if (!m_action.isEmpty() && index.data(AuditModel::ActionRole).toString() != m_action)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace retrainer
