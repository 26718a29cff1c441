#pragma once
// The Audit page's table: one row per audit entry (newest first) — local time, actor, action, model and
// a one-line summary of the details (the full details as a tooltip).
#include "audit_log.h"
#include <QAbstractTableModel>
#include <QString>
#include <vector>

namespace retrainer {

// The action in the user's words ("Approve", "Settings change"); unknown actions as stored.
QString auditActionLabel(const QString& action);
// "version: 3, comment: looks good" — scalar details in order, nested ones named by their size.
QString summarizeAuditDetail(const nlohmann::json& detail);
// The entry as a sentence: "Run 12 of clinic-waiting-time started (Train now)", "Settings of
// clinic-waiting-time: schedule changed from Every day at 02:00 to Every day at 03:30". The raw record
// stays in the tooltip and in the page's "Show the record" box.
QString describeAuditEntry(const QString& action, const QString& model, const nlohmann::json& detail);

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, ModelColumn, DetailColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // sortable value (QDateTime for the time)
        ActionRole,              // the action as stored ("approve")
        ModelRole,               // the model's name ("" when about no model)
    };

    explicit AuditModel(QObject* parent = nullptr);

    void setEntries(std::vector<AuditEntry> entries);
    const AuditEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AuditEntry> m_entries;
};

} // namespace retrainer
