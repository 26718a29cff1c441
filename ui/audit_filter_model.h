#pragma once
// Narrows the Audit page's rows to one model and one action (as stored; empty shows all) and to rows
// whose shown text contains the search text (any column, case-insensitive); sorts by AuditModel::SortRole.
#include <QSortFilterProxyModel>
#include <QString>

namespace retrainer {

class AuditFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditFilterModel(QObject* parent = nullptr);

    void setModelFilter(const QString& model);
    const QString& modelFilter() const { return m_model; }
    void setActionFilter(const QString& action);
    const QString& actionFilter() const { return m_action; }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_model;
    QString m_action;
};

} // namespace retrainer
