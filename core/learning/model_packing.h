#pragma once
// How an artifact's model part is packed on disk. New files use Zstandard on every core (level 3): on the
// benchmark's forest of 100 trees on 100,000 rows (54 MB) it took 0.32 s of CPU for 38.7 MB, where zlib's
// fastest level took 1.62 s for 39.5 MB. Files written with zlib (qCompress's format) still read.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <string>

namespace retrainer {

// Zstandard, `threads` workers (0: one). Throws Error when the library fails.
QByteArray packModel(QByteArrayView raw, int threads);
inline const QString kPacking = QStringLiteral("zstd");

// The model part as stored, unpacked: `packing` is "zstd" or "zlib", `rawSize` the size the header states.
// Throws Error naming what does not fit (an unknown packing, damaged data, another size).
std::string unpackModel(const QString& packing, QByteArrayView stored, qint64 rawSize);

} // namespace retrainer
