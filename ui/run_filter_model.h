#pragma once
// Filters the History tab's runs by trigger, outcome and the local date they were queued,
// and sorts them by RunHistoryModel's sort keys (Qt::UserRole) rather than by the displayed text.
#include <QDate>
#include <QSortFilterProxyModel>
#include <QString>

namespace retrainer {

class RunFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RunFilterModel(QObject* parent = nullptr);

    // A trigger as stored ("manual", "schedule"...); empty shows every trigger.
    void setTriggerFilter(const QString& trigger);
    const QString& triggerFilter() const { return m_trigger; }

    // A state as stored ("promoted", "failed"...; see toString(RunState)); empty shows every state.
    void setStateFilter(const QString& state);
    const QString& stateFilter() const { return m_state; }

    // Runs queued on a local date within [from, to], both inclusive; an invalid date leaves that end open.
    void setDateRange(const QDate& from, const QDate& to);
    const QDate& dateFrom() const { return m_from; }
    const QDate& dateTo() const { return m_to; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_trigger;
    QString m_state;
    QDate m_from, m_to;
};

} // namespace retrainer
