// libFuzzer harness: a model artifact file as read from disk (or the database) after its checksum matched —
// the checksum protects against accidents, not against a crafted file. Only Error may leave deserialize; a
// file that loads must predict for a row of missing values without crashing.
#include "error.h"
#include "model_artifact.h"
#include <cmath>
#include <cstdint>

using namespace retrainer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    ModelArtifact artifact;
    try {
        artifact = ModelArtifact::deserialize(bytes);
    } catch (const Error& e) {
        if (e.message().isEmpty())
            __builtin_trap();
        return 0;
    }
    const size_t features = artifact.encoder().features().size();
    Sample sample;
    sample.numbers.assign(features, NAN);
    sample.categories.assign(features, std::string());
    try {
        (void)artifact.predict(sample);
    } catch (const Error&) {
    }
    return 0;
}
