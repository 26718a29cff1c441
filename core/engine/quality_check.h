#pragma once
// The quality report of a model from its workspace: its rows (source and base dataset, as stored, before
// hygiene), its readiness thresholds, the active version's training profile (for drift) and what the last
// run's hygiene removed. Reads files and the store on the calling thread: shells call it on a worker.
#include "quality_report.h"

namespace retrainer {

class Workspace;

// Throws Error for an unknown model or an unreadable source.
QualityReport checkQuality(Workspace& workspace, const QString& model, const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace retrainer
