#include "new_row_watch.h"
#include "error.h"
#include "on_worker.h"
#include "source.h"
#include "source_loader.h"
#include "workspace.h"
#include <QFile>
#include <QPointer>
#include <algorithm>

namespace retrainer {

namespace {

bool isFileSource(const ModelConfig& model)
{
    return model.source.startsWith(QLatin1String("csv:")) || model.source.startsWith(QLatin1String("jsonl:"));
}

// Rows in the source when the active version was trained: what "new since the last successful run" counts from.
qint64 baselineRows(Workspace& workspace, const QString& model)
{
    const auto active = workspace.registry().active(model);
    if (!active)
        return 0;
    const auto& m = active->metadata;
    if (m.contains("source_rows"))
        return m["source_rows"].get<qint64>();
    return m.value("train_size", qint64(0)) + m.value("holdout_size", qint64(0)) + m.value("rows_rejected", qint64(0));
}

qint64 countRows(Workspace& workspace, const ModelConfig& model)
{
    const SourceUri source = SourceUri::parse(model.source, workspace.directory());
    if (source.kind == SourceUri::Kind::Sqlite)
        return countSqliteRows(source.path, source.table, source.query); // polled every minute: let SQLite count
    if (source.kind == SourceUri::Kind::Postgres)
        return countPostgresRows(source.path, source.table, source.query); // the server counts
    if (source.kind == SourceUri::Kind::Store)
        return workspace.store().sampleCount(model.name);
    const RawTable table = loadSourceRows(model.source, workspace.directory(), workspace.store(), model.name);
    return qint64(table.rows.size() + table.rejected.size());
}

} // namespace

NewRowWatch::NewRowWatch(Workspace& workspace, const Clock& clock, WorkerPool& workers, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), m_workers(workers)
{
    m_poll.setInterval(std::chrono::seconds(60));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString& path) {
        for (const auto& m : m_workspace.models())
            if (isFileSource(m) && SourceUri::parse(m.source, m_workspace.directory()).path == path)
                Q_EMIT changed(m.name);
        if (QFile::exists(path) && !m_watcher.files().contains(path))
            m_watcher.addPath(path); // editors and exporters replace the file: watch the new one
    });
    connect(&m_poll, &QTimer::timeout, this, [this] {
        for (const auto& m : m_workspace.models())
            if (m.source.startsWith(QLatin1String("sqlite:")))
                Q_EMIT changed(m.name);
    });
}

QCoro::Task<std::vector<NewRowWatch::Count>> NewRowWatch::count(std::vector<ModelConfig> models)
{
    Workspace* ws = &m_workspace;
    auto counting = [ws, models] {
        std::vector<Count> out;
        for (const auto& m : models) {
            Count c;
            try {
                c.rows = countRows(*ws, m);
                c.baseline = baselineRows(*ws, m.name);
            } catch (const Error& e) {
                c.rows = -1;
                c.error = e.message();
            }
            out.push_back(c);
        }
        return out;
    };
    QPointer<NewRowWatch> guard(this); // the watch may be gone when the counts come back
    std::vector<Count> counts = co_await onWorker(m_workers, std::move(counting));
    if (guard)
        for (size_t i = 0; i < models.size(); ++i)
            apply(models[i], counts[i]);
    co_return counts;
}

void NewRowWatch::apply(const ModelConfig& model, const Count& count)
{
    if (count.rows < 0) {
        if (m_unreadable.value(model.name) != count.error) {
            m_unreadable.insert(model.name, count.error);
            Q_EMIT sourceUnreadable(model.name, count.error);
        }
        return;
    }
    m_unreadable.remove(model.name);
    auto last = m_lastRows.find(model.name);
    if (last != m_lastRows.end() && count.rows > last->second) {
        auto& arrivals = m_arrivals[model.name];
        arrivals.insert(arrivals.end(), size_t(count.rows - last->second), m_clock.now());
        const QDateTime keepFrom = m_clock.now().addSecs(-model.triggers.data.windowSecs);
        std::erase_if(arrivals, [&](const QDateTime& t) { return t < keepFrom; });
    }
    m_lastRows[model.name] = count.rows;
}

void NewRowWatch::fillFacts(ModelFacts& facts, const ModelConfig& model, const Count& count)
{
    if (count.rows >= 0)
        facts.samplesSinceLastSuccess = std::max<qint64>(0, count.rows - count.baseline);
    facts.recentSampleTimes = m_arrivals[model.name];
}

qint64 NewRowWatch::lastRows(const QString& model) const
{
    const auto rows = m_lastRows.find(model);
    return rows == m_lastRows.end() ? 0 : rows->second;
}

void NewRowWatch::start()
{
    watchFiles();
    m_poll.start();
}

void NewRowWatch::watchFiles()
{
    for (const auto& m : m_workspace.models()) {
        if (!isFileSource(m))
            continue; // files are watched; SQLite is polled, the store is told
        const QString path = SourceUri::parse(m.source, m_workspace.directory()).path;
        if (QFile::exists(path) && !m_watcher.files().contains(path))
            m_watcher.addPath(path);
    }
}

} // namespace retrainer
