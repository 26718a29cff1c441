#pragma once
// How a form hands a finished model configuration to whoever owns the workspace. The console passes one
// that saves through core's Engine on the GUI thread (checked, audited with the OS user, triggers
// refreshed); without one, a form writes workspace.json itself on a worker thread (stand-alone use).
#include "model_config.h"
#include <QCoroTask>
#include <QString>
#include <functional>

namespace retrainer {

// Completes with an empty string on success, else the reason the model was not saved.
using ModelSaver = std::function<QCoro::Task<QString>(ModelConfig)>;

} // namespace retrainer
