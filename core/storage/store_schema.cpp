// The store's schema: an ordered list of migration steps, written in SQLite's words and translated for
// PostgreSQL by sql_dialect. Step N takes the schema version from N-1 to N; each step runs in one write
// transaction together with its version bump. Never edit a released step: append a new one.
#include "error.h"
#include "sql_dialect.h"
#include "sql_support.h"
#include "store.h"
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <vector>

namespace retrainer {

namespace {

using Step = std::vector<const char*>;

const std::vector<Step>& migrationSteps()
{
    static const std::vector<Step> steps{
        // 1: runs, events, model versions, the active version per model, the sample store.
        {
            R"(CREATE TABLE runs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                model TEXT NOT NULL,
                "trigger" TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL,
                dry_run INTEGER NOT NULL DEFAULT 0,
                queued_at TEXT,
                started_at TEXT,
                finished_at TEXT,
                phases TEXT NOT NULL DEFAULT '{}',
                rows_used INTEGER NOT NULL DEFAULT 0,
                rows_rejected INTEGER NOT NULL DEFAULT 0,
                rejected_reasons TEXT NOT NULL DEFAULT '[]',
                metrics TEXT NOT NULL DEFAULT '{}',
                gate TEXT NOT NULL DEFAULT '{}',
                version INTEGER,
                error TEXT NOT NULL DEFAULT ''))",
            "CREATE INDEX runs_by_model ON runs(model, id)",
            "CREATE INDEX runs_by_state ON runs(state)",
            R"(CREATE TABLE events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                time TEXT NOT NULL,
                model TEXT NOT NULL,
                run_id INTEGER,
                type TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT '{}'))",
            "CREATE INDEX events_by_model ON events(model, id)",
            "CREATE INDEX events_by_run ON events(run_id)",
            R"(CREATE TABLE versions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                model TEXT NOT NULL,
                version INTEGER NOT NULL,
                created TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                file TEXT NOT NULL,
                size INTEGER NOT NULL,
                metadata TEXT NOT NULL DEFAULT '{}',
                UNIQUE (model, version)))",
            R"(CREATE TABLE active_versions (
                model TEXT PRIMARY KEY,
                version INTEGER NOT NULL,
                FOREIGN KEY (model, version) REFERENCES versions(model, version)))",
            R"(CREATE TABLE samples (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                model TEXT NOT NULL,
                added TEXT NOT NULL,
                data TEXT NOT NULL))",
            "CREATE INDEX samples_by_model ON samples(model, id)",
        },
        // 2: alerts (with acknowledgement) and named state documents that survive restarts.
        {
            R"(CREATE TABLE alerts (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                time TEXT NOT NULL,
                model TEXT NOT NULL,
                severity TEXT NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                acknowledged_at TEXT,
                acknowledged_by TEXT))",
            "CREATE INDEX alerts_by_model ON alerts(model, id)",
            R"(CREATE TABLE state (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                updated TEXT NOT NULL))",
        },
        // 3: the audit trail, API tokens (only their hashes), the approval state of candidate versions,
        // and what a run's hygiene step removed.
        {
            R"(CREATE TABLE audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                time TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                model TEXT NOT NULL DEFAULT '',
                detail TEXT NOT NULL DEFAULT '{}'))",
            "CREATE INDEX audit_by_model ON audit(model, id)",
            R"(CREATE TABLE tokens (
                name TEXT PRIMARY KEY,
                role TEXT NOT NULL,
                hash TEXT NOT NULL UNIQUE,
                created TEXT NOT NULL,
                created_by TEXT NOT NULL DEFAULT '',
                revoked_at TEXT,
                last_used TEXT))",
            "ALTER TABLE versions ADD COLUMN approval TEXT NOT NULL DEFAULT '{}'",
            "ALTER TABLE runs ADD COLUMN hygiene TEXT NOT NULL DEFAULT '{}'",
        },
        // 4: versions a person pinned (never pruned by retention).
        {
            "ALTER TABLE versions ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
        },
        // 5: what happened to each alert on each outside channel (webhook, e-mail).
        {
            R"(CREATE TABLE alert_deliveries (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                alert_id INTEGER NOT NULL,
                channel TEXT NOT NULL,
                state TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                error TEXT NOT NULL DEFAULT '',
                updated TEXT NOT NULL))",
            "CREATE INDEX alert_deliveries_by_alert ON alert_deliveries(alert_id)",
            "CREATE INDEX alert_deliveries_by_channel ON alert_deliveries(channel, id)",
        },
        // 6: model artifacts kept in the store itself, in chunks (used when the store is PostgreSQL, so that
        // one database is the whole shared state; an SQLite workspace keeps them as files under models/).
        {
            R"(CREATE TABLE artifacts (
                model TEXT NOT NULL,
                version INTEGER NOT NULL,
                chunk INTEGER NOT NULL,
                data BLOB NOT NULL,
                PRIMARY KEY (model, version, chunk),
                FOREIGN KEY (model, version) REFERENCES versions(model, version) ON DELETE CASCADE))",
        },
        // 7: automatic triggers claimed across the instances sharing a PostgreSQL store, so that a scheduled
        // moment or a batch of new rows starts one run, not one per instance (trigger_claims.h).
        {
            R"(CREATE TABLE trigger_claims (
                model TEXT NOT NULL,
                kind TEXT NOT NULL,
                moment TEXT NOT NULL,
                instance TEXT NOT NULL,
                claimed TEXT NOT NULL,
                PRIMARY KEY (model, kind, moment)))",
        },
        // 8: peak memory per run: the process's peak resident memory while the run was in progress,
        // in bytes; 0 when unknown (runs recorded before this step, systems that do not tell).
        {
            "ALTER TABLE runs ADD COLUMN peak_memory_bytes INTEGER NOT NULL DEFAULT 0",
        },
        // 9: the models' settings and the outside alert channels (never their secrets) kept in the store, so
        // that every instance sharing a PostgreSQL store has one truth (shared_settings.h); who changed each
        // and when. An SQLite workspace keeps them in workspace.json and leaves these tables empty.
        {
            R"(CREATE TABLE model_settings (
                name TEXT PRIMARY KEY,
                position INTEGER NOT NULL,
                settings TEXT NOT NULL,
                changed_by TEXT NOT NULL DEFAULT '',
                changed TEXT NOT NULL))",
            R"(CREATE TABLE alert_channels (
                name TEXT PRIMARY KEY,
                position INTEGER NOT NULL,
                settings TEXT NOT NULL,
                changed_by TEXT NOT NULL DEFAULT '',
                changed TEXT NOT NULL))",
        },
    };
    return steps;
}

