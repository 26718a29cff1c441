#pragma once
// Retrainer's store: runs, events, model versions and the sample store, either in one SQLite file (WAL) or
// in a PostgreSQL database shared by several instances (postgresql://user@host:port/db, through QPSQL).
// Each thread uses its own named connection (a QSqlDatabase is never shared across threads).
// The schema has a version and step-by-step migrations applied on open (sql_dialect.h holds what differs).
#include "raw_table.h"
#include "run_record.h"
#include "sql_dialect.h"
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <vector>

namespace retrainer {

class Store
{
public:
    // Opens (creating if needed) and migrates the store: an SQLite file path, or a postgresql:// URL of an
    // existing database (without a password: libpq finds it in ~/.pgpass, PGPASSWORD or a service file).
    // Throws Error naming the file or the URL on failure.
    explicit Store(const QString& location);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // The file path or the URL (never with a password); every error message names it.
    const QString& path() const { return m_path; }
    sql::Backend backend() const { return m_backend; }
    // True when model artifacts live in the store (PostgreSQL) rather than as files.
    bool keepsArtifacts() const { return m_backend == sql::Backend::Postgres; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // How this process names its PostgreSQL sessions, "retrainer:USER@HOST:PID": the server shows it to
    // every other instance (pg_stat_activity), e.g. to say who holds a model's training lock.
    static QString sessionName();

    // The calling thread's connection (opened on first use; SQLite: WAL, busy timeout 10 s). A thread other than
    // the application's closes it when it ends (a pool's threads come and go); the rest close with the store.
    QSqlDatabase connection() const;

    // Runs. createRun records a queued run and returns its id; saveRun writes every field of the record.
    qint64 createRun(const QString& model, const QString& trigger, bool dryRun);
    void saveRun(const RunRecord& run);
    std::optional<RunRecord> run(qint64 id) const;
    std::vector<RunRecord> runs(const QString& model, int limit = -1) const; // newest first; empty model = all
    // Marks every run not in a terminal state as interrupted (after a crash); returns how many. On a shared
    // PostgreSQL store, runs of models whose training lock another live instance holds are left alone.
    int markUnfinishedRunsInterrupted();
    // Called by an instance that has just taken `model`'s training lock: any other run of the model that
    // started (not merely queued) and never ended was trained by an instance that died (kill -9, power
    // loss) and released the lock with its connection. Marks those interrupted; returns how many.
    int markAbandonedRunsInterrupted(const QString& model, qint64 except);

    // Events (newest first when listed).
    qint64 addEvent(const QString& model, std::optional<qint64> runId, const QString& type,
                    const nlohmann::json& detail = nlohmann::json::object());
    std::vector<EventRecord> events(const QString& model, int limit = -1) const;

    // Sample store: rows kept per model as JSON objects {column: text}, with the time they were added.
    // Returns the number of rows stored; all rows are stored in one transaction.
    int addSamples(const QString& model, const RawTable& rows);
    // Rows of a model as a table over the union of stored columns; origin "sample ID".
    RawTable samples(const QString& model) const;
    long sampleCount(const QString& model) const;

private:
    void migrate();
    int markInterrupted(const QString& condition, const QVariantList& values, bool queuedToo, const QString& reason);
    QString openConnection(const QString& name) const; // empty, or why it failed
    QString m_path;
    sql::Backend m_backend = sql::Backend::Sqlite;
    QString m_connectionPrefix;
    struct ThreadHooks; // shared with the threads' "finished" hooks, which may outlive the store
    std::shared_ptr<ThreadHooks> m_threadHooks;
};

} // namespace retrainer
