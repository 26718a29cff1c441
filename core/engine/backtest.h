#pragma once
// Backtest: what retraining would have done. Replays a model's own history between two days under a
// retraining policy, as a dry run (the registry, runs and history are only read, never written):
//  - the version in service at the start is trained on every row older than the first day;
//  - at each moment the policy would have trained, a candidate is trained on the rows whose timestamp is
//    before that moment only, compared with the version in service on the same (newest) holdout and put
//    through the model's gate; a promoted candidate serves from that moment on;
//  - every row that arrives during the period is predicted by the version in service when it arrived,
//    and the live score of a day is the model's primary metric over that day's rows.
// The chosen policy is replayed beside "never retrain" and "retrain nightly", so the figures compare.
// Runs on the caller's thread (a worker): it trains, so it takes seconds to minutes.
#include "model_config.h"
#include "progress.h"
#include <QDate>
#include <QString>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace retrainer {

class Store;

enum class BacktestPolicy {
    Current, // the model's own schedules and triggers, as far as they can be replayed from the rows
    Nightly, // a full retrain every night at 02:00 (skipped when no row arrived since the last training)
    Data,    // a retrain each time `dataMinNew` new rows have arrived since the last training
    Never,   // the version in service at the start keeps serving
};
QString toString(BacktestPolicy policy); // "current", "nightly", "data", "never"
std::optional<BacktestPolicy> backtestPolicyFromString(const QString& text);

struct BacktestRequest
{
    QDate from;                                  // first day replayed (local time)
    QDate to;                                    // last day replayed, inclusive
    BacktestPolicy policy = BacktestPolicy::Current;
    int dataMinNew = 0;                          // Data policy: rows per retrain; 0: the model's data trigger
};

// One training the replay made.
struct BacktestTraining
{
    qint64 momentMs = 0;     // when the policy trained (local wall time of the model's timestamps)
    QString trigger;         // "schedule", "conditional", "data", "performance", "nightly"
    int rows = 0;            // rows it learnt from (all older than momentMs)
    qint64 newestRowMs = 0;  // the newest of them
    bool promoted = false;   // the gate put it in service
    QString gate;            // the gate's sentence
    double seconds = 0.0;    // training and evaluation time
};

// One policy's replay.
struct BacktestLine
{
    BacktestPolicy policy = BacktestPolicy::Never;
    std::vector<std::optional<double>> daily;   // live score per day of BacktestResult::days (nullopt: no rows)
    std::optional<double> overall;              // live score over every row of the period
    std::vector<BacktestTraining> trainings;

    int trainingsOn(const QDate& day) const;
    double secondsOn(const QDate& day) const;
    double totalSeconds() const;
    int promotions() const;
};

struct BacktestResult
{
    QString model;
    QString metric;                      // the primary metric the scores are in
    QString label;                       // the label column (for units in plain words)
    BacktestPolicy policy = BacktestPolicy::Current;
    std::vector<QDate> days;
    std::vector<int> rowsPerDay;         // rows that arrived each day (scored)
    int startRows = 0;                   // rows the starting version learnt from
    std::vector<BacktestLine> lines;     // the chosen policy first, then never and nightly (no repeats)
    QStringList notes;                   // what the replay could not reproduce, in plain words

    const BacktestLine* line(BacktestPolicy policy) const;
    nlohmann::json toJson() const;
    // One row per day: day, new rows, the score of each line, trainings and training seconds of the policy.
    QStringList csvLines() const;
};

// Seen by tests: every training's moment and the rows handed to it.
using TrainingObserver = std::function<void(qint64 momentMs, const Dataset& rows)>;

// Replays `model` over its rows (read from its source through `store`; nothing is written). Throws Error
// for a model without a timestamp column, bad dates, or too few rows before `from` to train a first
// version; Cancelled when `cancel` is cancelled. `progress` gets ("replaying <policy>", fraction).
BacktestResult runBacktest(const ModelConfig& model, const QString& workspaceDir, const Store& store,
                           const BacktestRequest& request, const CancelToken& cancel, const ProgressFn& progress = {},
                           const TrainingObserver& observer = {});

} // namespace retrainer
