#include "new_row_watch.h"
#include "error.h"
#include "on_worker.h"
#include "postgres_url.h"
#include "source.h"
#include "source_loader.h"
#include "workspace.h"
#include <QFile>
#include <QPointer>
#include <algorithm>

namespace retrainer {

namespace {

bool isPolled(const ModelConfig& model)
{
    return model.source.startsWith(QLatin1String("sqlite:")) || PostgresUrl::matches(model.source);
}

// "5 minutes", "1 hour", "30 seconds": the poll interval in the log's plain words.
QString inWords(std::chrono::milliseconds interval)
{
    const qint64 secs = std::max<qint64>(1, std::chrono::duration_cast<std::chrono::seconds>(interval).count());
    if (secs % 3600 == 0)
        return secs == 3600 ? QStringLiteral("hour") : QStringLiteral("%1 hours").arg(secs / 3600);
    if (secs % 60 == 0)
        return secs == 60 ? QStringLiteral("minute") : QStringLiteral("%1 minutes").arg(secs / 60);
    return secs == 1 ? QStringLiteral("second") : QStringLiteral("%1 seconds").arg(secs);
}

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
            if (isPolled(m))
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
    watchTables();
}

QCoro::Task<> NewRowWatch::watchTables()
{
    struct Watched
    {
        QString model, url;
        NewRowTrigger trigger;
    };
    std::vector<Watched> tables;
    for (const auto& m : m_workspace.models()) {
        if (!PostgresUrl::matches(m.source))
            continue;
        const SourceUri source = SourceUri::parse(m.source, m_workspace.directory());
        if (!source.table.isEmpty()) // a query's rows are only counted by the poll
            tables.push_back({m.name, source.path, {source.table, false, false, {}}});
    }
    if (tables.empty())
        co_return;
    QPointer<NewRowWatch> guard(this);
    auto adding = [tables] {
        std::vector<Watched> out = tables;
        for (auto& t : out)
            t.trigger = addNewRowTrigger(t.url, t.trigger.table);
        return out;
    };
    const std::vector<Watched> added = co_await onWorker(m_workers, std::move(adding));
    if (!guard)
        co_return;
    for (const auto& t : added) {
        const QString table = t.trigger.table;
        if (t.trigger.added) {
            qInfo("new rows in %s are noticed as soon as they are added (a trigger on the table announces them)",
                  qPrintable(table));
            listen(t.url, table, t.model);
        } else if (t.trigger.mayNotAdd) {
            qInfo("new rows in %s are counted every %s: the database user may not add a trigger to the table",
                  qPrintable(table), qPrintable(inWords(m_poll.intervalAsDuration())));
        } else {
            qInfo("new rows in the source of '%s' are counted every %s: no trigger could be added (%s)",
                  qPrintable(t.model), qPrintable(inWords(m_poll.intervalAsDuration())), qPrintable(t.trigger.problem));
        }
    }
}

void NewRowWatch::listen(const QString& url, const QString& table, const QString& model)
{
    m_noticed.push_back({url, table, model});
    if (m_listeners.count(url))
        return;
    auto listener = std::make_unique<PgListener>(url, kNewRowsChannel, QStringLiteral("retrainer-new-rows"),
                                                 QStringLiteral("new rows in the PostgreSQL source"));
    connect(listener.get(), &PgListener::notified, this, [this, url](const QString& payload) {
        for (const auto& n : m_noticed)
            if (n.url == url && n.table == payload)
                Q_EMIT changed(n.model);
    });
    // After a (re)connection: rows added while nobody listened are counted now.
    connect(listener.get(), &PgListener::listening, this, [this, url] {
        for (const auto& n : m_noticed)
            if (n.url == url)
                Q_EMIT changed(n.model);
    });
    m_listeners.emplace(url, std::move(listener));
}

void NewRowWatch::watchFiles()
{
    for (const auto& m : m_workspace.models()) {
        if (!isFileSource(m))
            continue; // files are watched; SQLite and PostgreSQL are polled, the store is told
        const QString path = SourceUri::parse(m.source, m_workspace.directory()).path;
        if (QFile::exists(path) && !m_watcher.files().contains(path))
            m_watcher.addPath(path);
    }
}

} // namespace retrainer
