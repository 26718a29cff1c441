#include "model_packing.h"
#include "error.h"

#include <memory>
#include <vector>
#include <zstd.h>

namespace retrainer {

namespace {

struct ContextFree
{
    void operator()(ZSTD_CCtx* context) const { ZSTD_freeCCtx(context); }
};

constexpr qsizetype kGrowth = qsizetype(4) << 20;
constexpr int kLevel = 3;
constexpr qint64 kMostRatio = 1000; // a model part never packs tighter than this; a header saying so is damaged // Zstandard's default: smaller than zlib's fastest, at a fifth of its time

void check(size_t code, const char* what)
{
    if (ZSTD_isError(code))
        throw Error(QStringLiteral("cannot pack the model (%1): %2").arg(QLatin1String(what), QLatin1String(ZSTD_getErrorName(code))));
}

ZSTD_CCtx* newContext(int threads)
{
    ZSTD_CCtx* context = ZSTD_createCCtx();
    if (!context)
        throw Error(QStringLiteral("cannot pack the model: out of memory"));
    check(ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, kLevel), "level");
    check(ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1), "checksum");
    if (threads > 1) // a library built without threads refuses: then one thread packs it
        (void)ZSTD_CCtx_setParameter(context, ZSTD_c_nbWorkers, threads);
    return context;
}

} // namespace

// The stream's put area is one chunk; each full chunk goes to the packer, which appends to `m_packed`.
class PackingStream::Buffer final : public std::streambuf
{
public:
    Buffer(int threads, qsizetype room) : m_context(newContext(threads)), m_chunk(ZSTD_CStreamInSize()), m_used(room)
    {
        m_packed.resize(room);
        setp(m_chunk.data(), m_chunk.data() + m_chunk.size());
    }

    QByteArray finish()
    {
        feed(ZSTD_e_end);
        m_packed.truncate(m_used);
        return std::move(m_packed);
    }

    qint64 raw() const { return m_raw; }

protected:
    int_type overflow(int_type c) override
    {
        feed(ZSTD_e_continue);
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }

private:
    // Hands the put area to the packer (ending the frame with ZSTD_e_end) and empties it.
    void feed(ZSTD_EndDirective mode)
    {
        ZSTD_inBuffer in{pbase(), size_t(pptr() - pbase()), 0};
        m_raw += qint64(in.size);
        for (;;) {
            if (m_packed.size() - m_used < qsizetype(ZSTD_CStreamOutSize())) {
                // Grown by a fixed step to an exact capacity (realloc moves large blocks by remapping pages), not
                // doubled: a doubled buffer could hold twice the packed model for a moment.
                m_packed.reserve(m_packed.size() + kGrowth);
                m_packed.resize(m_packed.capacity());
            }
            ZSTD_outBuffer out{m_packed.data() + m_used, size_t(m_packed.size() - m_used), 0};
            const size_t left = ZSTD_compressStream2(m_context.get(), &out, &in, mode);
            check(left, "compress");
            m_used += qsizetype(out.pos);
            if (mode == ZSTD_e_end ? left == 0 : in.pos == in.size)
                break;
        }
        setp(m_chunk.data(), m_chunk.data() + m_chunk.size());
    }

    std::unique_ptr<ZSTD_CCtx, ContextFree> m_context;
    std::vector<char> m_chunk;
    QByteArray m_packed;
    qsizetype m_used = 0;
    qint64 m_raw = 0;
};

PackingStream::PackingStream(int threads, qsizetype room)
    : m_buffer(std::make_unique<Buffer>(threads, room)), m_stream(std::make_unique<std::ostream>(m_buffer.get()))
{
    m_stream->exceptions(std::ios::badbit); // the packer's Error reaches the writer instead of a silent bad stream
}

PackingStream::~PackingStream() = default;

std::ostream& PackingStream::stream()
{
    return *m_stream;
}

QByteArray PackingStream::finish()
{
    m_stream->flush();
    return m_buffer->finish();
}

qint64 PackingStream::rawBytes() const
{
    return m_buffer->raw();
}

std::string unpackModel(const QString& packing, QByteArrayView stored, qint64 rawSize)
{
    if (rawSize < 0)
        throw Error(QStringLiteral("the model part's unpacked size %1 is not a size").arg(rawSize));
    std::string raw;
    if (packing == QLatin1String("zstd")) {
        // A frame packed as it was written does not state its size; one packed whole does, and must agree.
        const unsigned long long framed = ZSTD_getFrameContentSize(stored.data(), size_t(stored.size()));
        if (framed == ZSTD_CONTENTSIZE_ERROR)
            throw Error(QStringLiteral("the packed model part is not Zstandard data"));
        if (framed != ZSTD_CONTENTSIZE_UNKNOWN && framed != static_cast<unsigned long long>(rawSize))
            throw Error(QStringLiteral("the model part unpacks to %1 bytes, the header says %2").arg(framed).arg(rawSize));
        if (rawSize > stored.size() * kMostRatio + (qint64(1) << 20)) // checked before the memory is taken
            throw Error(QStringLiteral("the header says the model part unpacks to %1 bytes, far more than %2 packed bytes can hold")
                            .arg(rawSize).arg(stored.size()));
        raw.resize(size_t(rawSize));
        const size_t size = ZSTD_decompress(raw.data(), raw.size(), stored.data(), size_t(stored.size()));
        if (ZSTD_isError(size))
            throw Error(QStringLiteral("the packed model part is damaged (%1)").arg(QLatin1String(ZSTD_getErrorName(size))));
        if (size != raw.size())
            throw Error(QStringLiteral("the model part unpacks to %1 bytes, the header says %2").arg(size).arg(rawSize));
    } else if (packing == QLatin1String("zlib")) {
        const QByteArray unpacked = qUncompress(reinterpret_cast<const uchar*>(stored.data()), stored.size());
        if (unpacked.size() != rawSize)
            throw Error(QStringLiteral("the model part unpacks to %1 bytes, the header says %2").arg(unpacked.size()).arg(rawSize));
        raw.assign(unpacked.constData(), size_t(unpacked.size()));
    } else {
        throw Error(QStringLiteral("unknown compression %1").arg(packing));
    }
    return raw;
}

} // namespace retrainer
