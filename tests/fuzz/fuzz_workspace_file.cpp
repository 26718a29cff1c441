// libFuzzer harness: workspace.json, as a stranger (or a careless editor) may write it. Only Error may leave
// the reader; an accepted file written back and read again must give the same file (saving a model's
// settings never changes the others).
#include "error.h"
#include "workspace_file.h"
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    retrainer::WorkspaceFile file;
    try {
        file = retrainer::WorkspaceFile::parse(bytes);
    } catch (const retrainer::Error& e) {
        if (e.message().isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    const QByteArray written = file.serialize();
    try {
        if (retrainer::WorkspaceFile::parse(written).serialize() != written)
            __builtin_trap(); // not stable across a save
    } catch (const retrainer::Error&) {
        __builtin_trap(); // we wrote a file we cannot read back
    }
    return 0;
}
