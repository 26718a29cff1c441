#pragma once
// The peak resident memory of this process while a piece of work (a training run) is in progress, read
// from Linux's /proc/self/status (VmHWM). The first of overlapping measurements resets the kernel's peak
// (/proc/self/clear_refs), so a run's figure covers the whole process from the moment the earliest still
// running measurement began: with one run at a time it is that run's own peak.
#include <QtGlobal>

namespace retrainer {

class PeakMemory
{
public:
    PeakMemory();  // starts measuring
    ~PeakMemory(); // stops (when bytes() was not called)
    PeakMemory(const PeakMemory&) = delete;
    PeakMemory& operator=(const PeakMemory&) = delete;

    // The peak so far in bytes, and stops measuring; 0 when the system does not tell (not Linux).
    qint64 bytes();

private:
    bool m_open = true;
};

} // namespace retrainer
