#pragma once
// The demo's past. `init --demo` gives each demo model a few weeks of history made of REAL replayed trainings,
// so that its charts open with weeks of runs instead of one point. It uses the backtest's machinery
// (backtest_replay.h): every `everyDays` nights at 02:00 over the last `days` days, a candidate is trained with
// dlib on the demo rows stamped before that moment only, put through the model's gate against the version then
// in service, and recorded as a run of that moment — trigger "replayed", a note that says so ("replayed: what
// the nightly retraining would have done on 12 Nov…") — with its events. A promoted candidate is registered
// as a version created at that moment and put in service, so the last one promoted is the version in service.
// Only for models the demo itself just added (createDemoWorkspace); never for a user's own models.
#include "backtest.h"
#include "progress.h"
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace retrainer {

class Workspace;

struct DemoPastPlan
{
    int days = 28;      // how far back the first replayed night is
    int everyDays = 4;  // nights between two replayed trainings
};

// What was recorded for one model.
struct DemoPastModel
{
    QString model;
    int runs = 0;         // replayed runs recorded (each in a terminal state: promoted or rejected)
    int promoted = 0;     // of them put in service (each a version)
    double seconds = 0.0; // training and evaluation time
};

// Called before each model (done of total) on the caller's thread.
using DemoPastProgress = std::function<void(int done, int total, const QString& model)>;

// The 02:00 moments replayed for a demo workspace created on `today`, oldest first (all before `today`).
std::vector<QDateTime> demoPastMoments(const QDate& today, const DemoPastPlan& plan = {});

// The sentence a replayed run carries, e.g. "replayed: what the nightly retraining would have done on 12 Nov
// at 02:00, learning only from the rows stamped before then (the demo's past, prepared by init --demo)".
QString replayedNote(const QDateTime& moment);

// Records the past of each of `models` that has no run yet, one after the other (they train: seconds).
// Throws Cancelled when `cancel` is cancelled — every run recorded so far is complete — and Error when a
// model's rows cannot be read. `observer` (tests) sees every training's moment and rows.
std::vector<DemoPastModel> recordDemoPast(Workspace& workspace, const QStringList& models, const CancelToken& cancel,
                                          const DemoPastProgress& progress = {}, const DemoPastPlan& plan = {},
                                          const TrainingObserver& observer = {});

} // namespace retrainer
