#include "backtest.h"
#include "backtest_replay.h"
#include "cron_expression.h"
#include "error.h"
#include "holdout_split.h"
#include "metrics.h"
#include "model_selection.h"
#include "training_data.h"
#include <algorithm>
#include <map>
#include <numeric>

namespace retrainer {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

qint64 startOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

QString dayText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The moments `cron` fires in [startMs, endMs).
std::vector<qint64> cronMoments(const QString& cron, qint64 startMs, qint64 endMs)
{
    std::vector<qint64> out;
    const CronExpression expression = CronExpression::parse(cron);
    QDateTime at = QDateTime::fromMSecsSinceEpoch(startMs - 1, Qt::UTC);
    while (auto next = expression.next(at)) {
        if (next->toMSecsSinceEpoch() >= endMs)
            break;
        out.push_back(next->toMSecsSinceEpoch());
        at = *next;
    }
    return out;
}

struct Period
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    int firstRow = 0; // rows of the period: order[firstRow .. lastRow)
    int lastRow = 0;
};

using Report = std::function<void(qint64 ms)>;

void replayNightly(Replay& replay, const Period& period, const Report& report)
{
    for (qint64 moment : cronMoments(QStringLiteral("0 2 * * *"), period.startMs, period.endMs)) {
        replay.train(moment, QStringLiteral("nightly"));
        report(moment);
    }
}

void replayData(Replay& replay, const ReplayRows& rows, const Period& period, int minNew, const Report& report)
{
    for (int i = period.firstRow; i < period.lastRow; ++i) {
        const qint64 t = rows.times[size_t(i)];
        if (rows.upTo(t) - replay.lastTrainedRows() >= minNew)
            replay.train(t + 1, QStringLiteral("data"));
        report(t);
    }
}

// The model's own triggers: its schedules (full and conditional), its data trigger (checked as each row
// arrives) and its performance check (every interval, on the newest rows the version in service never saw).
void replayCurrent(Replay& replay, const ModelConfig& model, const ReplayRows& rows, const Period& period, const Report& report)
{
    enum Kind { Full, Conditional, Data, Performance };
    struct Event { qint64 ms; Kind kind; int minNew; };
    std::vector<Event> events;
    const TriggerConfig& t = model.triggers;
    if (t.paused)
        return;
    for (const ScheduleEntry& s : t.schedules)
        for (qint64 ms : cronMoments(s.cron, period.startMs, period.endMs))
            events.push_back({ms, s.conditional ? Conditional : Full, s.minNew});
    if (t.data.enabled)
        for (int i = period.firstRow; i < period.lastRow; ++i)
            events.push_back({rows.times[size_t(i)], Data, t.data.minNew});
    if (t.performance.enabled && t.performance.everySecs > 0)
        for (qint64 ms = period.startMs; ms < period.endMs; ms += t.performance.everySecs * 1000)
            events.push_back({ms, Performance, 0});
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.ms < b.ms; });

    const QString metric = model.effectivePrimaryMetric();
    const bool higher = Metrics::higherIsBetter(metric);
    std::optional<qint64> lastDataTraining;
    int retriesUsed = 0;
    std::pair<int, int> lastChecked{-1, -1};
    for (const Event& e : events) {
        switch (e.kind) {
        case Full:
            replay.train(e.ms, QStringLiteral("schedule"));
            break;
        case Conditional:
            if (rows.before(e.ms) - replay.lastTrainedRows() >= e.minNew)
                replay.train(e.ms, QStringLiteral("conditional"));
            break;
        case Data: {
            const int newRows = rows.upTo(e.ms) - std::max(replay.lastTrainedRows(), rows.before(e.ms - t.data.windowSecs * 1000 + 1));
            const bool cooling = lastDataTraining && e.ms - *lastDataTraining < t.data.cooldownSecs * 1000;
            if (newRows >= e.minNew && !cooling && replay.train(e.ms + 1, QStringLiteral("data")))
                lastDataTraining = e.ms;
            break;
        }
        case Performance: {
            const int last = rows.before(e.ms);
            const int first = std::max(replay.activeRows(), last - t.performance.windowRows);
            if (last - first < 5 || std::pair(first, last) == lastChecked)
                break;
            lastChecked = {first, last};
            std::vector<size_t> unseen(rows.order.begin() + first, rows.order.begin() + last);
            const double score = replay.active().evaluate(*rows.data, unseen).value(metric);
            const bool below = higher ? score < t.performance.threshold : score > t.performance.threshold;
            if (!below) {
                retriesUsed = 0;
            } else if (retriesUsed < t.performance.retries) {
                const int before = replay.activeRows();
                if (replay.train(e.ms, QStringLiteral("performance")))
                    retriesUsed = replay.activeRows() != before ? 0 : retriesUsed + 1;
            }
            break;
        }
        }
        report(e.ms);
    }
}

