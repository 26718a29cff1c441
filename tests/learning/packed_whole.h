#pragma once
// Bytes packed the way an artifact's model part is written (PackingStream), in one piece.
#include "model_packing.h"
#include <QByteArrayView>

namespace retrainer::test {

inline QByteArray packedWhole(QByteArrayView raw, int threads)
{
    PackingStream packing(threads);
    packing.stream().write(raw.data(), std::streamsize(raw.size()));
    return packing.finish();
}

} // namespace retrainer::test
