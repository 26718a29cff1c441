#include "runner.h"
#include "error.h"
#include "workspace.h"
#include "model_lock.h"
#include "on_worker.h"
#include <QCoroSignal>
#include <QPointer>
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
    // Rows written on a worker for runs that never began (the host shut down in between) end recorded.
    QMutexLocker lock(&m_unbegun->mutex);
    for (const qint64 id : std::as_const(m_unbegun->ids)) {
        try {
            auto run = m_workspace.store().run(id);
            if (!run || isTerminal(run->state))
                continue;
            run->state = RunState::Interrupted;
            run->finishedAt = QDateTime::currentDateTimeUtc();
            run->error = QStringLiteral("interrupted: Retrainer stopped before the run started");
            m_workspace.store().saveRun(*run);
        } catch (const Error& e) {
            qWarning("run %lld could not be recorded as interrupted: %s", id, qPrintable(e.message()));
        }
    }
    m_unbegun->ids.clear();
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
    begin(id, model, request);
    return id;
}

QCoro::Task<qint64> Runner::startOnWorker(RunRequest request, WorkerPool& workers)
{
    const ModelConfig model = m_workspace.requireModel(request.model);
    QPointer<Runner> guard(this);
    while (m_starting.contains(model.name)) { // another start of the model is writing its row: join what it began
        co_await qCoro(this, &Runner::startSettled);
        if (!guard)
            throw Error(QStringLiteral("Retrainer stopped before the run of '%1' was queued").arg(model.name));
    }
    Store* store = &m_workspace.store();
    if (auto it = m_active.constFind(model.name); it != m_active.cend()) {
        const qint64 id = it->id;
        auto recording = [store, name = model.name, id, trigger = request.trigger, reason = request.reason] {
            store->addEvent(name, id, QStringLiteral("TRIGGER_COALESCED"),
                            {{"trigger", trigger.toStdString()}, {"reason", reason.toStdString()}});
            return true;
        };
        co_await onWorker(workers, std::move(recording)); // coalesced: recorded, not lost
        if (guard)
            Q_EMIT runCoalesced(id, model.name, request.trigger);
        co_return id;
    }
    m_starting.insert(model.name);
    std::shared_ptr<Unbegun> unbegun = m_unbegun;
    auto recording = [store, name = model.name, trigger = request.trigger, dryRun = request.dryRun, unbegun] {
        // The worker takes the lock for real; a request that loses a race with another instance is recorded as
        // skipped there, with the same sentence.
        if (const QString holder = ModelLock::heldElsewhere(*store, name); !holder.isEmpty())
            throw TrainedElsewhere(holder);
        QMutexLocker lock(&unbegun->mutex); // held across the insert: the destructor sees the row or none
        const qint64 id = store->createRun(name, trigger, dryRun);
        unbegun->ids.insert(id);
        return id;
    };
    qint64 id = 0;
    std::exception_ptr refused;
    try {
        id = co_await onWorker(workers, std::move(recording));
    } catch (...) {
        refused = std::current_exception();
    }
    if (!guard) {
        if (refused)
            std::rethrow_exception(refused);
        co_return id; // the destructor recorded it as interrupted
    }
    m_starting.remove(model.name);
    if (!refused) {
        {
            QMutexLocker lock(&m_unbegun->mutex);
            m_unbegun->ids.remove(id);
        }
        begin(id, model, request);
    }
    Q_EMIT startSettled(model.name);
    if (refused)
        std::rethrow_exception(refused);
    co_return id;
}

void Runner::begin(qint64 id, const ModelConfig& model, const RunRequest& request)
{
    auto token = std::make_shared<CancelToken>();
    m_active.insert(model.name, ActiveRun{id, token, request.timeLimitSecs, false,
                                          request.trigger.isEmpty() ? QStringLiteral("manual") : request.trigger});
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

QString Runner::activeTrigger(const QString& model) const
{
    if (auto it = m_active.constFind(model); it != m_active.cend())
        return it->trigger;
    return QStringLiteral("manual");
}

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