void execSql(const QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        sql::fail(what, query.lastError());
}

} // namespace

int Store::latestSchemaVersion()
{
    return int(migrationSteps().size());
}

int Store::schemaVersion() const
{
    return sql::readSchemaVersion(connection(), QStringLiteral("cannot read the schema version of store %1").arg(m_path));
}

void Store::migrate()
{
    const QSqlDatabase db = connection();
    const int latest = latestSchemaVersion();
    const QString reading = QStringLiteral("cannot read the schema version of store %1").arg(m_path);
    auto refuseNewer = [&](int found) {
        if (found > latest)
            throw Error(QStringLiteral("store %1 has schema version %2, newer than this Retrainer (%3)")
                            .arg(m_path).arg(found).arg(latest));
    };
    int current = sql::readSchemaVersion(db, reading);
    refuseNewer(current);
    while (current < latest) {
        const int target = current + 1;
        const QString what = QStringLiteral("cannot migrate store %1 to schema version %2").arg(m_path).arg(target);
        sql::Transaction transaction(db, what);
        // Another process (or Store) may have migrated while we waited for the write lock.
        current = sql::readSchemaVersion(db, reading);
        refuseNewer(current);
        if (current < target) {
            for (const char* statement : migrationSteps()[size_t(current)])
                execSql(db, sql::schemaStatement(m_backend, QString::fromLatin1(statement)), what);
            sql::writeSchemaVersion(db, target, what);
            current = target;
        }
        transaction.commit();
    }
}

} // namespace retrainer
