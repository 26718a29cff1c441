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

ProgressLine::ProgressLine(Context& context) : m_out(&context.out), m_shown(showsProgress(context)) {}

std::function<void(const QString&)> ProgressLine::printer() const
{
    if (!m_shown)
        return [](const QString&) {};
    QPointer<QObject> receiver(const_cast<QObject*>(&m_relay));
    Output* out = m_out;
    return [receiver, out](const QString& text) {
        QMetaObject::invokeMethod(receiver.data(), [out, text] { out->progress(QStringLiteral("\r\033[K") + text); },
                                  Qt::QueuedConnection);
    };
}

void ProgressLine::clear()
{
    if (m_shown)
        m_out->progress(QStringLiteral("\r\033[K"));
}

} // namespace retrainer::cli
