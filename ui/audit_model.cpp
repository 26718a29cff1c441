#include "audit_model.h"
#include <QCoreApplication>
#include <QLocale>

namespace retrainer {

QString auditActionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("train"), QT_TRANSLATE_NOOP("AuditModel", "Train")},
        {QStringLiteral("cancel"), QT_TRANSLATE_NOOP("AuditModel", "Cancel")},
        {QStringLiteral("rollback"), QT_TRANSLATE_NOOP("AuditModel", "Roll back")},
        {QStringLiteral("approve"), QT_TRANSLATE_NOOP("AuditModel", "Approve")},
        {QStringLiteral("reject"), QT_TRANSLATE_NOOP("AuditModel", "Reject")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("AuditModel", "Settings change")},
        {QStringLiteral("pause"), QT_TRANSLATE_NOOP("AuditModel", "Pause")},
        {QStringLiteral("resume"), QT_TRANSLATE_NOOP("AuditModel", "Resume")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("AuditModel", "Import rows")},
        {QStringLiteral("token-create"), QT_TRANSLATE_NOOP("AuditModel", "Create token")},
        {QStringLiteral("token-revoke"), QT_TRANSLATE_NOOP("AuditModel", "Revoke token")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : QCoreApplication::translate("AuditModel", *it);
}

QString summarizeAuditDetail(const nlohmann::json& detail)
{
    if (!detail.is_object())
        return detail.is_null() ? QString() : QString::fromStdString(detail.dump());
    QStringList parts;
    for (const auto& item : detail.items()) {
        const auto& value = item.value();
        QString text;
        if (value.is_string())
            text = QString::fromStdString(value.get<std::string>());
        else if (value.is_object() || value.is_array())
            text = QCoreApplication::translate("AuditModel", "%n item(s)", nullptr, int(value.size()));
        else
            text = QString::fromStdString(value.dump());
        if (value.is_string() && text.isEmpty())
            continue;
        parts << QStringLiteral("%1: %2").arg(QString::fromStdString(item.key()), text);
    }
    return parts.join(QStringLiteral(", "));
}

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditModel::setEntries(std::vector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const AuditEntry* AuditModel::entryAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry)
        return {};
    switch (role) {
    case ActionRole:
        return entry->action;
    case ModelRole:
        return entry->model;
    case Qt::ToolTipRole:
        return index.column() == DetailColumn ? QString::fromStdString(entry->detail.dump(2)) : QVariant();
    case SortRole:
        if (index.column() == TimeColumn)
            return entry->time;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry->time.toLocalTime(), QLocale::ShortFormat);
        case ActorColumn:
            return entry->actor;
        case ActionColumn:
            return auditActionLabel(entry->action);
        case ModelColumn:
            return entry->model.isEmpty() ? QStringLiteral("—") : entry->model;
        case DetailColumn:
            return summarizeAuditDetail(entry->detail);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case ActorColumn: return tr("Who");
    case ActionColumn: return tr("Action");
    case ModelColumn: return tr("Model");
    case DetailColumn: return tr("Details");
    }
    return {};
}

} // namespace retrainer
