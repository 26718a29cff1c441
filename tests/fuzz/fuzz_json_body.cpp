// libFuzzer harness: a JSON text from outside (API bodies, command-channel messages, workspace.json) through
// parseJson with its nesting limit, then what every caller does next with an accepted value: dump and copy.
#include "json_parse.h"
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const char* text = reinterpret_cast<const char*>(data);
    QString problem;
    if (auto value = retrainer::parseJson(text, text + size, &problem)) {
        const nlohmann::json copy = *value;
        (void)copy.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    } else if (problem.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    (void)retrainer::parseJson<nlohmann::ordered_json>(text, text + size);
    return 0;
}
