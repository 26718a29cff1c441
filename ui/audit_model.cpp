#include "audit_model.h"
#include "model_snapshot.h"
#include "settings_changes.h"
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

QString describeAuditEntry(const QString& action, const QString& model, const nlohmann::json& detail)
{
    if (!detail.is_object())
        return summarizeAuditDetail(detail);
    const auto number = [&](const char* key) { return detail.contains(key) && detail[key].is_number() ? QString::number(detail[key].get<qint64>()) : QStringLiteral("?"); };
    const auto text = [&](const char* key) { return QString::fromStdString(detail.value(key, std::string())); };
    if (action == QLatin1String("settings"))
        return describeSettingsAudit(model, detail);
    if (action == QLatin1String("train")) {
        QString sentence = AuditModel::tr("Run %1 of %2 started (%3)").arg(number("run"), model, triggerLabel(text("trigger")));
        if (detail.value("force", false))
            sentence += AuditModel::tr(", even if the data had not changed");
        if (detail.value("dry_run", false))
            sentence += AuditModel::tr(", as a trial: nothing was to be put in service");
        return sentence;
    }
    if (action == QLatin1String("cancel"))
        return AuditModel::tr("Run %1 of %2 cancelled").arg(number("run"), model);
    if (action == QLatin1String("rollback")) {
        const QString from = detail.contains("from") && detail["from"].is_number() ? number("from") : AuditModel::tr("none");
        if (detail.value("automatic", false))
            return AuditModel::tr("%1 rolled back automatically from version %2 to version %3: %4").arg(model, from, number("to"), text("reason"));
        return AuditModel::tr("%1 rolled back from version %2 to version %3").arg(model, from, number("to"));
    }
    if (action == QLatin1String("approve") || action == QLatin1String("reject")) {
        QString sentence = action == QLatin1String("approve") ? AuditModel::tr("Version %1 of %2 approved and put in service").arg(number("version"), model)
                                                              : AuditModel::tr("Version %1 of %2 rejected").arg(number("version"), model);
        if (!text("comment").isEmpty())
            sentence += AuditModel::tr(": \"%1\"").arg(text("comment"));
        return sentence;
    }
    if (action == QLatin1String("import"))
        return AuditModel::tr("%1 rows imported into %2, %3 rejected").arg(number("stored"), model, number("rejected"));
    if (action == QLatin1String("pause") || action == QLatin1String("resume")) {
        const bool all = detail.value("all", false);
        if (action == QLatin1String("pause"))
            return all ? AuditModel::tr("Scheduling paused for every model") : AuditModel::tr("Scheduling of %1 paused").arg(model);
        return all ? AuditModel::tr("Scheduling resumed for every model") : AuditModel::tr("Scheduling of %1 resumed").arg(model);
    }
    return summarizeAuditDetail(detail);
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
            return formatDateTime(entry->time);
        case ActorColumn:
            return entry->actor;
        case ActionColumn:
            return auditActionLabel(entry->action);
        case ModelColumn:
            return entry->model.isEmpty() ? QStringLiteral("—") : entry->model;
        case DetailColumn:
            return describeAuditEntry(entry->action, entry->model, entry->detail);
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
    case DetailColumn: return tr("What happened");
    }
    return {};
}

} // namespace retrainer
