#pragma once
// One owner per workspace: "<workspace>/daemon.lock", a QLockFile that goes stale only when the
// process holding it is dead (no age limit: a daemon may run for months). The owner runs the
// scheduler and listens on socketName(); everybody else forwards mutating commands to it.
#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <optional>

namespace retrainer {

class InstanceLock
{
    Q_DECLARE_TR_FUNCTIONS(InstanceLock)

public:
    explicit InstanceLock(const QString& workspaceDir);
    ~InstanceLock(); // releases the lock when held

    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

    // True when we own it now (also when we already did). A lock left by a dead process is taken over.
    bool tryAcquire();
    bool isHeld() const { return m_lock.isLocked(); }
    void release();

    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString app;
    };
    // Who owns the workspace: ourselves when we hold it, otherwise the live process named in the lock
    // file; nullopt when nobody does (no lock file, or one left by a process that is gone).
    std::optional<Holder> holder() const;

    // Why tryAcquire() failed, for the user: names the other process and the workspace.
    QString refusalMessage() const;

    QString workspaceDir() const { return m_workspaceDir; }
    QString lockFilePath() const { return m_lockPath; }

    // The local socket name of the daemon for a workspace: "retrainer-" + the first 16 hex digits of
    // the SHA-256 of the canonical absolute path. Stable, short enough for any platform.
    static QString socketName(const QString& workspaceDir);

private:
    QString m_workspaceDir;
    QString m_lockPath;
    QLockFile m_lock;
    QLockFile::LockError m_lastError = QLockFile::NoError;
};

} // namespace retrainer
