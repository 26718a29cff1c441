#include "workspace.h"
#include "write_problem.h"
#include "postgres_url.h"
#include "shared_settings.h"
#include <algorithm>
#include "error.h"
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringList>

namespace retrainer {

namespace {

// The store's records read back with the same checks as workspace.json; an error names the store and the row.
template <class T>
std::vector<T> parsedRecords(const std::vector<SharedRecord>& records, const QString& store, const char* kind)
{
    std::vector<T> out;
    for (const auto& record : records) {
        try {
            out.push_back(T::fromJson(record.settings));
        } catch (const Error& e) {
            throw Error(QStringLiteral("store %1: the %2 '%3' has a bad setting: %4").arg(store, QLatin1String(kind), record.name, e.message()));
        } catch (const nlohmann::json::exception& e) {
            throw Error(QStringLiteral("store %1: the %2 '%3' has a bad setting: %4")
                            .arg(store, QLatin1String(kind), record.name, QString::fromUtf8(e.what())));
        }
    }
    return out;
}

template <class T>
bool sameRecords(const std::vector<T>& a, const std::vector<T>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].toJson() != b[i].toJson())
            return false;
    return true;
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
QString Workspace::storePath() const
{
    return m_settings.store.isEmpty() ? m_dir + QStringLiteral("/retrainer.sqlite") : m_settings.store;
}
QString Workspace::modelsDir() const { return m_dir + QStringLiteral("/models"); }
QString Workspace::secretsPath() const { return m_dir + QStringLiteral("/secrets.json"); }

std::unique_ptr<Workspace> Workspace::create(const QString& dir, const QString& store)
{
    const QString url = store.isEmpty() ? QString() : PostgresUrl::parse(store).toString();
    if (!QDir().mkpath(dir + QStringLiteral("/models")))
        throw Error(QStringLiteral("cannot create the workspace folder %1").arg(dir));
    const bool fresh = !exists(dir);
    if (fresh) {
        std::unique_ptr<Workspace> created(new Workspace(dir));
        created->m_settings.store = url;
        created->save();
    }
    std::unique_ptr<Workspace> opened;
    try {
        opened = open(dir);
    } catch (const Error&) {
        if (fresh) // a store that cannot be reached: no workspace.json is left naming it
            QFile::remove(dir + QStringLiteral("/workspace.json"));
        throw;
    }
    if (!url.isEmpty() && opened->m_settings.store != url)
        throw Error(QStringLiteral("the workspace %1 already keeps its store in %2; it cannot be switched to %3 by init")
                        .arg(dir, opened->storePath(), url));
    return opened;
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
    if (ws->sharesSettings())
        ws->adoptShared();
    return ws;
}

bool Workspace::sharesSettings() const
{
    return m_store && m_store->backend() == sql::Backend::Postgres;
}

void Workspace::adoptShared()
{
    SharedSettings shared(*m_store);
    if (!m_models.empty() || !m_channels.empty()) {
        shared.adoptModels(recordsOf(m_models));
        shared.adoptChannels(recordsOf(m_channels));
        QMutexLocker lock(&m_modelsMutex);
        write({}, {}); // workspace.json: local settings only from now on
    }
    m_models = parsedRecords<ModelConfig>(shared.models(), storePath(), "model");
    m_channels = parsedRecords<AlertChannel>(shared.channels(), storePath(), "alert channel");
}

Workspace::SharedChange Workspace::reloadShared()
{
    SharedChange change;
    if (!sharesSettings())
        return change;
    SharedSettings shared(*m_store);
    std::vector<ModelConfig> models = parsedRecords<ModelConfig>(shared.models(), storePath(), "model");
    std::vector<AlertChannel> channels = parsedRecords<AlertChannel>(shared.channels(), storePath(), "alert channel");
    QMutexLocker lock(&m_modelsMutex);
    auto find = [](const std::vector<ModelConfig>& in, const QString& name) -> const ModelConfig* {
        const auto it = std::find_if(in.begin(), in.end(), [&](const ModelConfig& m) { return m.name == name; });
        return it == in.end() ? nullptr : &*it;
    };
    for (const auto& m : models)
        if (const ModelConfig* held = find(m_models, m.name); !held || held->toJson() != m.toJson())
            change.models << m.name;
    for (const auto& m : m_models)
        if (!find(models, m.name))
            change.models << m.name;
    change.channels = !sameRecords(m_channels, channels);
    m_models = std::move(models);
    m_channels = std::move(channels);
    return change;
}

void Workspace::load()
{
    QFile file(configPath());
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read %1: %2").arg(configPath(), file.errorString()));
    try {
        WorkspaceFile parsed = WorkspaceFile::parse(file.readAll());
        m_settings = parsed.settings;
        m_models = std::move(parsed.models);
        m_channels = std::move(parsed.channels);
    } catch (const Error& e) {
        throw Error(QStringLiteral("%1: %2").arg(configPath(), e.message()));
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
    WorkspaceFile::checkChannelNames(channels);
    QMutexLocker lock(&m_modelsMutex);
    if (sharesSettings())
        SharedSettings(*m_store).replaceChannels(recordsOf(channels));
    else
        write(m_models, channels);
    m_channels = channels;
}

void Workspace::write(const std::vector<ModelConfig>& models, const std::vector<AlertChannel>& channels) const
{
    const QByteArray text = sharesSettings() ? WorkspaceFile{m_settings, {}, {}}.serialize()
                                             : WorkspaceFile{m_settings, models, channels}.serialize();
    QSaveFile file(configPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        throw Error(QStringLiteral("cannot write %1: %2").arg(configPath(), writeProblem(configPath(), file.errorString())));
}

void Workspace::saveModels(const std::vector<ModelConfig>& models, const ModelConfig& changed) const
{
    if (sharesSettings())
        SharedSettings(*m_store).saveModel({changed.name, changed.toJson()});
    else
        write(models, m_channels);
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
    saveModels(next, model);
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
    saveModels(next, model);
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
