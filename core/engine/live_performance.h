#pragma once
// How the version in service does on rows it never saw (the newest labelled rows), and — for the watch
// after a promotion — how the version it replaced does on exactly the same rows.
#include "model_config.h"
#include <optional>

namespace retrainer {

class Workspace;

struct LiveScores
{
    int activeVersion = 0;
    std::optional<double> active;     // nullopt: no active version or fewer than 5 unseen rows
    std::optional<int> previousVersion;
    std::optional<double> previous;   // nullopt: not asked, unreadable, or trained on other features
    int rows = 0;                     // rows in the window
};

// Scores the active version of `model` on the newest labelled rows it was not trained on (at most
// `windowRows`), and `previous` (a version number) on the same rows when given. Runs on the caller's
// thread; throws Error when the source or the active artifact cannot be read.
LiveScores scoreLiveWindow(Workspace& workspace, const ModelConfig& model, int windowRows,
                           std::optional<int> previous = std::nullopt);
std::optional<double> scoreLivePerformance(Workspace& workspace, const ModelConfig& model, int windowRows);

// The version the active one replaced, when its activation was a promotion by a run or an approval (not a
// rollback); nullopt otherwise. Read from the model's events.
std::optional<int> replacedByPromotion(Workspace& workspace, const QString& model);

} // namespace retrainer
