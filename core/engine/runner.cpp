#include "runner.h"
#include "error.h"
#include "model_lock.h"
#include "next_signal.h"
#include "on_worker.h"
#include "trigger_config.h"
#include "workspace.h"
#include <QCoroSignal>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace retrainer {

namespace {

QString stoppedBeforeQueued(const QString& model)
{
    return QStringLiteral("Retrainer stopped before the run of '%1' was queued").arg(model);
}

} // namespace

Runner::Runner(Workspace& workspace, WorkerPool& workers, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_workers(workers)
    , m_pipeline(workspace.store(), workspace.registry(), workspace.directory())
{
    setParallelRuns(workspace.settings().maxConcurrentTrainings);
    m_pool.setExpiryTimeout(-1); // keep workers (and their store connections) alive
}

Runner::~Runner()
{
    QSet<qint64> unbegun;
    {
        // From here no worker writes a run row; the rows already written for runs that never began are known.
        QMutexLocker lock(&m_starts->mutex);
        m_starts->stopped = true;
        unbegun = m_starts->unbegun;
    }
    cancelAll();
    m_pool.waitForDone();
    recordInterrupted(unbegun);
    // Requests waiting to join a start that will never settle resume (later, queued) and see the runner gone.
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it)
        if (it->id == 0)
            Q_EMIT startSettled(it.key(), 0);
}

void Runner::recordInterrupted(const QSet<qint64>& ids)
{
    for (const qint64 id : ids) {
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
}

QCoro::Task<qint64> Runner::start(RunRequest request)
{
    const ModelConfig model = m_workspace.requireModel(request.model);
    if (m_active.contains(model.name)) {
        auto joining = join(std::move(request));
        co_return co_await joining;
    }
    QPointer<Runner> guard(this);
    auto token = std::make_shared<CancelToken>();
    m_active.insert(model.name, ActiveRun{0, token, request.timeLimitSecs, false}); // active from now on
    std::shared_ptr<Starts> starts = m_starts;
    Store* store = &m_workspace.store();
    auto recording = [store, starts, name = model.name, trigger = request.trigger, dryRun = request.dryRun] {
        // The training thread takes the lock for real; a request that loses a race with another instance is
        // recorded as skipped there, with the same sentence.
        if (const QString holder = ModelLock::heldElsewhere(*store, name); !holder.isEmpty())
            throw TrainedElsewhere(holder);
        QMutexLocker lock(&starts->mutex); // held across the insert: the runner's destructor sees the row or none
        if (starts->stopped)
            throw Error(stoppedBeforeQueued(name));
        const qint64 id = store->createRun(name, trigger, dryRun);
        starts->unbegun.insert(id);
        return id;
    };
    qint64 id = 0;
    std::exception_ptr refused;
    try {
        id = co_await onWorker(m_workers, std::move(recording));
    } catch (...) {
        refused = std::current_exception();
    }
    if (!guard) { // the destructor recorded a row written meanwhile as interrupted
        if (refused)
            std::rethrow_exception(refused);
        throw Error(stoppedBeforeQueued(model.name));
    }
    if (refused) {
        m_active.remove(model.name);
        Q_EMIT startSettled(model.name, 0);
        Q_EMIT activeChanged();
        std::rethrow_exception(refused);
    }
    {
        QMutexLocker lock(&m_starts->mutex);
        m_starts->unbegun.remove(id);
    }
    begin(id, model, request, token);
    Q_EMIT startSettled(model.name, id);
    co_return id;
}

QCoro::Task<qint64> Runner::join(RunRequest request)
{
    QPointer<Runner> guard(this);
    const QString name = request.model;
    for (;;) {
        auto it = m_active.constFind(name);
        if (it == m_active.cend()) { // the start it waited for was refused: this request tries on its own
            auto starting = start(std::move(request));
            co_return co_await starting;
        }
        if (it->id > 0) {
            // Coalesced: recorded (on a worker), not lost; the caller waits for the run already on its way.
            const qint64 id = it->id;
            Store* store = &m_workspace.store();
            m_workers.post([store, id, name, trigger = request.trigger, reason = request.reason] {
                try {
                    store->addEvent(name, id, QStringLiteral("TRIGGER_COALESCED"),
                                    {{"trigger", trigger.toStdString()}, {"reason", reason.toStdString()}});
                } catch (const Error& e) {
                    qWarning("run %lld: a joined request could not be recorded: %s", id, qPrintable(e.message()));
                }
            });
            Q_EMIT runCoalesced(id, name, request.trigger);
            co_return id;
        }
        co_await nextSignal(this, &Runner::startSettled); // its row is being written: join once it is
        if (!guard)
            throw Error(stoppedBeforeQueued(name));
    }
}

void Runner::begin(qint64 id, const ModelConfig& model, const RunRequest& request, std::shared_ptr<CancelToken> token)
{
    m_active[model.name].id = id;
    Q_EMIT runQueued(id, model.name, request.trigger);
    if (request.timeLimitSecs > 0)
        armTimeLimit(id, model.name, request.timeLimitSecs);

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
        Q_EMIT activeChanged();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, work));
}

void Runner::armTimeLimit(qint64 id, const QString& model, qint64 secs)
{
    auto* limit = new QTimer(this);
    limit->setSingleShot(true);
    connect(limit, &QTimer::timeout, this, [this, limit, id, model, secs] {
        limit->deleteLater();
        auto it = m_active.find(model);
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
    limit->start(std::chrono::seconds(secs));
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

QCoro::Task<std::optional<qint64>> Runner::queuedRun(QString model)
{
    QPointer<Runner> guard(this);
    for (;;) {
        auto it = m_active.constFind(model);
        if (it == m_active.cend())
            co_return std::nullopt;
        if (it->id > 0)
            co_return it->id;
        co_await nextSignal(this, &Runner::startSettled);
        if (!guard)
            co_return std::nullopt;
    }
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
        co_await nextSignal(this, &Runner::runFinished);
    Store* store = &m_workspace.store();
    auto reading = [store, runId] { return store->run(runId); }; // the record as stored, read on a worker
    const std::optional<RunRecord> run = co_await onWorker(m_workers, std::move(reading));
    if (!run)
        throw Error(QStringLiteral("no run with id %1").arg(runId));
    co_return *run;
}

} // namespace retrainer
