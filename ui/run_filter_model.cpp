#include "run_filter_model.h"
#include "run_history_model.h"
#include <QDateTime>

namespace retrainer {

RunFilterModel::RunFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RunHistoryModel::SortRole);
}

void RunFilterModel::setTriggerFilter(const QString& trigger)
{
    if (trigger == m_trigger)
        return;
    m_trigger = trigger;
    invalidateFilter();
}

void RunFilterModel::setStateFilter(const QString& state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void RunFilterModel::setDateRange(const QDate& from, const QDate& to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool RunFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, RunHistoryModel::RunColumn, sourceParent);
    if (!m_trigger.isEmpty() && index.data(RunHistoryModel::TriggerRole).toString() != m_trigger)
        return false;
    if (!m_state.isEmpty() && index.data(RunHistoryModel::StateRole).toString() != m_state)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDateTime queued = index.data(RunHistoryModel::QueuedRole).toDateTime();
        if (!queued.isValid())
            return false;
        const QDate day = queued.toLocalTime().date();
        if (m_from.isValid() && day < m_from)
            return false;
        if (m_to.isValid() && day > m_to)
            return false;
    }
    return true;
}

} // namespace retrainer
