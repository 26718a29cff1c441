// libFuzzer harness: JSON-lines rows (a source file or an import) through readJsonl and the dataset builder.
#include "fuzz_source_rows.h"
#include "source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    retrainer::fuzz::readAndType(data, size, "rows.jsonl", [](const QString& path) { return retrainer::readJsonl(path); });
    return 0;
}
