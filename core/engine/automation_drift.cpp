// Automation::checkDrift: a "drift" alert when a feature's PSI against the active version passes 0.2.
#include "automation.h"
#include "error.h"
#include "quality_check.h"
#include "workspace.h"

#include <QCoroFuture>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace retrainer {

QCoro::Task<> Automation::checkDrift(QString model)
{
    QPointer<Automation> guard(this);
    Workspace* ws = &m_workspace;
    const QDateTime now = m_clock.now();
    auto computing = QtConcurrent::run(m_workers->threads(), [ws, model, now]() -> std::pair<QualityReport, QString> {
        try {
            return {checkQuality(*ws, model, now), QString()};
        } catch (const Error& e) {
            return {QualityReport(), e.message()};
        }
    });
    // A named result, not `auto [a, b] = co_await f;`: GCC miscompiles the hidden object of a structured
    // binding initialised by co_await (its destructor can run on memory never constructed).
    const auto outcome = co_await computing;
    const auto& report = outcome.first;
    const auto& error = outcome.second;
    if (!guard)
        co_return;
    if (!error.isEmpty()) {
        qWarning("drift check of '%s' failed: %s", qPrintable(model), qPrintable(error));
        co_return;
    }
    if (!report.driftVersion)
        co_return;
    // Once per version and feature: the alert's text names both, and an alert with the same text is never
    // raised twice (also across restarts, as the alerts are kept in the store).
    QSet<QString> raised;
    for (const AlertRecord& alert : m_alerts.alerts(model))
        if (alert.kind == QLatin1String("drift"))
            raised.insert(alert.text.section(QLatin1String(": PSI"), 0, 0));
    for (const FeatureDrift& drift : report.drift) {
        if (!drift.drifted)
            continue;
        const QString subject = QStringLiteral("feature '%1' of '%2' has drifted since version %3")
                                    .arg(drift.feature, model).arg(*report.driftVersion);
        if (raised.contains(subject))
            continue;
        raise(model, QStringLiteral("warning"), QStringLiteral("drift"),
              QStringLiteral("%1: PSI %2 > %3 between its training data and the newest rows")
                  .arg(subject).arg(drift.psi, 0, 'f', 3).arg(kDriftThreshold));
    }
}

} // namespace retrainer
