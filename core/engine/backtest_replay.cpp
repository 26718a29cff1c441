#include "backtest_replay.h"
#include "metrics.h"
#include "trivial_baseline.h"
#include <QElapsedTimer>
#include <algorithm>
#include <map>
#include <numeric>

namespace retrainer {

ReplayRows ReplayRows::sorted(const Dataset& data, const ModelConfig& model)
{
    ReplayRows rows;
    rows.data = &data;
    rows.order.resize(data.samples.size());
    std::iota(rows.order.begin(), rows.order.end(), size_t(0));
    std::stable_sort(rows.order.begin(), rows.order.end(),
                     [&](size_t a, size_t b) { return data.samples[a].timestampMs < data.samples[b].timestampMs; });
    for (size_t i : rows.order)
        rows.times.push_back(data.samples[i].timestampMs);
    rows.algorithm = model.algorithm;
    rows.parameters = model.parameters;
    return rows;
}

int ReplayRows::before(qint64 ms) const
{
    return int(std::lower_bound(times.begin(), times.end(), ms) - times.begin());
}

int ReplayRows::upTo(qint64 ms) const
{
    return int(std::upper_bound(times.begin(), times.end(), ms) - times.begin());
}

Dataset ReplayRows::slice(int first, int last) const
{
    Dataset out;
    out.task = data->task;
    out.features = data->features;
    out.hasTimestamp = data->hasTimestamp;
    out.samples.reserve(size_t(std::max(0, last - first)));
    for (int i = first; i < last; ++i)
        out.samples.push_back(data->samples[order[size_t(i)]]);
    return out;
}

Replay::Replay(const ModelConfig& model, const ReplayRows& rows, std::shared_ptr<const ModelArtifact> start, int startRows,
               qint64 startMs, const CancelToken& cancel, const TrainingObserver& observer)
    : m_model(model), m_rows(rows), m_cancel(cancel), m_observer(observer), m_active(std::move(start)),
      m_activeRows(startRows), m_lastRows(startRows)
{
    if (m_active)
        m_timeline.emplace_back(startMs, m_active);
}

bool Replay::train(qint64 momentMs, const QString& trigger)
{
    m_cancel.check();
    const int last = m_rows.before(momentMs);
    if (last == m_lastRows || last == m_activeRows)
        return false;
    int first = 0;
    if (m_model.dataPolicy.lastDays > 0)
        first = m_rows.before(momentMs - qint64(m_model.dataPolicy.lastDays) * 24 * 3600 * 1000);
    if (last - first < m_model.minimumSamples)
        return false;
    const Dataset rows = m_rows.slice(first, last);
    const HoldoutSplit split = splitHoldout(rows, m_model.holdoutFraction);
    if (split.train.empty() || split.holdout.empty())
        return false;
    if (m_observer)
        m_observer(momentMs, rows);
    QElapsedTimer timer;
    timer.start();
    TrainerOptions options;
    options.parameters = m_rows.parameters;
    options.cancel = &m_cancel;
    const auto candidate = std::make_shared<const ModelArtifact>(trainArtifact(rows, split.train, m_rows.algorithm, options));
    const QString metric = m_model.effectivePrimaryMetric();
    const Metrics candidateMetrics = candidate->evaluate(rows, split.holdout);
    const std::optional<double> champion =
        m_active ? std::optional<double>(m_active->evaluate(rows, split.holdout).value(metric)) : std::nullopt;
    const TrivialBaseline trivial = trivialBaseline(rows, split.train, split.holdout, candidateMetrics.classes);
    const std::optional<int> version = m_active ? std::optional<int>(int(m_timeline.size())) : std::nullopt;
    const auto refused = refuseGuessing(metric, candidateMetrics, trivial);
    const GateDecision gate = refused ? *refused
                                      : decidePromotion(metric, candidateMetrics.value(metric), champion, version, m_model.gate);

    BacktestTraining training;
    training.momentMs = momentMs;
    training.trigger = trigger;
    training.rows = last - first;
    training.newestRowMs = m_rows.times[size_t(last - 1)];
    // Awaiting approval counts as not in service: a person would have had to approve it first.
    training.promoted = gate.outcome == GateOutcome::Promoted;
    training.gate = gate.summary;
    training.seconds = double(timer.nsecsElapsed()) / 1e9;
    m_trainings.push_back(training);
    if (m_candidateFn)
        m_candidateFn({m_trainings.back(), rows, split, *candidate, candidateMetrics, champion, gate});
    m_lastRows = last;
    if (training.promoted) {
        m_active = candidate;
        m_activeRows = last;
        m_timeline.emplace_back(momentMs, candidate);
    }
    return true;
}

const ModelArtifact& Replay::servingAt(qint64 ms) const
{
    auto it = std::upper_bound(m_timeline.begin(), m_timeline.end(), ms,
                               [](qint64 t, const auto& entry) { return t < entry.first; });
    if (it != m_timeline.begin())
        --it;
    return *it->second;
}

double scorePredictions(const Dataset& data, const std::vector<size_t>& rows, const std::vector<Prediction>& predicted,
                        const QString& metric)
{
    if (data.task == Task::Regression) {
        std::vector<double> truth, values;
        for (size_t k = 0; k < rows.size(); ++k) {
            truth.push_back(data.samples[rows[k]].target);
            values.push_back(predicted[k].value);
        }
        return regressionMetrics(truth, values).value(metric);
    }
    std::map<std::string, int> index;
    for (size_t k = 0; k < rows.size(); ++k) {
        index.emplace(data.samples[rows[k]].label, 0);
        index.emplace(predicted[k].label, 0);
    }
    std::vector<std::string> classes;
    for (auto& [label, i] : index) {
        i = int(classes.size());
        classes.push_back(label);
    }
    std::vector<int> truth, values;
    for (size_t k = 0; k < rows.size(); ++k) {
        truth.push_back(index[data.samples[rows[k]].label]);
        values.push_back(index[predicted[k].label]);
    }
    return classificationMetrics(truth, values, classes).value(metric);
}

} // namespace retrainer
