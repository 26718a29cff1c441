#include "write_problem.h"
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace retrainer {

QString writeProblem(const QString& path, const QString& why)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    constexpr qint64 kNearlyFull = 1 << 20;
    if (disk.isValid() && disk.bytesAvailable() < kNearlyFull) {
        const QString full = QStringLiteral("the disk %1 (mounted at %2) is full: %3 free; free some space and try again")
                                 .arg(QString::fromUtf8(disk.device()), disk.rootPath(),
                                      QLocale::c().formattedDataSize(disk.bytesAvailable()));
        // QSaveFile says only "Unknown error" when its write ran out of space: that adds nothing.
        return why.isEmpty() || why == QLatin1String("Unknown error") ? full : full + QStringLiteral(" (%1)").arg(why);
    }
    return why;
}

} // namespace retrainer
