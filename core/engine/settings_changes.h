#pragma once
// What a settings change did, in sentences for the audit trail: "nightly retrain moved: Every day at
// 02:00 → Every day at 03:30", "performance threshold: 0.70 → 0.65". Compares two ModelConfig::toJson()
// records (the "before" and "settings" of a settings audit entry). Translatable through
// QCoreApplication::translate("SettingsChanges", …).
#include <QStringList>
#include <nlohmann/json.hpp>

namespace retrainer {

QStringList describeSettingsChanges(const nlohmann::json& before, const nlohmann::json& after);

// A settings audit entry's detail in one sentence: "Model added", "Nothing changed", or the changes
// joined by "; ". `model` names the model in the sentence.
QString describeSettingsAudit(const QString& model, const nlohmann::json& detail);

} // namespace retrainer
