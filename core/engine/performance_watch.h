#pragma once
// The performance check: scores the active version on the newest rows it has not seen and — the watch after
// promotion — the version it replaced on the same rows. When the new one is worse by more than the gate's
// rollback margin (and auto_rollback is on) it asks the Engine to put the earlier one back and raises an
// "auto-rollback" alert. Scoring runs on the engine's workers.
#include "worker_pool.h"
#include <QCoroTask>
#include <QObject>
#include <optional>

namespace retrainer {

class AlertRaiser;
class AutomationActions;
class Workspace;

class PerformanceWatch : public QObject
{
    Q_OBJECT
public:
    PerformanceWatch(Workspace& workspace, WorkerPool& workers, AutomationActions& actions, AlertRaiser& alerts,
                     QObject* parent = nullptr);

    // The live score of the version in service after the check (the restored one's after a rollback), recorded
    // as a PERFORMANCE_CHECKED event; nullopt when there was nothing to score.
    QCoro::Task<std::optional<double>> check(QString model);

private:
    Workspace& m_workspace;
    WorkerPool& m_workers;
    AutomationActions& m_actions;
    AlertRaiser& m_alerts;
};

} // namespace retrainer
