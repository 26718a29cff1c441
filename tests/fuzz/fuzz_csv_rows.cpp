// libFuzzer harness: CSV rows a stranger controls (a source file or an import) through readCsv and the
// dataset builder. Only retrainer::Error may leave them; anything else (a crash, a sanitizer report) is a bug.
#include "fuzz_source_rows.h"
#include "source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    retrainer::fuzz::readAndType(data, size, "rows.csv", [](const QString& path) { return retrainer::readCsv(path); });
    return 0;
}
