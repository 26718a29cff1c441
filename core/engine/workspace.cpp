#include "workspace.h"
#include "json_parse.h"
#include "write_problem.h"
#include <algorithm>
#include "error.h"
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringList>

namespace retrainer {

using json = nlohmann::json;

namespace {

void checkChannelNames(const std::vector<AlertChannel>& channels)
{
    QStringList names;
    for (const auto& c : channels) {
        if (names.contains(c.name))
            throw Error(QStringLiteral("alert channel '%1' is defined twice").arg(c.name));
        names << c.name;
    }
}

} // namespace

QString Workspace::resolveDirectory(const QString& option)
{
    if (!option.isEmpty())
        return QDir(option).absolutePath();
    const QString env = qEnvironmentVariable("RETRAINER_WORKSPACE");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace");
}

bool Workspace::exists(const QString& dir)
{
    return QFile::exists(dir + QStringLiteral("/workspace.json"));
}

Workspace::Workspace(const QString& dir) : m_dir(QDir(dir).absolutePath()) {}

Workspace::~Workspace() = default;

QString Workspace::configPath() const { return m_dir + QStringLiteral("/workspace.json"); }
QString Workspace::storePath() const { return m_dir + QStringLiteral("/retrainer.sqlite"); }
QString Workspace::modelsDir() const { return m_dir + QStringLiteral("/models"); }
QString Workspace::secretsPath() const { return m_dir + QStringLiteral("/secrets.json"); }

std::unique_ptr<Workspace> Workspace::create(const QString& dir)
{
    if (!QDir().mkpath(dir + QStringLiteral("/models")))
        throw Error(QStringLiteral("cannot create the workspace folder %1").arg(dir));
    if (!exists(dir)) {
        std::unique_ptr<Workspace> fresh(new Workspace(dir));
        fresh->save();
    }
    return open(dir);
}

std::unique_ptr<Workspace> Workspace::open(const QString& dir)
{
    if (!exists(dir))
        throw Error(QStringLiteral("no workspace in %1 (workspace.json is missing); create one with "
                                   "`retrainer --workspace %1 init` or `init --demo`").arg(dir));
    std::unique_ptr<Workspace> ws(new Workspace(dir));
    ws->load();
    QDir().mkpath(ws->modelsDir());
    ws->m_store = std::make_unique<Store>(ws->storePath());
    ws->m_registry = std::make_unique<Registry>(*ws->m_store, ws->modelsDir());
    return ws;
}

void Workspace::load()
{
    QFile file(configPath());
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read %1: %2").arg(configPath(), file.errorString()));
    const QByteArray bytes = file.readAll();
    QString problem;
    auto parsed = parseJson(bytes, &problem);
    if (!parsed)
        throw Error(QStringLiteral("%1 is not valid JSON: %2").arg(configPath(), problem));
    const json j = std::move(*parsed);
    if (!j.is_object())
        throw Error(QStringLiteral("%1 must hold a JSON object").arg(configPath()));
    const int version = j.value("schema_version", 0);
    if (version < 1 || version > kConfigVersion)
        throw Error(QStringLiteral("%1 has schema_version %2; this Retrainer reads versions 1 to %3")
                        .arg(configPath()).arg(version).arg(kConfigVersion));
    // Migrations from older configuration versions go here, one step per version.
    try {
        if (j.contains("settings")) {
            const auto& s = j["settings"];
            m_settings.maxConcurrentTrainings = s.value("max_concurrent_trainings", m_settings.maxConcurrentTrainings);
            if (m_settings.maxConcurrentTrainings < 1)
                throw Error(QStringLiteral("settings.max_concurrent_trainings must be at least 1"));
        }
        if (j.contains("models") && !j["models"].is_array())
            throw Error(QStringLiteral("\"models\" must be a list [...] of models, not %1").arg(QLatin1String(j["models"].type_name())));
        QStringList names;
        for (const auto& m : j.value("models", json::array())) {
            auto model = ModelConfig::fromJson(m);
            if (names.contains(model.name))
                throw Error(QStringLiteral("model '%1' is defined twice").arg(model.name));
            names << model.name;
            m_models.push_back(std::move(model));
        }
        if (j.contains("alert_channels") && !j["alert_channels"].is_array())
            throw Error(QStringLiteral("\"alert_channels\" must be a list [...] of channels"));
        std::vector<AlertChannel> channels;
        for (const auto& c : j.value("alert_channels", json::array()))
            channels.push_back(AlertChannel::fromJson(c));
        checkChannelNames(channels);
        m_channels = std::move(channels);
    } catch (const Error& e) {
        throw Error(QStringLiteral("%1: %2").arg(configPath(), e.message()));
    } catch (const json::exception& e) {
        throw Error(QStringLiteral("%1: %2").arg(configPath(), QString::fromUtf8(e.what())));
    }
}

void Workspace::save() const
{
    QMutexLocker lock(&m_modelsMutex);
    write(m_models, m_channels);
}

std::vector<AlertChannel> Workspace::alertChannels() const
{
    QMutexLocker lock(&m_modelsMutex);
    return m_channels;
}

void Workspace::setAlertChannels(const std::vector<AlertChannel>& channels)
{
    for (const auto& c : channels)
        if (const QString problem = c.problem(); !problem.isEmpty())
            throw Error(problem);
    checkChannelNames(channels);
    QMutexLocker lock(&m_modelsMutex);
    write(m_models, channels);
    m_channels = channels;
}

void Workspace::write(const std::vector<ModelConfig>& models, const std::vector<AlertChannel>& channels) const
{
    json j;
    j["schema_version"] = kConfigVersion;
    j["settings"] = {{"max_concurrent_trainings", m_settings.maxConcurrentTrainings}};
    j["models"] = json::array();
    for (const auto& m : models)
        j["models"].push_back(m.toJson());
    if (!channels.empty()) {
        j["alert_channels"] = json::array();
        for (const auto& c : channels)
            j["alert_channels"].push_back(c.toJson());
    }
    QSaveFile file(configPath());
    const std::string text = j.dump(2) + "\n";
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size())
        || !file.commit())
        throw Error(QStringLiteral("cannot write %1: %2").arg(configPath(), writeProblem(configPath(), file.errorString())));
}

