#include "performance_watch.h"
#include "alert_raiser.h"
#include "automation_actions.h"
#include "error.h"
#include "live_performance.h"
#include "metrics.h"
#include "on_worker.h"
#include "workspace.h"
#include <QPointer>

namespace retrainer {

using json = nlohmann::json;

namespace {

struct Scoring
{
    LiveScores scores;
    QString error;
};

} // namespace

PerformanceWatch::PerformanceWatch(Workspace& workspace, WorkerPool& workers, AutomationActions& actions,
                                   AlertRaiser& alerts, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_workers(workers), m_actions(actions), m_alerts(alerts)
{
}

QCoro::Task<std::optional<double>> PerformanceWatch::check(QString name)
{
    const auto model = m_workspace.model(name);
    if (!model)
        co_return std::nullopt;
    Workspace* ws = &m_workspace;
    const ModelConfig config = *model;
    QPointer<PerformanceWatch> guard(this);
    auto scoring = [ws, config]() -> Scoring {
        try {
            if (!ws->registry().active(config.name))
                return {};
            const auto replaced = config.gate.autoRollback ? replacedByPromotion(*ws, config.name) : std::nullopt;
            return {scoreLiveWindow(*ws, config, config.triggers.performance.windowRows, replaced), QString()};
        } catch (const Error& e) {
            return {LiveScores(), e.message()};
        }
    };
    const Scoring outcome = co_await onWorker(m_workers, std::move(scoring));
    const LiveScores& scores = outcome.scores;
    if (!guard)
        co_return std::nullopt;
    if (!outcome.error.isEmpty()) {
        qWarning("performance check of '%s' failed: %s", qPrintable(config.name), qPrintable(outcome.error));
        co_return std::nullopt;
    }
    if (!scores.active)
        co_return std::nullopt;
    double score = *scores.active;
    const QString metric = config.effectivePrimaryMetric();
    const double worseBy = !scores.previous ? 0.0
                           : Metrics::higherIsBetter(metric) ? *scores.previous - *scores.active
                                                             : *scores.active - *scores.previous;
    if (scores.previous && worseBy > config.gate.rollbackMargin) {
        const int from = scores.activeVersion;
        const int to = *scores.previousVersion;
        const QString reason = QStringLiteral("version %1 scored %2 %3 on the newest %4 rows, version %5 scored %6: worse by "
                                              "more than the rollback margin %7")
                                   .arg(from).arg(metric).arg(*scores.active, 0, 'f', 4).arg(scores.rows).arg(to)
                                   .arg(*scores.previous, 0, 'f', 4).arg(config.gate.rollbackMargin);
        QString failed;
        try {
            co_await m_actions.rollBackAutomatically(config.name, from, to, reason);
        } catch (const Error& e) {
            failed = e.message();
        }
        if (!guard)
            co_return std::nullopt;
        if (failed.isEmpty()) {
            m_alerts.raise(config.name, QStringLiteral("critical"), QStringLiteral("auto-rollback"),
                           QStringLiteral("'%1' was rolled back automatically to version %2: %3").arg(config.name).arg(to).arg(reason));
            score = *scores.previous;
        } else {
            m_alerts.raise(config.name, QStringLiteral("critical"), QStringLiteral("auto-rollback"),
                           QStringLiteral("'%1' should be rolled back (%2) but version %3 cannot be restored: %4")
                               .arg(config.name, reason).arg(to).arg(failed));
        }
    }
    const json detail = {{"score", score}, {"threshold", config.triggers.performance.threshold},
                         {"previous", scores.previous ? json(*scores.previous) : json(nullptr)}};
    auto recording = [ws, name = config.name, detail] {
        ws->store().addEvent(name, std::nullopt, QStringLiteral("PERFORMANCE_CHECKED"), detail);
        return true;
    };
    try {
        co_await onWorker(m_workers, std::move(recording));
    } catch (const Error& e) {
        qWarning("the performance check of '%s' could not be recorded: %s", qPrintable(config.name), qPrintable(e.message()));
    }
    co_return score;
}

} // namespace retrainer
