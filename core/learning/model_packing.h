#pragma once
// How an artifact's model part is packed on disk. New files use Zstandard on every core (level 3): on the
// benchmark's forest of 100 trees on 100,000 rows (54 MB) it took 0.32 s of CPU for 38.7 MB, where zlib's
// fastest level took 1.62 s for 39.5 MB. Files written with zlib (qCompress's format) still read.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <ostream>
#include <string>

namespace retrainer {

inline const QString kPacking = QStringLiteral("zstd");

// Packs what is written to stream() as it is written, so that the unpacked model is never held whole in memory
// (a forest on 100,000 rows is 54 MB unpacked). finish() ends the frame and gives the packed bytes; rawBytes()
// says how many were written. Throws Error when the library fails.
class PackingStream
{
public:
    // `room`: bytes left free before the packed bytes in what finish() returns, for a header to be written into
    // without copying the packed bytes (pages never touched cost no memory).
    explicit PackingStream(int threads, qsizetype room = 0);
    ~PackingStream();
    PackingStream(const PackingStream&) = delete;
    PackingStream& operator=(const PackingStream&) = delete;

    std::ostream& stream();
    // The room, then the packed bytes.
    QByteArray finish();
    qint64 rawBytes() const;

private:
    class Buffer;
    std::unique_ptr<Buffer> m_buffer;
    std::unique_ptr<std::ostream> m_stream;
};

// The model part as stored, unpacked: `packing` is "zstd" or "zlib", `rawSize` the size the header states.
// Throws Error naming what does not fit (an unknown packing, damaged data, another size).
std::string unpackModel(const QString& packing, QByteArrayView stored, qint64 rawSize);

} // namespace retrainer
