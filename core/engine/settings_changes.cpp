#include "settings_changes.h"
#include "cron_description.h"
#include "cron_expression.h"
#include <QCoreApplication>
#include <QLocale>
#include <map>
#include <set>

namespace retrainer {
namespace {

using json = nlohmann::json;

class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(SettingsChanges)
};

// The settings people change most, named as the Settings tab names them.
const std::map<std::string, const char*>& knownNames()
{
    static const std::map<std::string, const char*> names = {
        {"/display_name", QT_TRANSLATE_NOOP("SettingsChanges", "name")},
        {"/group", QT_TRANSLATE_NOOP("SettingsChanges", "group")},
        {"/algorithm", QT_TRANSLATE_NOOP("SettingsChanges", "algorithm")},
        {"/source", QT_TRANSLATE_NOOP("SettingsChanges", "data source")},
        {"/label", QT_TRANSLATE_NOOP("SettingsChanges", "column to predict")},
        {"/features", QT_TRANSLATE_NOOP("SettingsChanges", "columns to learn from")},
        {"/timestamp", QT_TRANSLATE_NOOP("SettingsChanges", "time column")},
        {"/holdout_fraction", QT_TRANSLATE_NOOP("SettingsChanges", "share of rows kept for testing")},
        {"/data_policy", QT_TRANSLATE_NOOP("SettingsChanges", "rows learnt from")},
        {"/minimum_samples", QT_TRANSLATE_NOOP("SettingsChanges", "fewest rows to train")},
        {"/keep_versions", QT_TRANSLATE_NOOP("SettingsChanges", "versions kept")},
        {"/primary_metric", QT_TRANSLATE_NOOP("SettingsChanges", "score used to compare versions")},
        {"/triggers/data/enabled", QT_TRANSLATE_NOOP("SettingsChanges", "retrain when new rows arrive")},
        {"/triggers/data/min_new", QT_TRANSLATE_NOOP("SettingsChanges", "new rows that start a retrain")},
        {"/triggers/data/window", QT_TRANSLATE_NOOP("SettingsChanges", "period in which they must arrive")},
        {"/triggers/data/cooldown", QT_TRANSLATE_NOOP("SettingsChanges", "rest between data retrains")},
        {"/triggers/performance/enabled", QT_TRANSLATE_NOOP("SettingsChanges", "performance checks")},
        {"/triggers/performance/threshold", QT_TRANSLATE_NOOP("SettingsChanges", "performance threshold")},
        {"/triggers/performance/every", QT_TRANSLATE_NOOP("SettingsChanges", "performance check interval")},
        {"/triggers/performance/retries", QT_TRANSLATE_NOOP("SettingsChanges", "retries before alert")},
        {"/triggers/catch_up", QT_TRANSLATE_NOOP("SettingsChanges", "catch up missed runs")},
        {"/triggers/paused", QT_TRANSLATE_NOOP("SettingsChanges", "paused")},
        {"/triggers/max_training", QT_TRANSLATE_NOOP("SettingsChanges", "longest training allowed")},
        {"/gate/minimum_improvement", QT_TRANSLATE_NOOP("SettingsChanges", "improvement a new version needs")},
        {"/gate/minimum_score", QT_TRANSLATE_NOOP("SettingsChanges", "lowest score allowed in service")},
        {"/gate/auto_rollback", QT_TRANSLATE_NOOP("SettingsChanges", "automatic rollback")},
        {"/gate/require_approval", QT_TRANSLATE_NOOP("SettingsChanges", "approval before service")},
    };
    return names;
}

QString valueText(const json& value)
{
    if (value.is_null())
        return ChangeText::tr("(none)");
    if (value.is_boolean())
        return value.get<bool>() ? ChangeText::tr("on") : ChangeText::tr("off");
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_number_float())
        return QLocale().toString(value.get<double>(), 'g', 6);
    if (value.is_array()) {
        QStringList items;
        for (const auto& item : value)
            items << valueText(item);
        return items.join(QStringLiteral(", "));
    }
    return QString::fromStdString(value.dump());
}

QString scheduleText(const json& schedule)
{
    const QString cron = QString::fromStdString(schedule.value("cron", std::string()));
    const auto parsed = CronExpression::tryParse(cron);
    QString text = parsed ? describeCron(*parsed) : cron;
    if (schedule.value("mode", std::string()) == "conditional")
        text = ChangeText::tr("%1, if %2 new rows").arg(text).arg(schedule.value("min_new", 0));
    return text;
}

std::map<int, json> schedulesById(const json& config)
{
    std::map<int, json> out;
    const json schedules = config.contains("triggers") ? config["triggers"].value("schedules", json::array()) : json::array();
    for (const auto& s : schedules)
        if (s.is_object())
            out[s.value("id", 0)] = s;
    return out;
}

void describeSchedules(const json& before, const json& after, QStringList& out)
{
    const auto was = schedulesById(before);
    const auto now = schedulesById(after);
    for (const auto& [id, schedule] : was) {
        const auto it = now.find(id);
        if (it == now.end())
            out << ChangeText::tr("schedule removed: %1").arg(scheduleText(schedule));
        else if (it->second != schedule)
            out << ChangeText::tr("schedule changed from %1 to %2").arg(scheduleText(schedule), scheduleText(it->second));
    }
    for (const auto& [id, schedule] : now)
        if (!was.count(id))
            out << ChangeText::tr("schedule added: %1").arg(scheduleText(schedule));
}

void describeLeaves(const json& before, const json& after, const std::string& path, QStringList& out)
{
    if (path == "/triggers/schedules" || path == "/name" || path == "/column_kinds" || path == "/parameters")
        return; // schedules have their own sentences; the name cannot change; kinds and parameters are internal
    if (before.is_object() && after.is_object()) {
        std::set<std::string> keys;
        for (const auto& item : before.items())
            keys.insert(item.key());
        for (const auto& item : after.items())
            keys.insert(item.key());
        for (const auto& key : keys)
            describeLeaves(before.value(key, json()), after.value(key, json()), path + "/" + key, out);
        return;
    }
    if (before == after)
        return;
    const auto known = knownNames().find(path);
    const QString name = known != knownNames().end() ? ChangeText::tr(known->second) : QString::fromStdString(path.substr(1)).replace(QLatin1Char('/'), QLatin1Char('.'));
    out << ChangeText::tr("%1 changed from %2 to %3").arg(name, valueText(before), valueText(after));
}

} // namespace

QStringList describeSettingsChanges(const json& before, const json& after)
{
    QStringList out;
    describeSchedules(before, after, out);
    describeLeaves(before, after, std::string(), out);
    return out;
}

QString describeSettingsAudit(const QString& model, const json& detail)
{
    if (!detail.is_object())
        return {};
    if (detail.value("added", false))
        return ChangeText::tr("%1 added").arg(model);
    if (!detail.contains("before") || !detail.contains("settings"))
        return ChangeText::tr("Settings of %1 saved").arg(model); // recorded before the earlier settings were kept
    const QStringList changes = describeSettingsChanges(detail["before"], detail["settings"]);
    if (changes.isEmpty())
        return ChangeText::tr("Settings of %1 saved without changes").arg(model);
    return ChangeText::tr("Settings of %1: %2").arg(model, changes.join(QStringLiteral("; ")));
}

} // namespace retrainer
