#include "cli_cancel.h"
#include <cstdio>
#include <unistd.h>

namespace retrainer::cli {

std::unique_ptr<StopSignals> cancelOnStop(const Context& context, std::shared_ptr<CancelToken> cancel)
{
    if (context.workspace)
        return nullptr;
    auto stop = std::make_unique<StopSignals>();
    QObject::connect(stop.get(), &StopSignals::stopRequested, stop.get(), [cancel] { cancel->cancel(); });
    return stop;
}

bool showsProgress(const Context& context)
{
    return context.out.isTerminal() && isatty(fileno(stderr)) && !context.json;
}

} // namespace retrainer::cli
