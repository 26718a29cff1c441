#include "model_selection.h"
#include "error.h"
#include "model_artifact.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <algorithm>
#include <map>
#include <random>
#include <set>

namespace retrainer {

using json = nlohmann::json;

std::vector<Fold> crossValidationFolds(const Dataset& data, const std::vector<size_t>& rows, int k, std::uint64_t seed)
{
    if (k < 2 || rows.size() < size_t(2 * (k + 1)))
        throw Error(QStringLiteral("%1 training rows are too few for %2-fold cross-validation").arg(rows.size()).arg(k));
    std::vector<Fold> folds(static_cast<size_t>(k));
    if (data.hasTimestamp) {
        std::vector<size_t> order = rows;
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return data.samples[a].timestampMs < data.samples[b].timestampMs; });
        const size_t blocks = size_t(k) + 1;
        const auto blockStart = [&](size_t b) { return order.size() * b / blocks; };
        for (size_t i = 0; i < size_t(k); ++i) {
            folds[i].train.assign(order.begin(), order.begin() + long(blockStart(i + 1)));
            folds[i].validate.assign(order.begin() + long(blockStart(i + 1)), order.begin() + long(blockStart(i + 2)));
        }
        return folds;
    }
    std::map<std::string, std::vector<size_t>> byClass; // regression: one group
    for (size_t i : rows)
        byClass[data.task == Task::Classification ? data.samples[i].label : std::string()].push_back(i);
    std::mt19937_64 rng(seed);
    std::vector<int> owner(data.samples.size(), -1);
    size_t next = 0;
    for (auto& [label, members] : byClass) {
        std::shuffle(members.begin(), members.end(), rng);
        for (size_t i : members)
            owner[i] = int(next++ % size_t(k));
    }
    for (size_t i : rows)
        for (int f = 0; f < k; ++f)
            (owner[i] == f ? folds[size_t(f)].validate : folds[size_t(f)].train).push_back(i);
    return folds;
}

std::vector<size_t> selectionSubsample(const Dataset& data, const std::vector<size_t>& rows, size_t maxRows,
                                       std::uint64_t seed)
{
    if (maxRows == 0 || rows.size() <= maxRows)
        return rows;
    std::vector<size_t> order = rows;
    if (data.hasTimestamp)
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return data.samples[a].timestampMs < data.samples[b].timestampMs; });
    else
        std::shuffle(order.begin(), order.end(), std::mt19937_64(seed));
    std::vector<size_t> out;
    out.reserve(maxRows);
    for (size_t i = 0; i < maxRows; ++i)
        out.push_back(order[i * order.size() / maxRows]);
    return out;
}

