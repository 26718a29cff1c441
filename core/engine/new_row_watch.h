#pragma once
// Notices new rows in each model's source: a file watcher for CSV and JSON-lines files, a periodic count for
// SQLite and PostgreSQL sources, a notice from a trigger on a PostgreSQL table (when the source's user may add
// one; the periodic count stays as a safety net), and a count when asked (rows imported into the store, a run that moved the baseline). Counts
// run on the engine's workers; what they find becomes the data facts the scheduler decides on.
#include "clock.h"
#include "model_config.h"
#include "pg_listener.h"
#include "scheduler.h"
#include "worker_pool.h"
#include <QCoroTask>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <map>
#include <memory>
#include <vector>

namespace retrainer {

class Workspace;

class NewRowWatch : public QObject
{
    Q_OBJECT
public:
    struct Count
    {
        qint64 rows = -1;     // rows in the source now (accepted and rejected); -1: unreadable
        qint64 baseline = 0;  // rows in the source when the active version was trained
        QString error;
    };

    NewRowWatch(Workspace& workspace, const Clock& clock, WorkerPool& workers, QObject* parent = nullptr);

    // Counts the models' rows on a worker (in the order given) and remembers what arrived since the last count.
    QCoro::Task<std::vector<Count>> count(std::vector<ModelConfig> models);
    // Sets the data facts of `model` from its last count: rows since the last successful run, arrival times.
    void fillFacts(ModelFacts& facts, const ModelConfig& model, const Count& count);
    // Rows in the model's source at the last count (0 before any).
    qint64 lastRows(const QString& model) const;
    // Starts watching the files, polling the SQLite and PostgreSQL sources and (on a worker) adding the new-row
    // trigger to the PostgreSQL tables.
    void start();
    void setPollInterval(std::chrono::milliseconds interval) { m_poll.setInterval(interval); }

Q_SIGNALS:
    // A watched file changed or a polled table is due: the model should be counted again.
    void changed(const QString& model);
    // The model's source could not be read (emitted once per distinct error).
    void sourceUnreadable(const QString& model, const QString& error);

private:
    void apply(const ModelConfig& model, const Count& count);
    void watchFiles();
    QCoro::Task<> watchTables();
    void listen(const QString& url, const QString& table, const QString& model);

    Workspace& m_workspace;
    const Clock& m_clock;
    WorkerPool& m_workers;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    std::map<QString, qint64> m_lastRows;                 // by model
    std::map<QString, std::vector<QDateTime>> m_arrivals; // when new rows were noticed, by model
    QHash<QString, QString> m_unreadable;                 // model -> last source error reported
    struct NoticedTable
    {
        QString url, table, model; // the database, "schema.table" as its notices name it, the model it feeds
    };
    std::vector<NoticedTable> m_noticed;
    std::map<QString, std::unique_ptr<PgListener>> m_listeners; // by database URL
};

} // namespace retrainer
