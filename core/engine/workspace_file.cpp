#include "workspace_file.h"
#include "postgres_url.h"
#include "error.h"
#include "json_parse.h"
#include <QStringList>

namespace retrainer {

using json = nlohmann::json;

WorkspaceFile WorkspaceFile::parse(const QByteArray& bytes)
{
    QString problem;
    auto parsed = parseJson(bytes, &problem);
    if (!parsed)
        throw Error(QStringLiteral("not valid JSON: %1").arg(problem));
    const json j = std::move(*parsed);
    if (!j.is_object())
        throw Error(QStringLiteral("must hold a JSON object {…}"));
    const auto versionField = j.find("schema_version");
    const int version = versionField != j.end() && versionField->is_number_integer()
                            && versionField->get<long long>() >= 1 && versionField->get<long long>() <= kVersion
                            ? versionField->get<int>() : 0;
    if (version == 0)
        throw Error(QStringLiteral("has schema_version %1; this Retrainer reads versions 1 to %2")
                        .arg(versionField == j.end() ? QStringLiteral("(none)") : QString::fromStdString(versionField->dump()).left(40))
                        .arg(kVersion));
    // Migrations from older configuration versions go here, one step per version.
    WorkspaceFile file;
    try {
        if (j.contains("settings")) {
            const auto& s = j["settings"];
            if (!s.is_object())
                throw Error(QStringLiteral("\"settings\" must be a JSON object {…}, not %1").arg(QLatin1String(s.type_name())));
            if (s.contains("max_concurrent_trainings")) {
                const auto& n = s["max_concurrent_trainings"];
                if (!n.is_number_integer() || n.get<long long>() < 1 || n.get<long long>() > 64)
                    throw Error(QStringLiteral("settings.max_concurrent_trainings must be a whole number from 1 to 64, not %1")
                                    .arg(QString::fromStdString(n.dump()).left(40)));
                file.settings.maxConcurrentTrainings = n.get<int>();
            }
            if (s.contains("store")) {
                const auto& store = s["store"];
                if (!store.is_string())
                    throw Error(QStringLiteral("settings.store must be a postgresql:// address in quotes, not %1")
                                    .arg(QString::fromStdString(store.dump()).left(40)));
                const QString url = QString::fromStdString(store.get<std::string>());
                try {
                    file.settings.store = PostgresUrl::parse(url).toString();
                } catch (const Error& e) {
                    throw Error(QStringLiteral("settings.store: %1").arg(e.message()));
                }
            }
        }
        if (j.contains("models") && !j["models"].is_array())
            throw Error(QStringLiteral("\"models\" must be a list [...] of models, not %1").arg(QLatin1String(j["models"].type_name())));
        QStringList names;
        for (const auto& m : j.value("models", json::array())) {
            auto model = ModelConfig::fromJson(m);
            if (names.contains(model.name))
                throw Error(QStringLiteral("model '%1' is defined twice").arg(model.name));
            names << model.name;
            file.models.push_back(std::move(model));
        }
        if (j.contains("alert_channels") && !j["alert_channels"].is_array())
            throw Error(QStringLiteral("\"alert_channels\" must be a list [...] of channels"));
        for (const auto& c : j.value("alert_channels", json::array()))
            file.channels.push_back(AlertChannel::fromJson(c));
        checkChannelNames(file.channels);
    } catch (const json::exception& e) {
        throw Error(QString::fromUtf8(e.what()));
    }
    return file;
}

QByteArray WorkspaceFile::serialize() const
{
    json j;
    j["schema_version"] = kVersion;
    j["settings"] = {{"max_concurrent_trainings", settings.maxConcurrentTrainings}};
    if (!settings.store.isEmpty())
        j["settings"]["store"] = settings.store.toStdString();
    j["models"] = json::array();
    for (const auto& m : models)
        j["models"].push_back(m.toJson());
    if (!channels.empty()) {
        j["alert_channels"] = json::array();
        for (const auto& c : channels)
            j["alert_channels"].push_back(c.toJson());
    }
    return QByteArray::fromStdString(j.dump(2) + "\n");
}

void WorkspaceFile::checkChannelNames(const std::vector<AlertChannel>& channels)
{
    QStringList names;
    for (const auto& c : channels) {
        if (names.contains(c.name))
            throw Error(QStringLiteral("alert channel '%1' is defined twice").arg(c.name));
        names << c.name;
    }
}

} // namespace retrainer