namespace {

std::vector<SelectionCandidate> grid(Task task, size_t rows, size_t kernelRowLimit)
{
    std::vector<SelectionCandidate> out;
    const auto add = [&](Algorithm a, json p) { out.push_back({a, std::move(p), 0.0, 0.0, {}}); };
    for (int leaf : {5, 1}) // the default forest first: it is always scored
        add(Algorithm::RandomForest, {{"min_samples_per_leaf", leaf}});
    if (task == Task::Classification)
        for (double c : {0.1, 1.0, 10.0})
            add(Algorithm::Linear, {{"c", c}});
    else
        add(Algorithm::Linear, {{"lambda", 0.0}});
    for (double c : {1.0, 10.0, 100.0})
        add(Algorithm::SvmRbf, {{"c", c}});
    add(Algorithm::Krr, {{"lambda", 0.0}});
    if (rows > kernelRowLimit)
        for (auto& c : out)
            if (c.algorithm == Algorithm::SvmRbf || c.algorithm == Algorithm::Krr)
                c.skipped = QCoreApplication::translate("ModelSelection", "skipped: %1 training rows, more than the %2 a "
                                                                          "kernel method handles in reasonable time")
                                .arg(rows).arg(kernelRowLimit);
    return out;
}

QString describe(const SelectionCandidate& c)
{
    QString text = toString(c.algorithm);
    for (const auto& [key, value] : c.parameters.items())
        text += QStringLiteral(" %1=%2").arg(QString::fromStdString(key), QString::fromStdString(value.dump()));
    return text;
}

double secondsOf(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// One candidate's cross-validation, run on a pool thread. The coordinator (the calling thread of
// selectAlgorithm) reads `progress` and `done`, and sets `stop` when the run is cancelled or the time is up.
struct CandidateJob
{
    SelectionCandidate* candidate = nullptr;
    bool exempt = false;          // never stopped by the time limit
    CancelToken stop;
    std::atomic<double> progress{0.0};
    std::atomic<bool> done{false};
    bool cancelled = false;       // stopped because the run was cancelled
};

struct SelectionContext
{
    const Dataset& data;
    const std::vector<Fold>& folds;
    const QString& metric;
    const TrainerOptions& options;
    double limit;                 // seconds, 0: none
    QElapsedTimer clock;          // started with the selection
    std::atomic<bool> runCancelled{false};
    std::mutex mutex;
    std::condition_variable finished;
};

void runCandidate(SelectionContext& ctx, CandidateJob& job)
{
    SelectionCandidate& candidate = *job.candidate;
    QElapsedTimer timer;
    timer.start();
    const bool kernel = candidate.algorithm == Algorithm::SvmRbf || candidate.algorithm == Algorithm::Krr;
    double sum = 0.0, weights = 0.0, previousSeconds = -1.0;
    size_t previousRows = 0;
    const double n = double(ctx.folds.size());
    try {
        for (size_t f = 0; f < ctx.folds.size(); ++f) {
            const Fold& fold = ctx.folds[f];
            if (!job.exempt && ctx.limit > 0) {
                const double elapsed = secondsOf(ctx.clock);
                const double predicted = previousSeconds < 0 ? 0.0
                    : previousSeconds * std::pow(double(fold.train.size()) / double(std::max<size_t>(previousRows, 1)),
                                                 kernel ? 2.0 : 1.2);
                if (elapsed + predicted > ctx.limit) {
                    candidate.skipped = predicted > 0
                        ? QCoreApplication::translate("ModelSelection", "skipped: its next fold would take about %1 s "
                                                                        "more, past the time limit of %2 s for choosing")
                              .arg(predicted, 0, 'f', 1).arg(ctx.limit)
                        : QCoreApplication::translate("ModelSelection", "skipped: the time limit of %1 s for choosing "
                                                                        "was reached").arg(ctx.limit);
                    break;
                }
            }
            TrainerOptions fit;
            fit.parameters = candidate.parameters;
            fit.cancel = &job.stop;
            fit.threads = ctx.options.threads;
            fit.progress = [&](const QString& step, double fraction) {
                if (step == QLatin1String("training"))
                    job.progress.store((double(f) + fraction) / n);
            };
            QElapsedTimer foldTimer;
            foldTimer.start();
            const ModelArtifact artifact = trainArtifact(ctx.data, fold.train, candidate.algorithm, fit);
            job.stop.check();
            // Weighted by the fold's training rows: a fold that learnt from more rows is closer to the final fit.
            sum += double(fold.train.size()) * artifact.evaluate(ctx.data, fold.validate).value(ctx.metric);
            weights += double(fold.train.size());
            previousSeconds = secondsOf(foldTimer);
            previousRows = fold.train.size();
            job.progress.store(double(f + 1) / n);
        }
        if (candidate.skipped.isEmpty())
            candidate.score = sum / weights;
    } catch (const Cancelled&) {
        job.cancelled = ctx.runCancelled.load();
        candidate.skipped = QCoreApplication::translate("ModelSelection", "stopped: the time limit of %1 s for "
                                                                          "choosing was reached").arg(ctx.limit);
    } catch (const Error& e) {
        candidate.skipped = QCoreApplication::translate("ModelSelection", "failed: %1").arg(e.message());
    } catch (const std::exception& e) {
        candidate.skipped = QCoreApplication::translate("ModelSelection", "failed: %1").arg(QString::fromUtf8(e.what()));
    }
    candidate.seconds = secondsOf(timer);
    job.progress.store(1.0);
    {
        const std::lock_guard lock(ctx.mutex);
        job.done.store(true);
    }
    ctx.finished.notify_all();
}

} // namespace

Selection selectAlgorithm(const Dataset& data, const std::vector<size_t>& trainRows, const QString& metric,
                          const TrainerOptions& options, const SelectionLimits& limits)
{
    constexpr int k = 3;
    Selection s;
    s.metric = metric;
    s.trainingRows = trainRows.size();
    s.timeLimitSeconds = limits.timeLimitSeconds;
    s.candidates = grid(data.task, trainRows.size(), limits.kernelRowLimit);
    const std::vector<size_t> rows = selectionSubsample(data, trainRows, limits.maxRows);
    s.rows = rows.size();
    const std::vector<Fold> folds = crossValidationFolds(data, rows, k);
    s.folds = data.hasTimestamp                     ? QCoreApplication::translate("ModelSelection", "%1 forward-chaining folds").arg(k)
              : data.task == Task::Classification ? QCoreApplication::translate("ModelSelection", "%1 stratified folds").arg(k)
                                                  : QCoreApplication::translate("ModelSelection", "%1 shuffled folds").arg(k);

    SelectionContext ctx{data, folds, metric, options, limits.timeLimitSeconds, {}, {}, {}, {}};
    ctx.clock.start();
    std::vector<std::unique_ptr<CandidateJob>> jobs;
    for (auto& candidate : s.candidates) {
        if (!candidate.skipped.isEmpty())
            continue;
        auto job = std::make_unique<CandidateJob>();
        job->candidate = &candidate;
        job->exempt = jobs.empty();
        jobs.push_back(std::move(job));
    }
    const auto stopAll = [&](bool exemptToo) {
        for (auto& job : jobs)
            if (exemptToo || !job->exempt)
                job->stop.cancel();
    };
    double reported = 0.0;
    {
        QThreadPool pool; // declared after everything its jobs use: its destructor waits for them first
        pool.setMaxThreadCount(limits.parallel > 0 ? limits.parallel : std::max(1, QThread::idealThreadCount()));
        for (auto& job : jobs)
            pool.start([&ctx, j = job.get()] { runCandidate(ctx, *j); });
        try {
            for (;;) {
                bool allDone = false;
                {
                    std::unique_lock lock(ctx.mutex);
                    allDone = ctx.finished.wait_for(lock, std::chrono::milliseconds(100), [&] {
                        return std::all_of(jobs.begin(), jobs.end(), [](const auto& j) { return j->done.load(); });
                    });
                }
                if (options.cancel && options.cancel->isCancelled()) {
                    ctx.runCancelled.store(true);
                    stopAll(true);
                }
                if (ctx.limit > 0 && secondsOf(ctx.clock) > ctx.limit)
                    stopAll(false);
                if (allDone)
                    break;
                double sum = 0.0;
                for (const auto& job : jobs)
                    sum += job->progress.load();
                reported = std::max(reported, jobs.empty() ? 1.0 : sum / double(jobs.size()));
                if (options.progress && !ctx.runCancelled.load())
                    options.progress(QStringLiteral("training"), reported);
            }
        } catch (...) { // the progress callback threw (e.g. Cancelled): stop every job before unwinding
            ctx.runCancelled.store(true);
            stopAll(true);
            pool.waitForDone();
            throw;
        }
    }
    s.seconds = secondsOf(ctx.clock);
    if (ctx.runCancelled.load() || (options.cancel && options.cancel->isCancelled()))
        throw Cancelled();
    if (options.progress)
        options.progress(QStringLiteral("training"), 1.0);

    const bool higher = Metrics::higherIsBetter(metric);
    const SelectionCandidate* best = nullptr;
    for (const auto& candidate : s.candidates)
        if (candidate.skipped.isEmpty() && (!best || (higher ? candidate.score > best->score : candidate.score < best->score)))
            best = &candidate;
    if (!best)
        throw Error(QStringLiteral("no algorithm could be trained on these rows: %1").arg(s.candidates.front().skipped));
    s.chosen = *best;
    return s;
}

QString Selection::why() const
{
    const QString where = rows < trainingRows
        ? QCoreApplication::translate("ModelSelection", "%1 on %2 of %3 training rows").arg(folds).arg(rows).arg(trainingRows)
        : folds;
    QString text = QCoreApplication::translate("ModelSelection", "chosen: %1 — CV %2 %3 (%4)")
                       .arg(describe(chosen), metric).arg(chosen.score, 0, 'f', 4).arg(where);
    std::map<Algorithm, const SelectionCandidate*> bestOther;
    std::set<Algorithm> tried, skipped;
    const bool higher = Metrics::higherIsBetter(metric);
    for (const auto& c : candidates) {
        (c.skipped.isEmpty() ? tried : skipped).insert(c.algorithm);
        if (!c.skipped.isEmpty() || c.algorithm == chosen.algorithm)
            continue;
        auto& slot = bestOther[c.algorithm];
        if (!slot || (higher ? c.score > slot->score : c.score < slot->score))
            slot = &c;
    }
    for (const auto& [algorithm, c] : bestOther)
        text += QStringLiteral("; %1 %2").arg(describe(*c)).arg(c->score, 0, 'f', 4);
    for (Algorithm a : skipped)
        if (!tried.count(a))
            text += QCoreApplication::translate("ModelSelection", "; %1 skipped").arg(toString(a));
    return text;
}

json Selection::toJson() const
{
    json list = json::array();
    for (const auto& c : candidates) {
        json entry = {{"algorithm", toString(c.algorithm).toStdString()}, {"parameters", c.parameters},
                      {"seconds", c.seconds}};
        if (c.skipped.isEmpty())
            entry["cv_score"] = c.score;
        else
            entry["skipped"] = c.skipped.toStdString();
        list.push_back(entry);
    }
    return {{"chosen", {{"algorithm", toString(chosen.algorithm).toStdString()}, {"parameters", chosen.parameters},
                        {"cv_score", chosen.score}}},
            {"metric", metric.toStdString()}, {"folds", folds.toStdString()}, {"why", why().toStdString()},
            {"candidates", list}, {"rows", rows}, {"training_rows", trainingRows}, {"seconds", seconds},
            {"time_limit", timeLimitSeconds}};
}

} // namespace retrainer
