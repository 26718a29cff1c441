#include "model_selection.h"
#include "error.h"
#include "model_artifact.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <map>
#include <random>

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

namespace {

std::vector<SelectionCandidate> grid(Task task, size_t rows)
{
    std::vector<SelectionCandidate> out;
    const auto add = [&](Algorithm a, json p) { out.push_back({a, std::move(p), 0.0, 0.0, {}}); };
    for (int leaf : {1, 5})
        add(Algorithm::RandomForest, {{"min_samples_per_leaf", leaf}});
    if (task == Task::Classification)
        for (double c : {0.1, 1.0, 10.0})
            add(Algorithm::Linear, {{"c", c}});
    else
        add(Algorithm::Linear, {{"lambda", 0.0}});
    for (double c : {1.0, 10.0, 100.0})
        add(Algorithm::SvmRbf, {{"c", c}});
    add(Algorithm::Krr, {{"lambda", 0.0}});
    if (rows > kKernelRowLimit)
        for (auto& c : out)
            if (c.algorithm == Algorithm::SvmRbf || c.algorithm == Algorithm::Krr)
                c.skipped = QCoreApplication::translate("ModelSelection", "skipped: %1 training rows, more than the %2 a "
                                                                          "kernel method handles in reasonable time")
                                .arg(rows).arg(kKernelRowLimit);
    return out;
}

QString describe(const SelectionCandidate& c)
{
    QString text = toString(c.algorithm);
    for (const auto& [key, value] : c.parameters.items())
        text += QStringLiteral(" %1=%2").arg(QString::fromStdString(key), QString::fromStdString(value.dump()));
    return text;
}

} // namespace

Selection selectAlgorithm(const Dataset& data, const std::vector<size_t>& trainRows, const QString& metric,
                          const TrainerOptions& options)
{
    constexpr int k = 3;
    Selection s;
    s.metric = metric;
    s.candidates = grid(data.task, trainRows.size());
    const std::vector<Fold> folds = crossValidationFolds(data, trainRows, k);
    s.folds = data.hasTimestamp                     ? QCoreApplication::translate("ModelSelection", "%1 forward-chaining folds").arg(k)
              : data.task == Task::Classification ? QCoreApplication::translate("ModelSelection", "%1 stratified folds").arg(k)
                                                  : QCoreApplication::translate("ModelSelection", "%1 shuffled folds").arg(k);
    const bool higher = Metrics::higherIsBetter(metric);
    size_t tried = 0;
    const size_t total = size_t(std::count_if(s.candidates.begin(), s.candidates.end(),
                                              [](const SelectionCandidate& c) { return c.skipped.isEmpty(); })) * folds.size();
    const SelectionCandidate* best = nullptr;
    for (auto& candidate : s.candidates) {
        if (!candidate.skipped.isEmpty())
            continue;
        QElapsedTimer timer;
        timer.start();
        double sum = 0.0;
        try {
            for (const Fold& fold : folds) {
                TrainerOptions fit;
                fit.parameters = candidate.parameters;
                fit.cancel = options.cancel;
                fit.threads = options.threads;
                fit.progress = [&](const QString& step, double f) {
                    if (options.progress && step == QLatin1String("training"))
                        options.progress(QStringLiteral("training"), (double(tried) + f) / double(total));
                };
                const ModelArtifact artifact = trainArtifact(data, fold.train, candidate.algorithm, fit);
                sum += artifact.evaluate(data, fold.validate).value(metric);
                ++tried;
            }
            candidate.score = sum / double(folds.size());
        } catch (const Cancelled&) {
            throw;
        } catch (const Error& e) {
            candidate.skipped = QCoreApplication::translate("ModelSelection", "failed: %1").arg(e.message());
            tried = (tried / folds.size() + 1) * folds.size();
        }
        candidate.seconds = double(timer.nsecsElapsed()) / 1e9;
        if (candidate.skipped.isEmpty() && (!best || (higher ? candidate.score > best->score : candidate.score < best->score)))
            best = &candidate;
    }
    if (!best)
        throw Error(QStringLiteral("no algorithm could be trained on these rows: %1").arg(s.candidates.front().skipped));
    s.chosen = *best;
    return s;
}

QString Selection::why() const
{
    QString text = QCoreApplication::translate("ModelSelection", "chosen: %1 — CV %2 %3 (%4)")
                       .arg(describe(chosen), metric).arg(chosen.score, 0, 'f', 4).arg(folds);
    std::map<Algorithm, const SelectionCandidate*> bestOther;
    const bool higher = Metrics::higherIsBetter(metric);
    for (const auto& c : candidates) {
        if (!c.skipped.isEmpty() || c.algorithm == chosen.algorithm)
            continue;
        auto& slot = bestOther[c.algorithm];
        if (!slot || (higher ? c.score > slot->score : c.score < slot->score))
            slot = &c;
    }
    for (const auto& [algorithm, c] : bestOther)
        text += QStringLiteral("; %1 %2").arg(describe(*c)).arg(c->score, 0, 'f', 4);
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
            {"candidates", list}};
}

} // namespace retrainer