std::vector<ModelConfig> Workspace::models() const
{
    QMutexLocker lock(&m_modelsMutex);
    return m_models;
}

std::optional<ModelConfig> Workspace::model(const QString& name) const
{
    QMutexLocker lock(&m_modelsMutex);
    for (const auto& m : m_models)
        if (m.name == name)
            return m;
    return std::nullopt;
}

ModelConfig Workspace::requireModel(const QString& name) const
{
    if (auto m = model(name))
        return *m;
    QStringList known;
    for (const auto& m : models())
        known << m.name;
    throw Error(QStringLiteral("no model named '%1' in this workspace (models: %2)")
                    .arg(name, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
}

void Workspace::addModel(const ModelConfig& model)
{
    QMutexLocker lock(&m_modelsMutex);
    for (const auto& m : m_models)
        if (m.name == model.name)
            throw Error(QStringLiteral("a model named '%1' already exists").arg(model.name));
    std::vector<ModelConfig> next = m_models;
    next.push_back(model);
    write(next, m_channels);
    m_models = std::move(next);
}

void Workspace::updateModel(const ModelConfig& model)
{
    QMutexLocker lock(&m_modelsMutex);
    std::vector<ModelConfig> next = m_models;
    const auto it = std::find_if(next.begin(), next.end(), [&](const ModelConfig& m) { return m.name == model.name; });
    if (it != next.end())
        *it = model;
    else
        next.push_back(model);
    write(next, m_channels);
    m_models = std::move(next);
}

bool Workspace::acquireTrainingLock(qint64* holder, int waitMs)
{
    if (m_trainingLock && m_trainingLock->isLocked())
        return true;
    m_trainingLock = std::make_unique<QLockFile>(m_dir + QStringLiteral("/training.lock"));
    m_trainingLock->setStaleLockTime(0); // only a dead holder makes it stale
    if (m_trainingLock->tryLock(waitMs))
        return true;
    if (holder) {
        qint64 pid = 0;
        QString host, app;
        m_trainingLock->getLockInfo(&pid, &host, &app);
        *holder = pid;
    }
    m_trainingLock.reset();
    return false;
}

int Workspace::recoverInterruptedRuns()
{
    // When this process holds the lock, its unfinished runs are alive (it is the one training them).
    if (m_trainingLock && m_trainingLock->isLocked())
        return 0;
    if (!acquireTrainingLock())
        return 0;
    const int marked = m_store->markUnfinishedRunsInterrupted();
    m_trainingLock.reset(); // unlocks: this process was only checking
    return marked;
}

} // namespace retrainer
