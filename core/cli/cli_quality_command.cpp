// quality: the data quality report of a model (counts by period, readiness, score, column issues, drift).
#include "cli_context.h"
#include "on_worker.h"
#include "cli_output.h"
#include "error.h"
#include "quality_check.h"
#include <QCoroFuture>

namespace retrainer::cli {

namespace {

QString percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 1) + QLatin1Char('%');
}

void printReport(Output& out, const QualityReport& r)
{
    out.line(QStringLiteral("Data quality of '%1' (as of %2)").arg(r.model, localTime(r.now)));
    out.line(QStringLiteral("  rows: %1 usable, %2 rejected by the source").arg(r.rows).arg(r.rejected));
    for (const auto& [reason, count] : r.rejectedByReason)
        out.line(QStringLiteral("    %1 x %2").arg(count).arg(reason));
    if (r.periods)
        out.line(QStringLiteral("  new: %1 in the last 24 h, %2 in 7 days, %3 in 30 days, %4 in 90 days")
                     .arg(r.periods->last24h).arg(r.periods->last7d).arg(r.periods->last30d).arg(r.periods->last90d));
    else
        out.line(QStringLiteral("  new: unknown (the model has no timestamp column)"));
    out.line(QStringLiteral("  readiness: %1 (minimum %2, recommended %3, excellent %4 rows)")
                 .arg(toString(r.readiness)).arg(r.thresholds.minimum).arg(r.thresholds.recommended).arg(r.thresholds.excellent));
    out.line(QStringLiteral("  quality score: %1/100").arg(r.score));
    out.line(QStringLiteral("  duplicates: %1 rows repeat an earlier row; outliers: %2 rows").arg(r.duplicates).arg(r.outlierRows));
    if (r.task == Task::Classification) {
        QStringList parts;
        for (const auto& [label, count] : r.labelCounts)
            parts << QStringLiteral("%1 %2").arg(QString::fromStdString(label)).arg(count);
        out.line(QStringLiteral("  labels: %1 (imbalance %2:1)").arg(parts.join(QStringLiteral(", "))).arg(r.imbalanceRatio, 0, 'f', 2));
    } else if (r.labelSummary.is_object()) {
        out.line(QStringLiteral("  label: min %1, median %2, max %3, mean %4")
                     .arg(r.labelSummary["min"].get<double>()).arg(r.labelSummary["median"].get<double>())
                     .arg(r.labelSummary["max"].get<double>()).arg(r.labelSummary["mean"].get<double>(), 0, 'f', 2));
    }
    std::vector<QStringList> rows;
    for (const auto& c : r.columns)
        rows.push_back({c.name, columnKindName(c.kind), QString::number(c.missing), percent(c.missingRate),
                        c.constant ? QStringLiteral("yes") : QStringLiteral("no"), QString::number(c.outliers)});
    out.table({QStringLiteral("COLUMN"), QStringLiteral("KIND"), QStringLiteral("MISSING"), QStringLiteral("MISSING%"),
               QStringLiteral("CONSTANT"), QStringLiteral("OUTLIERS")}, rows);
    if (!r.driftVersion) {
        out.line(QStringLiteral("  drift: no active version with a training profile to compare with"));
    } else {
        out.line(QStringLiteral("  drift against version %1 (PSI > %2 flags a feature):").arg(*r.driftVersion).arg(kDriftThreshold));
        std::vector<QStringList> drift;
        for (const auto& d : r.drift)
            drift.push_back({d.feature, QString::number(d.psi, 'f', 3), d.drifted ? QStringLiteral("DRIFT") : QStringLiteral("ok")});
        out.table({QStringLiteral("FEATURE"), QStringLiteral("PSI"), QStringLiteral("STATE")}, drift);
    }
    if (r.lastHygiene.is_object()) {
        const auto& h = r.lastHygiene;
        const auto& pii = h.value("pii_replaced", nlohmann::json::object());
        out.line(QStringLiteral("  last run removed: %1 duplicates, %2 filtered; PII replaced: %3 e-mail, %4 phone, %5 ID, %6 URL")
                     .arg(h.value("duplicates_removed", 0L)).arg(h.value("filtered", 0L))
                     .arg(pii.value("email", 0L)).arg(pii.value("phone", 0L)).arg(pii.value("id_number", 0L)).arg(pii.value("url", 0L)));
    }
}

} // namespace

QCoro::Task<int> qualityCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("now"), QString(), QStringLiteral("ISO-8601")});
    const QString synopsis = QStringLiteral("quality NAME [--json] [--now ISO-8601]");
    if (!parseArguments(parser, context, 0, 1, 1, synopsis))
        co_return Usage;
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("now"))) {
        now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
        if (!now.isValid()) {
            context.out.error(QStringLiteral("--now must be an ISO 8601 time, e.g. 2026-01-31T12:00:00Z\nusage: retrainer ") + synopsis);
            co_return Usage;
        }
    }
    const QString name = parser.positionalArguments().first();
    Workspace* workspace = &context.openWorkspace();
    auto work = [workspace, name, now]() -> std::pair<QualityReport, QString> {
        try {
            return {checkQuality(*workspace, name, now), QString()};
        } catch (const Error& e) {
            return {QualityReport(), e.message()};
        }
    };
    // A named result, not `auto [a, b] = co_await f;`: GCC miscompiles the hidden object of a structured
    // binding initialised by co_await (its destructor can run on memory never constructed).
    const auto outcome = co_await onWorker(context.workers(), std::move(work));
    const auto& report = outcome.first;
    const auto& error = outcome.second;
    if (!error.isEmpty())
        throw Error(error);
    if (context.json)
        context.out.json(report.toJson());
    else
        printReport(context.out, report);
    co_return Ok;
}

} // namespace retrainer::cli
