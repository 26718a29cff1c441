// backtest: what retraining would have done over a model's own history (a dry run; nothing is written).
#include "backtest.h"
#include "on_worker.h"
#include "backtest_words.h"
#include "cli_cancel.h"
#include "cli_context.h"
#include "cli_output.h"
#include "error.h"
#include "metric_words.h"
#include "stop_signals.h"
#include <QCoroFuture>
#include <QFile>
#include <QPointer>
#include <cstdio>
#include <memory>
#include <numeric>
#include <unistd.h>

namespace retrainer::cli {

namespace {

struct Outcome
{
    BacktestResult result;
    QString error;
    bool cancelled = false;
};

QString scoreText(const BacktestResult& r, const std::optional<double>& score)
{
    return score ? MetricWords::value(r.metric, *score, r.label) : QStringLiteral("—");
}

void printResult(Output& out, const BacktestResult& r, int dataMinNew)
{
    out.line(QStringLiteral("Backtest of '%1' from %2 to %3 (a dry run: no version, run or history was written)")
                 .arg(r.model, r.days.front().toString(Qt::ISODate), r.days.back().toString(Qt::ISODate)));
    out.line(QStringLiteral("  live score: %1 of each day's new rows, predicted by the version in service when they arrived")
                 .arg(MetricWords::title(r.metric)));
    out.line(QStringLiteral("  (%1)").arg(MetricWords::meaning(r.metric)));
    out.line(QStringLiteral("  the version in service at the start learnt from the %1 rows before %2")
                 .arg(r.startRows).arg(r.days.front().toString(Qt::ISODate)));
    QStringList headers = {QStringLiteral("DAY"), QStringLiteral("NEW ROWS")};
    for (const auto& l : r.lines)
        headers << toString(l.policy).toUpper();
    headers << QStringLiteral("TRAININGS") << QStringLiteral("TRAINING TIME");
    const BacktestLine* chosen = r.line(r.policy);
    std::vector<QStringList> rows;
    for (size_t d = 0; d < r.days.size(); ++d) {
        QStringList row = {r.days[d].toString(Qt::ISODate), QString::number(r.rowsPerDay[d])};
        for (const auto& l : r.lines)
            row << scoreText(r, l.daily[d]);
        row << QString::number(chosen->trainingsOn(r.days[d])) << QStringLiteral("%1 s").arg(chosen->secondsOn(r.days[d]), 0, 'f', 1);
        rows.push_back(row);
    }
    QStringList total = {QStringLiteral("ALL"), QString::number(std::accumulate(r.rowsPerDay.begin(), r.rowsPerDay.end(), 0))};
    for (const auto& l : r.lines)
        total << scoreText(r, l.overall);
    total << QString::number(chosen->trainings.size()) << QStringLiteral("%1 s").arg(chosen->totalSeconds(), 0, 'f', 1);
    rows.push_back(total);
    out.table(headers, rows);
    for (const auto& l : r.lines)
        out.line(QStringLiteral("  %1 (retrain %2): %3 trainings, %4 put in service, %5 s of training")
                     .arg(toString(l.policy), BacktestWords::policyName(l.policy, dataMinNew))
                     .arg(l.trainings.size()).arg(l.promotions()).arg(l.totalSeconds(), 0, 'f', 1));
    out.line(BacktestWords::summary(r, dataMinNew));
    for (const auto& note : r.notes)
        out.line(QStringLiteral("  note: %1").arg(note));
}

} // namespace

QCoro::Task<int> backtestCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QString(), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QString(), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("policy"), QString(), QStringLiteral("POLICY"), QStringLiteral("current")});
    parser.addOption({QStringLiteral("min-new"), QString(), QStringLiteral("N")});
    parser.addOption({QStringLiteral("csv"), QString(), QStringLiteral("FILE")});
    const QString synopsis = QStringLiteral("backtest NAME --from YYYY-MM-DD --to YYYY-MM-DD [--policy current|nightly|data|never] "
                                            "[--min-new N] [--csv FILE] [--json]");
    if (!parseArguments(parser, context, 0, 1, 1, synopsis))
        co_return Usage;
    BacktestRequest request;
    request.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    request.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    const auto policy = backtestPolicyFromString(parser.value(QStringLiteral("policy")));
    if (!request.from.isValid() || !request.to.isValid() || !policy) {
        context.out.error(QStringLiteral("--from and --to must be days (2026-03-01) and --policy one of current, nightly, data, "
                                         "never\nusage: retrainer ") + synopsis);
        co_return Usage;
    }
    request.policy = *policy;
    if (parser.isSet(QStringLiteral("min-new"))) {
        const auto n = positiveNumber(context, parser.value(QStringLiteral("min-new")), QStringLiteral("--min-new must be a number of rows, 1 or more"));
        if (!n)
            co_return Usage;
        request.dataMinNew = *n;
    }
    Workspace& workspace = context.openWorkspace();
    const ModelConfig model = workspace.requireModel(parser.positionalArguments().first());
    if (request.policy == BacktestPolicy::Data && request.dataMinNew == 0)
        request.dataMinNew = model.triggers.data.minNew;

    auto cancel = std::make_shared<CancelToken>();
    const auto stop = cancelOnStop(context, cancel); // Ctrl+C cancels
    ProgressLine line(context);
    const auto show = line.printer();
    const ProgressFn progress = [show](const QString& phase, double f) {
        show(QStringLiteral("%1 %2%").arg(phase).arg(int(f * 100), 3));
    };
    const QString dir = workspace.directory();
    Store* store = &workspace.store();
    auto work = [model, dir, store, request, cancel, progress]() -> Outcome {
        Outcome o;
        try {
            o.result = runBacktest(model, dir, *store, request, *cancel, progress);
        } catch (const Cancelled&) {
            o.cancelled = true;
        } catch (const Error& e) {
            o.error = e.message();
        } catch (const std::exception& e) {
            o.error = QStringLiteral("internal error: %1").arg(QString::fromUtf8(e.what()));
        }
        return o;
    };
    const Outcome outcome = co_await onWorker(context.workers(), std::move(work));
    line.clear();
    if (outcome.cancelled) {
        context.out.error(QStringLiteral("backtest cancelled; nothing was written"));
        co_return Failure;
    }
    if (!outcome.error.isEmpty())
        throw Error(outcome.error);
    if (parser.isSet(QStringLiteral("csv"))) {
        QFile file(parser.value(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write((outcome.result.csvLines().join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0)
            throw Error(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    if (context.json)
        context.out.json(outcome.result.toJson());
    else
        printResult(context.out, outcome.result, request.dataMinNew);
    co_return Ok;
}

} // namespace retrainer::cli
