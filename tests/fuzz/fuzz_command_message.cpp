// libFuzzer harness: a command-channel message (a line on the daemon's local socket, from any local
// process) decoded as a request and as a response. Only retrainer::Error may leave the decoders.
#include "command_messages.h"
#include "error.h"
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        const retrainer::CommandRequest request = retrainer::decodeRequest(line);
        (void)request.arguments.join(QLatin1Char(' '));
    } catch (const retrainer::Error&) {
    }
    try {
        (void)retrainer::decodeResponse(line);
    } catch (const retrainer::Error&) {
    }
    return 0;
}
