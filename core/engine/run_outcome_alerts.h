#pragma once
// The alert rules over finished runs: a failed run, a run stopped at its maximum training time, and a run that
// took much longer than the model's usual ones (slow_run_rule.h).
#include "run_record.h"

namespace retrainer {

class AlertRaiser;
class Store;

class RunOutcomeAlerts
{
public:
    RunOutcomeAlerts(Store& store, AlertRaiser& alerts) : m_store(store), m_alerts(alerts) {}

    void runRecorded(const RunRecord& run);
    void runTimedOut(qint64 runId, const QString& model, qint64 limitSecs);

private:
    Store& m_store;
    AlertRaiser& m_alerts;
};

} // namespace retrainer
