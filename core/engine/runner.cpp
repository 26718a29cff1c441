#include "runner.h"
#include "error.h"
#include "workspace.h"
#include "model_lock.h"
#include <QCoroSignal>
#include <QFutureWatcher>
#include <QTimer>
#include "trigger_config.h"
#include <QtConcurrent/QtConcurrentRun>

namespace retrainer {

Runner::Runner(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_pipeline(workspace.store(), workspace.registry(), workspace.directory())
{
    setParallelRuns(workspace.settings().maxConcurrentTrainings);
    m_pool.setExpiryTimeout(-1); // keep workers (and their store connections) alive
}

Runner::~Runner()
{
    cancelAll();
    m_pool.waitForDone();
}

qint64 Runner::start(const RunRequest& request)
{
    const ModelConfig model = m_workspace.requireModel(request.model);
    if (auto it = m_active.constFind(model.name); it != m_active.cend()) {
        // Coalesced: recorded, not lost; the caller waits for the run already on its way.
        m_workspace.store().addEvent(model.name, it->id, QStringLiteral("TRIGGER_COALESCED"),
                                     {{"trigger", request.trigger.toStdString()}, {"reason", request.reason.toStdString()}});
        Q_EMIT runCoalesced(it->id, model.name, request.trigger);
        return it->id;
    }
    // The worker takes the lock for real; a request that loses a race with another instance is recorded as
    // skipped there, with the same sentence.
    if (const QString holder = ModelLock::heldElsewhere(m_workspace.store(), model.name); !holder.isEmpty())
        throw TrainedElsewhere(holder);

    const qint64 id = m_workspace.store().createRun(model.name, request.trigger, request.dryRun);
    auto token = std::make_shared<CancelToken>();
    m_active.insert(model.name, ActiveRun{id, token, request.timeLimitSecs, false});
    Q_EMIT runQueued(id, model.name);
    if (request.timeLimitSecs > 0) {
        auto* limit = new QTimer(this);
        limit->setSingleShot(true);
        connect(limit, &QTimer::timeout, this, [this, limit, id, name = model.name, secs = request.timeLimitSecs] {
            limit->deleteLater();
            auto it = m_active.find(name);
            if (it == m_active.end() || it->id != id)
                return;
            it->timedOut = true;
            // The pipeline records the run with this reason: one writer of the terminal state.
            it->cancel->cancel(QStringLiteral("timed out: the run took longer than the maximum training time (%1); "
                                              "nothing was promoted").arg(formatDuration(secs)));
        });
        connect(this, &Runner::runFinished, limit, [limit, id](qint64 finished) {
            if (finished == id)
                limit->deleteLater();
        });
        limit->start(std::chrono::seconds(request.timeLimitSecs));
    }

    // The worker emits progress and state signals from its own thread; receivers get them queued.
    auto work = [this, id, model, request, token]() {
        const ProgressFn progress = [this, id, name = model.name](const QString& phase, double fraction) {
            Q_EMIT runProgress(id, name, phase, fraction);
        };
        const TrainingPipeline::StateFn state = [this](const RunRecord& run) {
            Q_EMIT runStateChanged(run.id, run.model, toString(run.state));
        };
        return m_pipeline.execute(id, model, request, *token, progress, state);
    };
    auto* watcher = new QFutureWatcher<RunRecord>(this);
    connect(watcher, &QFutureWatcher<RunRecord>::finished, this, [this, watcher, id, name = model.name]() {
        const RunRecord run = watcher->result();
        watcher->deleteLater();
        bool timedOut = false;
        qint64 limit = 0;
        if (auto it = m_active.find(name); it != m_active.end() && it->id == id) {
            timedOut = it->timedOut && run.state == RunState::Cancelled;
            limit = it->timeLimitSecs;
            m_active.erase(it);
        }
        if (timedOut)
            markTimedOut(id, name, limit);
        Q_EMIT runRecorded(run);
        Q_EMIT runFinished(id, name, toString(run.state));
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, work));
    return id;
}

void Runner::markTimedOut(qint64 runId, const QString& model, qint64 limitSecs)
{
    try { // the run itself was recorded by the pipeline, with the time-out as its reason
        m_workspace.store().addEvent(model, runId, QStringLiteral("TRAINING_TIMED_OUT"), {{"limit_secs", limitSecs}});
    } catch (const Error& e) {
        qWarning("run %lld timed out but the event could not be recorded: %s", runId, qPrintable(e.message()));
    }
    Q_EMIT runTimedOut(runId, model, limitSecs);
}

bool Runner::cancel(const QString& model)
{
    auto it = m_active.constFind(model);
    if (it == m_active.cend())
        return false;
    it->cancel->cancel();
    return true;
}

void Runner::cancelAll()
{
    for (const auto& run : std::as_const(m_active))
        run.cancel->cancel();
}

void Runner::setParallelRuns(int runs)
{
    const int cores = std::max(1, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(std::clamp(runs, 1, cores));
}

bool Runner::isActive(const QString& model) const { return m_active.contains(model); }

std::optional<qint64> Runner::activeRun(const QString& model) const
{
    if (auto it = m_active.constFind(model); it != m_active.cend())
        return it->id;
    return std::nullopt;
}

QCoro::Task<RunRecord> Runner::waitFor(qint64 runId)
{
    auto isActiveRun = [this, runId] {
        for (const auto& run : std::as_const(m_active))
            if (run.id == runId)
                return true;
        return false;
    };
    while (isActiveRun())
        co_await qCoro(this, &Runner::runFinished);
    auto run = m_workspace.store().run(runId);
    if (!run)
        throw Error(QStringLiteral("no run with id %1").arg(runId));
    co_return *run;
}

} // namespace retrainer
