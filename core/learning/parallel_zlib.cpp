#include "parallel_zlib.h"
#include "error.h"

#include <future>
#include <vector>
#include <zlib.h>

namespace retrainer {

namespace {

struct Part
{
    QByteArray deflated;
    uLong adler = 0;
    qsizetype size = 0;
};

// Raw deflate of one part: a sync flush ends it on a byte boundary so the next part can follow; the last
// part finishes the stream.
Part deflatePart(QByteArrayView in, int level, bool last)
{
    Part part;
    part.size = in.size();
    part.adler = adler32_z(adler32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(in.data()), size_t(in.size()));
    z_stream z{};
    if (deflateInit2(&z, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw Error(QStringLiteral("cannot compress the model: zlib could not start"));
    part.deflated.resize(qsizetype(deflateBound(&z, uLong(in.size()))) + 16);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef*>(part.deflated.data());
    z.avail_out = uInt(part.deflated.size());
    const int status = deflate(&z, last ? Z_FINISH : Z_SYNC_FLUSH);
    const bool done = last ? status == Z_STREAM_END : status == Z_OK && z.avail_in == 0;
    part.deflated.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    if (!done)
        throw Error(QStringLiteral("cannot compress the model: zlib stopped with code %1").arg(status));
    return part;
}

void appendBigEndian(QByteArray& out, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xff));
}

} // namespace

QByteArray parallelCompress(QByteArrayView raw, int level, int threads)
{
    if (level < 1 || level > 9)
        throw Error(QStringLiteral("zlib level %1 is not between 1 and 9").arg(level));
    if (raw.size() > qsizetype(0xffffffffLL)) // qCompress's length field is 32 bits
        throw Error(QStringLiteral("the model is too large to compress (%1 bytes)").arg(raw.size()));
    const qsizetype count = std::max<qsizetype>(1, std::min<qsizetype>(threads, raw.size() / kMinPart));
    const qsizetype step = raw.size() / count;
    std::vector<std::future<Part>> later;
    for (qsizetype i = 1; i < count; ++i) {
        const qsizetype from = i * step;
        const QByteArrayView in = raw.sliced(from, i + 1 == count ? raw.size() - from : step);
        later.push_back(std::async(std::launch::async, deflatePart, in, level, i + 1 == count));
    }
    std::vector<Part> parts;
    parts.push_back(deflatePart(raw.first(count == 1 ? raw.size() : step), level, count == 1));
    for (auto& part : later)
        parts.push_back(part.get());

    qsizetype total = 4 + 2 + 4;
    for (const Part& part : parts)
        total += part.deflated.size();
    QByteArray out;
    out.reserve(total);
    appendBigEndian(out, quint32(raw.size()));
    // zlib header: deflate with a 32 KiB window (0x78), the level's FLEVEL, and the check bits.
    const int flevel = level == 1 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
    const int header = (0x78 << 8) | (flevel << 6);
    out.append(char(0x78));
    out.append(char((header + (31 - header % 31) % 31) & 0xff));
    uLong adler = parts.front().adler;
    out.append(parts.front().deflated);
    for (size_t i = 1; i < parts.size(); ++i) {
        adler = adler32_combine(adler, parts[i].adler, z_off_t(parts[i].size));
        out.append(parts[i].deflated);
    }
    appendBigEndian(out, quint32(adler));
    return out;
}

} // namespace retrainer
