#pragma once
// The drift check: compares a model's newest rows with the active version's training data (on the engine's
// workers) and raises a "drift" alert once per version and feature whose PSI (population stability index: how
// far a feature's distribution moved) passes 0.2. Runs with the hourly performance check.
#include "clock.h"
#include "worker_pool.h"
#include <QCoroTask>
#include <QObject>

namespace retrainer {

class AlertRaiser;
class Workspace;

class DriftWatch : public QObject
{
    Q_OBJECT
public:
    DriftWatch(Workspace& workspace, const Clock& clock, WorkerPool& workers, AlertRaiser& alerts, QObject* parent = nullptr);

    QCoro::Task<> check(QString model);

private:
    Workspace& m_workspace;
    const Clock& m_clock;
    WorkerPool& m_workers;
    AlertRaiser& m_alerts;
};

} // namespace retrainer