// Scores every row of the period with the version that served when it arrived; per day and overall.
BacktestLine scoreLine(BacktestPolicy policy, const Replay& replay, const ReplayRows& rows, const Period& period,
                       const std::vector<QDate>& days, const QString& metric)
{
    BacktestLine line;
    line.policy = policy;
    line.trainings = replay.trainings();
    std::vector<size_t> all(rows.order.begin() + period.firstRow, rows.order.begin() + period.lastRow);
    std::vector<Prediction> predicted(all.size());
    std::map<const ModelArtifact*, std::vector<size_t>> byVersion; // positions in `all`
    for (size_t k = 0; k < all.size(); ++k)
        byVersion[&replay.servingAt(rows.times[size_t(period.firstRow) + k])].push_back(k);
    for (const auto& [artifact, positions] : byVersion) {
        std::vector<size_t> indices;
        for (size_t k : positions)
            indices.push_back(all[k]);
        const auto out = artifact->predictRows(*rows.data, indices);
        for (size_t j = 0; j < positions.size(); ++j)
            predicted[positions[j]] = out[j];
    }
    if (!all.empty())
        line.overall = scorePredictions(*rows.data, all, predicted, metric);
    size_t k = 0;
    for (const QDate& day : days) {
        const qint64 end = startOf(day.addDays(1));
        std::vector<size_t> dayRows;
        std::vector<Prediction> dayPredicted;
        for (; k < all.size() && rows.times[size_t(period.firstRow) + k] < end; ++k) {
            dayRows.push_back(all[k]);
            dayPredicted.push_back(predicted[k]);
        }
        line.daily.push_back(dayRows.empty() ? std::nullopt
                                             : std::optional<double>(scorePredictions(*rows.data, dayRows, dayPredicted, metric)));
    }
    return line;
}

} // namespace

QString toString(BacktestPolicy policy)
{
    switch (policy) {
    case BacktestPolicy::Current: return QStringLiteral("current");
    case BacktestPolicy::Nightly: return QStringLiteral("nightly");
    case BacktestPolicy::Data: return QStringLiteral("data");
    case BacktestPolicy::Never: return QStringLiteral("never");
    }
    return {};
}

std::optional<BacktestPolicy> backtestPolicyFromString(const QString& text)
{
    for (auto p : {BacktestPolicy::Current, BacktestPolicy::Nightly, BacktestPolicy::Data, BacktestPolicy::Never})
        if (text == toString(p))
            return p;
    return std::nullopt;
}

