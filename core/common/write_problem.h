#pragma once
// The reason a file could not be written, in words an administrator can act on. Qt reports a full disk as
// "Unknown error" or "No space left on device" without saying which disk; this names the disk and its free
// space when it is (nearly) full.
#include <QString>

namespace retrainer {

QString writeProblem(const QString& path, const QString& why);

} // namespace retrainer
