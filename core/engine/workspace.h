#pragma once
// A workspace folder: workspace.json (models and their policies), retrainer.sqlite (the store) and
// models/ (artifacts) — or, when settings.store names a PostgreSQL database, the store, the artifacts, the
// models' settings and the alert channels there (shared by every instance on it, shared_settings.h), and
// workspace.json keeps only this machine's settings. Opened once per process; the store and registry are
// shared by every thread.
#include "alert_channel.h"
#include "model_config.h"
#include "workspace_file.h"
#include "registry.h"
#include "store.h"
#include <QLockFile>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace retrainer {

class Workspace
{
public:
    static constexpr int kConfigVersion = WorkspaceFile::kVersion;

    // --workspace DIR, else $RETRAINER_WORKSPACE, else <AppDataLocation>/workspace.
    static QString resolveDirectory(const QString& option);
    static bool exists(const QString& dir);

    // Creates the folder layout and an empty configuration if none exists, then opens it. `store`: a
    // postgresql:// URL for a new workspace's shared store (empty: retrainer.sqlite in the folder); an
    // existing workspace keeps its store, and a different `store` for it is refused with an Error.
    static std::unique_ptr<Workspace> create(const QString& dir, const QString& store = {});
    // Opens an existing workspace. Throws Error naming the folder or the bad configuration value.
    static std::unique_ptr<Workspace> open(const QString& dir);

    ~Workspace();

    QString directory() const { return m_dir; }
    QString configPath() const;
    QString storePath() const; // the SQLite file, or the PostgreSQL URL of settings.store
    QString modelsDir() const;
    // The alert channels' secrets (webhook addresses, SMTP passwords), readable by the owner only.
    QString secretsPath() const;

    Store& store() { return *m_store; }
    Registry& registry() { return *m_registry; }

    // The models' settings are read on worker threads (quality reports, performance checks) while the
    // console or a command saves them: every accessor returns a copy taken under a lock.
    std::vector<ModelConfig> models() const;
    std::optional<ModelConfig> model(const QString& name) const;
    // Throws Error for an unknown model (naming the known ones).
    ModelConfig requireModel(const QString& name) const;
    // Adds or replaces a model and saves the configuration atomically (workspace.json, or the shared store's
    // row in one transaction that tells the other instances); when it cannot be written the models in memory
    // stay as they were.
    void addModel(const ModelConfig& model);
    void updateModel(const ModelConfig& model);

    // True when the models' settings and the alert channels live in the shared (PostgreSQL) store.
    bool sharesSettings() const;
    struct SharedChange
    {
        QStringList models; // added, changed or removed
        bool channels = false;
    };
    // Another instance changed the shared settings: reads them again from the store (the caller's thread;
    // the swap is under the lock) and says what differs from the copies held. Nothing on an SQLite workspace.
    SharedChange reloadShared();

    // Outside alert channels (webhook, e-mail), a copy taken under the lock. setAlertChannels validates
    // (unique names, each usable) and saves workspace.json; nothing changes when it throws Error.
    std::vector<AlertChannel> alertChannels() const;
    void setAlertChannels(const std::vector<AlertChannel>& channels);

    const WorkspaceSettings& settings() const { return m_settings; }

    // Exclusive right to run trainings in this workspace (held by the process that trains).
    // Returns false (with the holder's pid in `holder`) when another live process holds it after waiting
    // `waitMs` (a process checking for interrupted runs holds it for milliseconds; a trainer for long).
    bool acquireTrainingLock(qint64* holder = nullptr, int waitMs = 0);
    // Runs left unfinished by a process that died are marked interrupted. Only done when no live process
    // (this one included) holds the training lock; a process that takes the lock to train calls
    // store().markUnfinishedRunsInterrupted() itself right after. Returns how many were marked.
    int recoverInterruptedRuns();

    void save() const;

private:
    explicit Workspace(const QString& dir);
    void load();
    // Opening a shared store: models and channels a workspace.json still lists (written before the settings
    // moved into the store) join it, the file keeps only local settings, and the store's are read.
    void adoptShared();
    // workspace.json; the caller holds m_modelsMutex.
    void write(const std::vector<ModelConfig>& models, const std::vector<AlertChannel>& channels) const;
    // `models` (with `changed` among them) to workspace.json, or `changed` alone to the shared store; the
    // caller holds m_modelsMutex.
    void saveModels(const std::vector<ModelConfig>& models, const ModelConfig& changed) const;

    QString m_dir;
    mutable QMutex m_modelsMutex;
    std::vector<ModelConfig> m_models;
    std::vector<AlertChannel> m_channels; // guarded by m_modelsMutex too: saved in the same file
    WorkspaceSettings m_settings;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<QLockFile> m_trainingLock;
};

} // namespace retrainer