BacktestResult runBacktest(const ModelConfig& model, const QString& workspaceDir, const Store& store,
                           const BacktestRequest& request, const CancelToken& cancel, const ProgressFn& progress,
                           const TrainingObserver& observer)
{
    if (model.timestamp.isEmpty())
        throw Error(QStringLiteral("model '%1' has no timestamp column, so its history cannot be replayed in time order; "
                                   "set one with the model's settings").arg(model.name));
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        throw Error(QStringLiteral("the backtest period needs a first and a last day, the last not before the first"));
    const TrainingData prepared = prepareTrainingData(model, workspaceDir, store);
    const Dataset& data = prepared.data;
    cancel.check();

    ReplayRows rows = ReplayRows::sorted(data, model);

    Period period;
    period.startMs = startOf(request.from);
    period.endMs = startOf(request.to.addDays(1));
    period.firstRow = rows.before(period.startMs);
    period.lastRow = rows.before(period.endMs);

    BacktestResult result;
    result.model = model.name;
    result.metric = model.effectivePrimaryMetric();
    result.label = model.label;
    result.policy = request.policy;
    for (QDate d = request.from; d <= request.to; d = d.addDays(1)) {
        result.days.push_back(d);
        result.rowsPerDay.push_back(rows.before(startOf(d.addDays(1))) - rows.before(startOf(d)));
    }

    // The version in service at the start: every row older than the first day (as a run would train it).
    const int startRows = period.firstRow;
    int startFirst = 0;
    if (model.dataPolicy.lastDays > 0)
        startFirst = rows.before(period.startMs - qint64(model.dataPolicy.lastDays) * kDayMs);
    const Dataset startData = rows.slice(startFirst, startRows);
    const HoldoutSplit startSplit = splitHoldout(startData, model.holdoutFraction);
    if (startRows - startFirst < model.minimumSamples || startSplit.train.empty() || startSplit.holdout.empty())
        throw Error(QStringLiteral("only %1 rows of '%2' are older than %3; the backtest trains the version in service at the "
                                   "start on them and needs at least %4: choose a later first day")
                        .arg(startRows - startFirst).arg(model.name, request.from.toString(Qt::ISODate))
                        .arg(std::max(model.minimumSamples, 2)));
    if (observer)
        observer(period.startMs, startData);
    TrainerOptions options;
    options.parameters = rows.parameters;
    options.cancel = &cancel;
    const bool hasText = std::any_of(data.features.begin(), data.features.end(),
                                     [](const FeatureColumn& f) { return f.kind == ColumnKind::Text; });
    if (model.autoAlgorithm && !hasText) {
        SelectionLimits limits;
        limits.timeLimitSeconds = model.autoTimeLimit;
        const Selection chosen = selectAlgorithm(startData, startSplit.train, result.metric, options, limits);
        rows.algorithm = chosen.chosen.algorithm;
        rows.parameters = chosen.chosen.parameters;
        options.parameters = rows.parameters;
        result.notes << QStringLiteral("the algorithm is chosen once, for the starting version (%1), and kept")
                            .arg(toString(rows.algorithm));
    }
    const auto start = std::make_shared<const ModelArtifact>(trainArtifact(startData, startSplit.train, rows.algorithm, options));
    result.startRows = startRows - startFirst;

    std::vector<BacktestPolicy> policies = {request.policy};
    for (auto p : {BacktestPolicy::Never, BacktestPolicy::Nightly})
        if (p != request.policy)
            policies.push_back(p);
    const double span = double(std::max<qint64>(1, period.endMs - period.startMs));
    for (size_t n = 0; n < policies.size(); ++n) {
        const BacktestPolicy policy = policies[n];
        const QString phase = QStringLiteral("replaying %1").arg(toString(policy));
        const Report report = [&](qint64 ms) {
            cancel.check();
            if (progress)
                progress(phase, (double(n) + std::clamp(double(ms - period.startMs) / span, 0.0, 1.0)) / double(policies.size()));
        };
        report(period.startMs);
        Replay replay(model, rows, start, startRows, period.startMs, cancel, observer);
        switch (policy) {
        case BacktestPolicy::Current: replayCurrent(replay, model, rows, period, report); break;
        case BacktestPolicy::Nightly: replayNightly(replay, period, report); break;
        case BacktestPolicy::Data:
            replayData(replay, rows, period, request.dataMinNew > 0 ? request.dataMinNew : model.triggers.data.minNew, report);
            break;
        case BacktestPolicy::Never: break;
        }
        result.lines.push_back(scoreLine(policy, replay, rows, period, result.days, result.metric));
    }
    if (request.policy == BacktestPolicy::Current) {
        if (model.triggers.paused)
            result.notes << QStringLiteral("automatic retraining is paused for this model, so its own policy never retrains");
        if (model.gate.requireApproval)
            result.notes << QStringLiteral("candidates that would wait for approval are counted as not put in service");
        result.notes << QStringLiteral("the data trigger is checked as each row arrives; training takes no time in the replay");
    }
    if (period.lastRow == period.firstRow)
        result.notes << QStringLiteral("no row arrived between %1 and %2, so there is nothing to score")
                            .arg(dayText(period.startMs), dayText(period.endMs - 1));
    if (progress)
        progress(QStringLiteral("done"), 1.0);
    return result;
}

} // namespace retrainer
