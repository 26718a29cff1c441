#include "runner.h"
#include "error.h"
#include "workspace.h"
#include <QCoroSignal>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace retrainer {

Runner::Runner(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_pipeline(workspace.store(), workspace.registry(), workspace.directory())
{
    const int cores = std::max(1, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(std::clamp(workspace.settings().maxConcurrentTrainings, 1, cores));
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
    if (auto it = m_active.constFind(model.name); it != m_active.cend())
        return it->id;

    const qint64 id = m_workspace.store().createRun(model.name, request.trigger, request.dryRun);
    auto token = std::make_shared<CancelToken>();
    m_active.insert(model.name, ActiveRun{id, token});
    Q_EMIT runQueued(id, model.name);

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
        if (auto it = m_active.find(name); it != m_active.end() && it->id == id)
            m_active.erase(it);
        Q_EMIT runFinished(id, name, toString(run.state));
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, work));
    return id;
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

void Runner::waitForAll()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(); // deliver the watchers' finished signals
}

} // namespace retrainer
