#pragma once
// What the automation asks of the Engine: the two things it decides but must not do itself. The Engine alone
// starts runs and switches versions, so that it alone reloads the predictor, audits and emits — whether a person
// or a trigger asked.
#include "training_pipeline.h"
#include <QCoroTask>
#include <QString>

namespace retrainer {

class AutomationActions
{
public:
    virtual ~AutomationActions() = default;
    // Starts the run `request` asks for (or joins the model's queued/running one) and completes with its id.
    // Throws TrainedElsewhere when another instance sharing the store trains the model now, Error otherwise.
    virtual QCoro::Task<qint64> startAutomaticRun(RunRequest request) = 0;
    // Puts version `to` of `model` back in service in place of `from` because of `reason` (checksum verified,
    // predictor reloaded, audited as automatic, announced). Throws Error when `to` cannot be restored.
    virtual QCoro::Task<> rollBackAutomatically(QString model, int from, int to, QString reason) = 0;
};

} // namespace retrainer
