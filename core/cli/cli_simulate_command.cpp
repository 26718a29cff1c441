// simulate: the demo's new-data simulator. Appends realistic consultations to the demo clinic database every
// few seconds, so that a newcomer watching `retrainer --headless` (or the console) sees the data trigger fire.
#include "cli_context.h"
#include "demo_workspace.h"
#include "stop_signals.h"
#include "trigger_config.h"
#include <QCoroTimer>
#include <QDateTime>

namespace retrainer::cli {

QCoro::Task<int> simulateCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("every"), QString(), QStringLiteral("DURATION"), QStringLiteral("5s")});
    parser.addOption({QStringLiteral("rows"), QString(), QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("times"), QString(), QStringLiteral("N"), QStringLiteral("0")});
    const QString synopsis = QStringLiteral("simulate [--every 5s] [--rows 1] [--times N]   (demo workspace; Ctrl+C stops)");
    if (!parseArguments(parser, context, 0, 0, 0, synopsis))
        co_return Usage;
    const auto every = parseDuration(parser.value(QStringLiteral("every")));
    bool rowsOk = false, timesOk = false;
    const int rows = parser.value(QStringLiteral("rows")).toInt(&rowsOk);
    const int times = parser.value(QStringLiteral("times")).toInt(&timesOk);
    if (!every || *every < 1 || !rowsOk || rows < 1 || !timesOk || times < 0) {
        context.out.error(QStringLiteral("usage: retrainer ") + synopsis);
        co_return Usage;
    }
    StopSignals stop;
    context.out.line(QStringLiteral("Adding %1 completed consultation(s) to demo/clinic.sqlite every %2%3; Ctrl+C stops")
                         .arg(rows).arg(formatDuration(*every), times ? QStringLiteral(", %1 times").arg(times) : QString()));
    for (int i = 0; times == 0 || i < times; ++i) {
        const int added = appendDemoConsultations(context.workspaceDir, rows, std::uint64_t(QDateTime::currentMSecsSinceEpoch()));
        context.out.line(QStringLiteral("%1  +%2 consultation(s)").arg(QTime::currentTime().toString(Qt::ISODate)).arg(added));
        if (times != 0 && i + 1 == times)
            break;
        auto wait = QCoro::sleepFor(std::chrono::seconds(*every));
        co_await wait;
        if (stop.requested())
            break;
    }
    co_return Ok;
}

} // namespace retrainer::cli
