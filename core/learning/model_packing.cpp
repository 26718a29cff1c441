#include "model_packing.h"
#include "error.h"

#include <memory>
#include <zstd.h>

namespace retrainer {

namespace {

struct ContextFree
{
    void operator()(ZSTD_CCtx* context) const { ZSTD_freeCCtx(context); }
};

constexpr int kLevel = 3; // Zstandard's default: smaller than zlib's fastest, at a fifth of its time

void check(size_t code, const char* what)
{
    if (ZSTD_isError(code))
        throw Error(QStringLiteral("cannot pack the model (%1): %2").arg(QLatin1String(what), QLatin1String(ZSTD_getErrorName(code))));
}

} // namespace

QByteArray packModel(QByteArrayView raw, int threads)
{
    std::unique_ptr<ZSTD_CCtx, ContextFree> context(ZSTD_createCCtx());
    if (!context)
        throw Error(QStringLiteral("cannot pack the model: out of memory"));
    check(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, kLevel), "level");
    check(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1), "checksum");
    if (threads > 1) // a library built without threads refuses: then one thread packs it
        (void)ZSTD_CCtx_setParameter(context.get(), ZSTD_c_nbWorkers, threads);
    QByteArray packed(qsizetype(ZSTD_compressBound(size_t(raw.size()))), Qt::Uninitialized);
    const size_t size = ZSTD_compress2(context.get(), packed.data(), size_t(packed.size()), raw.data(), size_t(raw.size()));
    check(size, "compress");
    packed.truncate(qsizetype(size));
    return packed;
}

std::string unpackModel(const QString& packing, QByteArrayView stored, qint64 rawSize)
{
    if (rawSize < 0)
        throw Error(QStringLiteral("the model part's unpacked size %1 is not a size").arg(rawSize));
    std::string raw;
    if (packing == QLatin1String("zstd")) {
        const unsigned long long framed = ZSTD_getFrameContentSize(stored.data(), size_t(stored.size()));
        if (framed == ZSTD_CONTENTSIZE_ERROR || framed == ZSTD_CONTENTSIZE_UNKNOWN)
            throw Error(QStringLiteral("the packed model part is not Zstandard data"));
        if (framed != static_cast<unsigned long long>(rawSize)) // checked before the memory is taken
            throw Error(QStringLiteral("the model part unpacks to %1 bytes, the header says %2").arg(framed).arg(rawSize));
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
