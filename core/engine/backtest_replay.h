#pragma once
// The moving part of a backtest (backtest.h): one policy's replay over the model's rows in time order.
// It holds the version in service and, from the moments the policy asks it to train, the timeline of
// versions; scores every row of the period with the version that served when the row arrived.
#include "backtest.h"
#include "gate_policy.h"
#include "holdout_split.h"
#include "model_artifact.h"
#include <memory>

namespace retrainer {

// The rows of a model, sorted by time, and what every replay shares.
struct ReplayRows
{
    const Dataset* data = nullptr;
    std::vector<size_t> order;         // indices into data->samples, oldest first
    std::vector<qint64> times;         // their timestamps, same order
    Algorithm algorithm = Algorithm::RandomForest;
    nlohmann::json parameters = nlohmann::json::object();

    // The rows of `data` in time order, with the model's algorithm and parameters (`data` must outlive them).
    static ReplayRows sorted(const Dataset& data, const ModelConfig& model);

    // How many rows are strictly older than `ms` (they are order[0 .. n)).
    int before(qint64 ms) const;
    // How many rows are at or before `ms`.
    int upTo(qint64 ms) const;
    // A dataset of the rows order[first .. last), the features and task of `data`.
    Dataset slice(int first, int last) const;
};

// Everything one replayed training produced, for whoever keeps it (the demo's past, demo_past.h).
struct ReplayedCandidate
{
    const BacktestTraining& training;
    const Dataset& rows;               // what it learnt from: only rows older than training.momentMs
    const HoldoutSplit& split;
    const ModelArtifact& candidate;
    const Metrics& metrics;            // the candidate's, on the holdout
    std::optional<double> champion;    // the version in service's primary metric on the same holdout, if any
    const GateDecision& gate;
};
using CandidateFn = std::function<void(const ReplayedCandidate&)>;

class Replay
{
public:
    // `start` may be null: no version in service yet, so the first training that passes the gate serves.
    Replay(const ModelConfig& model, const ReplayRows& rows, std::shared_ptr<const ModelArtifact> start, int startRows,
           qint64 startMs, const CancelToken& cancel, const TrainingObserver& observer);

    // Trains on the rows older than `momentMs` and puts the candidate through the gate. Nothing happens (false)
    // when there are too few rows or nothing new since the last training (it would learn the same thing).
    bool train(qint64 momentMs, const QString& trigger);

    // Called after every training (before the next one starts), on the replay's thread.
    void setCandidateFn(CandidateFn fn) { m_candidateFn = std::move(fn); }

    // Rows the version in service learnt from (a prefix of the sorted rows), and the last training's.
    int activeRows() const { return m_activeRows; }
    int lastTrainedRows() const { return m_lastRows; }
    const ModelArtifact& active() const { return *m_active; }
    const std::vector<BacktestTraining>& trainings() const { return m_trainings; }

    // The version that served at `ms`.
    const ModelArtifact& servingAt(qint64 ms) const;

private:
    const ModelConfig& m_model;
    const ReplayRows& m_rows;
    const CancelToken& m_cancel;
    const TrainingObserver& m_observer;
    std::shared_ptr<const ModelArtifact> m_active;
    int m_activeRows = 0;
    int m_lastRows = 0;
    std::vector<std::pair<qint64, std::shared_ptr<const ModelArtifact>>> m_timeline; // serving from, version
    std::vector<BacktestTraining> m_trainings;
    CandidateFn m_candidateFn;
};

// The primary metric of `artifact`-style predictions against the rows' truth.
double scorePredictions(const Dataset& data, const std::vector<size_t>& rows, const std::vector<Prediction>& predicted,
                        const QString& metric);

} // namespace retrainer
