#include "drift_watch.h"
#include "alert_raiser.h"
#include "error.h"
#include "on_worker.h"
#include "quality_check.h"
#include "workspace.h"
#include <QPointer>
#include <QSet>

namespace retrainer {

namespace {

struct DriftOutcome
{
    QualityReport report;
    QString error;
};

} // namespace

DriftWatch::DriftWatch(Workspace& workspace, const Clock& clock, WorkerPool& workers, AlertRaiser& alerts, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), m_workers(workers), m_alerts(alerts)
{
}

QCoro::Task<> DriftWatch::check(QString model)
{
    QPointer<DriftWatch> guard(this);
    Workspace* ws = &m_workspace;
    const QDateTime now = m_clock.now();
    auto computing = [ws, model, now]() -> DriftOutcome {
        try {
            return {checkQuality(*ws, model, now), QString()};
        } catch (const Error& e) {
            return {QualityReport(), e.message()};
        }
    };
    const DriftOutcome outcome = co_await onWorker(m_workers, std::move(computing));
    const QualityReport& report = outcome.report;
    if (!guard)
        co_return;
    if (!outcome.error.isEmpty()) {
        qWarning("drift check of '%s' failed: %s", qPrintable(model), qPrintable(outcome.error));
        co_return;
    }
    if (!report.driftVersion)
        co_return;
    // Once per version and feature: the alert's text names both, and an alert with the same text is never
    // raised twice (also across restarts, as the alerts are kept in the store).
    QSet<QString> raised;
    for (const AlertRecord& alert : m_alerts.log().alerts(model))
        if (alert.kind == QLatin1String("drift"))
            raised.insert(alert.text.section(QLatin1String(": PSI"), 0, 0));
    for (const FeatureDrift& drift : report.drift) {
        if (!drift.drifted)
            continue;
        const QString subject = QStringLiteral("feature '%1' of '%2' has drifted since version %3")
                                    .arg(drift.feature, model).arg(*report.driftVersion);
        if (raised.contains(subject))
            continue;
        m_alerts.raise(model, QStringLiteral("warning"), QStringLiteral("drift"),
                       QStringLiteral("%1: PSI %2 > %3 between its training data and the newest rows")
                           .arg(subject).arg(drift.psi, 0, 'f', 3).arg(kDriftThreshold));
    }
}

} // namespace retrainer
