#include "peak_memory.h"

#include <QFile>
#include <mutex>

namespace retrainer {

namespace {

std::mutex g_mutex;
int g_measuring = 0; // measurements in progress in this process

// The "VmHWM:   123456 kB" line of /proc/self/status, in bytes; 0 when absent.
qint64 highWaterMark()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = status.readAll();
    const qsizetype at = text.indexOf("VmHWM:");
    if (at < 0)
        return 0;
    const qsizetype end = text.indexOf('\n', at);
    const QByteArray kib = text.mid(at + 6, end < 0 ? -1 : end - at - 6).replace("kB", "").trimmed();
    bool ok = false;
    const qint64 value = kib.toLongLong(&ok);
    return ok ? value * 1024 : 0;
}

} // namespace

PeakMemory::PeakMemory()
{
    const std::lock_guard lock(g_mutex);
    if (g_measuring++ == 0) {
        // Resets VmHWM to the current size; when refused (an old kernel) the process's lifetime peak is
        // reported instead, which is never below the run's.
        QFile reset(QStringLiteral("/proc/self/clear_refs"));
        if (reset.open(QIODevice::WriteOnly))
            reset.write("5");
    }
}

PeakMemory::~PeakMemory()
{
    if (m_open)
        bytes();
}

qint64 PeakMemory::bytes()
{
    const std::lock_guard lock(g_mutex);
    const qint64 peak = highWaterMark();
    if (m_open) {
        m_open = false;
        --g_measuring;
    }
    return peak;
}

} // namespace retrainer
