#include "instance_lock.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace retrainer {
namespace {

QString canonicalDir(const QString& dir)
{
    const QFileInfo info(dir);
    const QString canonical = info.canonicalFilePath(); // empty when the folder does not exist (yet)
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return pid > 0; // no cheap check: trust QLockFile, which already removed stale locks on tryLock()
#endif
}

} // namespace

InstanceLock::InstanceLock(const QString& workspaceDir)
    : m_workspaceDir(canonicalDir(workspaceDir)),
      m_lockPath(m_workspaceDir + QStringLiteral("/daemon.lock")),
      m_lock(m_lockPath)
{
    m_lock.setStaleLockTime(0); // stale only when the holder is gone, however old the file
}

InstanceLock::~InstanceLock() = default; // QLockFile unlocks in its destructor

bool InstanceLock::tryAcquire()
{
    if (m_lock.isLocked())
        return true;
    const bool acquired = m_lock.tryLock(0);
    m_lastError = m_lock.error();
    return acquired;
}

void InstanceLock::release()
{
    m_lock.unlock();
    m_lastError = QLockFile::NoError;
}

std::optional<InstanceLock::Holder> InstanceLock::holder() const
{
    Holder h;
    if (!m_lock.getLockInfo(&h.pid, &h.host, &h.app))
        return std::nullopt;
    if (m_lock.isLocked())
        return h; // ourselves
    const bool sameHost = h.host.isEmpty() || h.host == QSysInfo::machineHostName();
    if (sameHost && !processAlive(h.pid))
        return std::nullopt;
    return h;
}

QString InstanceLock::refusalMessage() const
{
    if (m_lock.isLocked())
        return {};
    if (m_lastError == QLockFile::PermissionError || m_lastError == QLockFile::UnknownError)
        return tr("cannot create the lock file %1 (does the folder exist and is it writable?)")
            .arg(QDir::toNativeSeparators(m_lockPath));
    const auto h = holder();
    if (!h)
        return tr("another Retrainer was starting the scheduler for %1; try again")
            .arg(QDir::toNativeSeparators(m_workspaceDir));
    const QString who = h->host.isEmpty() || h->host == QSysInfo::machineHostName()
                            ? tr("pid %1").arg(h->pid)
                            : tr("pid %1 on %2").arg(h->pid).arg(h->host);
    return tr("another Retrainer (%1) already runs the scheduler for %2; stop it first or use the CLI, "
              "which talks to it")
        .arg(who, QDir::toNativeSeparators(m_workspaceDir));
}

QString InstanceLock::socketName(const QString& workspaceDir)
{
    const QByteArray hash =
        QCryptographicHash::hash(canonicalDir(workspaceDir).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("retrainer-") + QString::fromLatin1(hash.toHex().left(16));
}

} // namespace retrainer
