// init --demo's second step: the demo models' past, replayed with real trainings (demo_past.h).
#include "cli_cancel.h"
#include "cli_context.h"
#include "demo_past.h"
#include "error.h"
#include "on_worker.h"
#include "stop_signals.h"
#include <QElapsedTimer>
#include <QPointer>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace retrainer::cli {

QCoro::Task<int> prepareDemoPast(Context& context, Workspace& workspace, QStringList models)
{
    auto cancel = std::make_shared<CancelToken>();
    const auto stop = cancelOnStop(context, cancel); // Ctrl+C cancels
    ProgressLine line(context);
    const auto show = line.printer();
    const DemoPastProgress progress = [show](int done, int total, const QString& model) {
        if (done < total)
            show(QStringLiteral("Preparing the demo's past: %1 of %2 models (%3)…").arg(done).arg(total).arg(model));
    };
    Workspace* shared = &workspace;
    QElapsedTimer timer;
    timer.start();
    auto work = [shared, models, cancel, progress] { return recordDemoPast(*shared, models, *cancel, progress); };
    std::vector<DemoPastModel> past;
    try {
        past = co_await onWorker(context.workers(), std::move(work));
    } catch (const Cancelled&) {
        line.clear();
        context.out.error(QStringLiteral("stopped preparing the demo's past; the replayed runs recorded so far are kept "
                                         "and the workspace is ready"));
        co_return Failure;
    }
    line.clear();
    int runs = 0, promoted = 0;
    for (const DemoPastModel& m : past) {
        runs += m.runs;
        promoted += m.promoted;
    }
    const std::vector<QDateTime> moments = demoPastMoments(QDate::currentDate());
    context.out.line(QStringLiteral("The demo's past: %1 replayed trainings of %2 models, every %3 nights from %4 (%5 put in "
                                    "service), in %6 s")
                         .arg(runs).arg(past.size()).arg(DemoPastPlan{}.everyDays)
                         .arg(moments.empty() ? QStringLiteral("—") : moments.front().date().toString(Qt::ISODate))
                         .arg(promoted).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    context.out.line(QStringLiteral("  each learnt only from the demo rows stamped before its night; their runs say "
                                    "\"replayed\" (`retrainer history NAME`)"));
    co_return Ok;
}

} // namespace retrainer::cli
