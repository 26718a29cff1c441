#include "store.h"
#include "json_parse.h"
#include "write_problem.h"
#include "json_rows.h"
#include "sample_json.h"
#include "sqlite_samples.h"
#include "error.h"
#include "sql_support.h"
#include "postgres_url.h"
#include "store_notices.h"
#include <QDir>
#include <QFile>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QCoreApplication>
#include <QSysInfo>
#include <QThread>
#include <QVariant>
#include <atomic>
#include <mutex>

namespace retrainer {

using json = nlohmann::json;
using sql::Transaction;
using sql::exec;
using sql::fail;
using sql::prepare;

namespace {

std::atomic<int> storeCounter{0};


QVariant timeValue(const QDateTime& time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Text for a NOT NULL column: a null QString would bind as SQL NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString jsonText(const json& value)
{
    return QString::fromStdString(value.dump());
}

// A message that quotes its input (the 50 MB first line of a header-less CSV taken as column names) is cut
// here, so that one bad input cannot grow the store by its own size at every run and event.
constexpr qsizetype kMaxStoredText = 4000;

QString bounded(const QString& text)
{
    if (text.size() <= kMaxStoredText)
        return text;
    return text.left(kMaxStoredText) + QStringLiteral("... (%1 more characters not kept)").arg(text.size() - kMaxStoredText);
}

json bounded(const json& value)
{
    if (value.is_string()) {
        const auto& s = value.get_ref<const std::string&>();
        return s.size() <= size_t(kMaxStoredText) ? value : json(bounded(QString::fromStdString(s)).toStdString());
    }
    if (!value.is_structured())
        return value;
    json out = value;
    for (auto& element : out)
        element = bounded(element);
    return out;
}

json jsonFrom(const QVariant& value, json fallback, const char* column)
{
    if (value.isNull())
        return fallback;
    auto parsed = parseJson(value.toString().toStdString());
    if (!parsed) {
        qWarning("store: column %s holds invalid JSON; using a default", column);
        return fallback;
    }
    return std::move(*parsed);
}

void removeConnections(const QString& prefix)
{
    for (const QString& name : QSqlDatabase::connectionNames())
        if (name.startsWith(prefix))
            QSqlDatabase::removeDatabase(name);
}

void requireSqliteFile(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return; // SQLite creates it
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot open store %1: %2").arg(path, file.errorString()));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(magic.size()) != magic)
        throw Error(QStringLiteral("cannot open store %1: the file is not an SQLite database").arg(path));
}

const QString kRunColumns = QStringLiteral(
    R"(id, model, "trigger", state, dry_run, queued_at, started_at, finished_at, phases, rows_used, rows_rejected,
       rejected_reasons, metrics, gate, version, error, hygiene, peak_memory_bytes)");

RunRecord runFrom(const QSqlQuery& q)
{
    RunRecord run;
    run.id = q.value(0).toLongLong();
    run.model = q.value(1).toString();
    run.trigger = q.value(2).toString();
    const QString state = q.value(3).toString();
    run.state = runStateFromString(state).value_or(RunState::Failed);
    run.dryRun = q.value(4).toBool();
    run.queuedAt = timeFrom(q.value(5));
    run.startedAt = timeFrom(q.value(6));
    run.finishedAt = timeFrom(q.value(7));
    run.phases = jsonFrom(q.value(8), json::object(), "runs.phases");
    run.rowsUsed = long(q.value(9).toLongLong());
    run.rowsRejected = long(q.value(10).toLongLong());
    run.rejectedReasons = jsonFrom(q.value(11), json::array(), "runs.rejected_reasons");
    run.metrics = jsonFrom(q.value(12), json::object(), "runs.metrics");
    run.gate = jsonFrom(q.value(13), json::object(), "runs.gate");
    if (!q.value(14).isNull())
        run.version = q.value(14).toInt();
    run.error = q.value(15).toString();
    run.hygiene = jsonFrom(q.value(16), json::object(), "runs.hygiene");
    run.peakMemoryBytes = q.value(17).toLongLong();
    if (!runStateFromString(state) && run.error.isEmpty())
        run.error = QStringLiteral("unknown run state '%1' in the store").arg(state);
    return run;
}

EventRecord eventFrom(const QSqlQuery& q)
{
    EventRecord event;
    event.id = q.value(0).toLongLong();
    event.time = timeFrom(q.value(1));
    event.model = q.value(2).toString();
    if (!q.value(3).isNull())
        event.runId = q.value(3).toLongLong();
    event.type = q.value(4).toString();
    event.detail = jsonFrom(q.value(5), json::object(), "events.detail");
    return event;
}

} // namespace

// A worker thread's connection is closed by the thread itself as it finishes: QThread::finished is emitted on
// the ending thread before QThread::wait() returns (for threads Qt did not start, before the join returns), so
// no one can be waiting on a thread whose connection is still being closed. The hooks reach the store through
// this shared part, which the store marks closed when it goes: a hook that fires after that does nothing. Their
// context object is this part's own, not the thread: a connection holds its context's thread data, and a thread
// Qt did not start would then hold itself alive. Destroying the context when the store goes disconnects them all.
struct Store::ThreadHooks
{
    std::mutex mutex;
    bool closed = false;
    std::unique_ptr<QObject> context = std::make_unique<QObject>();

    void threadFinished(const QString& name)
    {
        const std::lock_guard lock(mutex);
        if (!closed)
            QSqlDatabase::removeDatabase(name); // nothing when the name is gone already
    }
    void watch(QThread* thread, const QString& name, const std::weak_ptr<ThreadHooks>& self)
    {
        const std::lock_guard lock(mutex);
        if (closed)
            return;
        QObject::connect(thread, &QThread::finished, context.get(), [self, name] {
            if (const auto hooks = self.lock())
                hooks->threadFinished(name);
        }, Qt::DirectConnection);
    }
    void close()
    {
        const std::lock_guard lock(mutex);
        closed = true;
        context.reset();
    }
};

Store::Store(const QString& location)
    : m_path(location), m_connectionPrefix(QStringLiteral("retrainer-store-%1-").arg(++storeCounter)),
      m_threadHooks(std::make_shared<ThreadHooks>())
{
    if (PostgresUrl::matches(location)) {
        m_backend = sql::Backend::Postgres;
        m_path = PostgresUrl::parse(location).toString();
    } else {
        requireSqliteFile(m_path);
    }
    try {
        migrate();
    } catch (...) {
        m_threadHooks->close();
        removeConnections(m_connectionPrefix);
        throw;
    }
}

Store::~Store()
{
    m_threadHooks->close();
    removeConnections(m_connectionPrefix);
}

QSqlDatabase Store::connection() const
{
    // Names this thread opened itself: a name left by an ended thread whose id was reused is replaced.
    thread_local QSet<QString> openedHere;
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()));
    if (openedHere.contains(name) && QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    openedHere.remove(name);
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);

    const QString problem = openConnection(name);
    if (!problem.isEmpty()) {
        QSqlDatabase::removeDatabase(name);
        throw Error(QStringLiteral("cannot open store %1: %2").arg(m_path, problem));
    }
    openedHere.insert(name);
    QThread* thread = QThread::currentThread();
    if (!QCoreApplication::instance() || thread != QCoreApplication::instance()->thread())
        m_threadHooks->watch(thread, name, m_threadHooks);
    return QSqlDatabase::database(name, false);
}

QString Store::sessionName()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", qEnvironmentVariable("USERNAME")));
    if (user.isEmpty()) // a service started without a login environment
        user = QDir::home().dirName();
    user.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    QString host = QSysInfo::machineHostName();
    host.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    return QStringLiteral("retrainer:%1@%2:%3").arg(user, host).arg(QCoreApplication::applicationPid()).left(63);
}

QString Store::openConnection(const QString& name) const
{
    const QString driver = sql::driverName(m_backend);
    if (!QSqlDatabase::isDriverAvailable(driver))
        return m_backend == sql::Backend::Postgres
                   ? QStringLiteral("Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)")
                   : QStringLiteral("Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite)");
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (m_backend == sql::Backend::Postgres) {
        PostgresUrl::parse(m_path).applyTo(db, sessionName());
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open()) {
        const QString text = db.lastError().text();
        return m_backend == sql::Backend::Sqlite ? writeProblem(m_path, text) : text;
    }
    for (const QString& statement : sql::sessionSetup(m_backend)) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return m_backend == sql::Backend::Sqlite ? writeProblem(m_path, query.lastError().text())
                                                     : query.lastError().text();
    }
    return {};
}

qint64 Store::createRun(const QString& model, const QString& trigger, bool dryRun)
{
    const QString what = QStringLiteral("cannot record a run of '%1' in store %2").arg(model, m_path);
    const QSqlDatabase db = connection();
    QSqlQuery q = prepare(db, QStringLiteral(R"(INSERT INTO runs (model, "trigger", state, dry_run, queued_at)
                                                VALUES (?, ?, ?, ?, ?))"), what);
    q.addBindValue(text(model));
    q.addBindValue(text(trigger));
    q.addBindValue(toString(RunState::Queued));
    q.addBindValue(dryRun ? 1 : 0);
    q.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
    exec(q, what);
    const qint64 id = q.lastInsertId().toLongLong();
    announceChange(db, notice::kRun, model, what);
    return id;
}

void Store::saveRun(const RunRecord& run)
{
    const QString what = QStringLiteral("cannot save run %1 in store %2").arg(run.id).arg(m_path);
    const QSqlDatabase db = connection();
    QSqlQuery q = prepare(db, QStringLiteral(R"(UPDATE runs SET model = ?, "trigger" = ?, state = ?, dry_run = ?,
        queued_at = ?, started_at = ?, finished_at = ?, phases = ?, rows_used = ?, rows_rejected = ?,
        rejected_reasons = ?, metrics = ?, gate = ?, version = ?, error = ?, hygiene = ?, peak_memory_bytes = ? WHERE id = ?)"), what);
    q.addBindValue(text(run.model));
    q.addBindValue(text(run.trigger));
    q.addBindValue(toString(run.state));
    q.addBindValue(run.dryRun ? 1 : 0);
    q.addBindValue(timeValue(run.queuedAt));
    q.addBindValue(timeValue(run.startedAt));
    q.addBindValue(timeValue(run.finishedAt));
    q.addBindValue(jsonText(run.phases));
    q.addBindValue(qint64(run.rowsUsed));
    q.addBindValue(qint64(run.rowsRejected));
    q.addBindValue(jsonText(bounded(run.rejectedReasons)));
    q.addBindValue(jsonText(run.metrics));
    q.addBindValue(jsonText(run.gate));
    q.addBindValue(run.version ? QVariant(*run.version) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(text(bounded(run.error)));
    q.addBindValue(jsonText(run.hygiene));
    q.addBindValue(run.peakMemoryBytes);
    q.addBindValue(run.id);
    exec(q, what);
    if (q.numRowsAffected() < 1)
        throw Error(QStringLiteral("cannot save run %1: store %2 has no such run").arg(run.id).arg(m_path));
    if (isTerminal(run.state))
        announceChange(db, notice::kRun, run.model, what);
}

std::optional<RunRecord> Store::run(qint64 id) const
{
    const QString what = QStringLiteral("cannot read run %1 from store %2").arg(id).arg(m_path);
    const QSqlDatabase db = connection();
    QSqlQuery q = prepare(db, QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(kRunColumns), what);
    q.addBindValue(id);
    exec(q, what);
    if (!q.next())
        return std::nullopt;
    return runFrom(q);
}

std::vector<RunRecord> Store::runs(const QString& model, int limit) const
{
    const QString what = QStringLiteral("cannot list runs from store %1").arg(m_path);
    const QSqlDatabase db = connection();
    QSqlQuery q = prepare(db, QStringLiteral("SELECT %1 FROM runs WHERE (? = '' OR model = ?) ORDER BY id DESC LIMIT ?")
                                  .arg(kRunColumns), what);
    q.addBindValue(text(model));
    q.addBindValue(model);
    q.addBindValue(limit < 0 ? sql::noLimit(m_backend) : QVariant(limit));
    exec(q, what);
    std::vector<RunRecord> result;
    while (q.next())
        result.push_back(runFrom(q));
    return result;
}

int Store::markUnfinishedRunsInterrupted()
{
    return markInterrupted(sql::noTrainingLockHeld(m_backend, QStringLiteral("model")), {}, true,
                           QStringLiteral("interrupted: Retrainer stopped before the run finished"));
}

int Store::markAbandonedRunsInterrupted(const QString& model, qint64 except)
{
    return markInterrupted(QStringLiteral("model = ? AND id <> ?"), {model, except}, false,
                           QStringLiteral("interrupted: the instance training it stopped before the run finished "
                                          "(its lock on the model was released)"));
}

int Store::markInterrupted(const QString& condition, const QVariantList& values, bool queuedToo, const QString& reason)
{
    const QString what = QStringLiteral("cannot mark unfinished runs as interrupted in store %1").arg(m_path);
    QStringList unfinished;
    for (int i = 0; i <= int(RunState::Interrupted); ++i)
        if (!isTerminal(RunState(i)) && (queuedToo || RunState(i) != RunState::Queued))
            unfinished << toString(RunState(i));
    QStringList marks(unfinished.size(), QStringLiteral("?"));
    const QSqlDatabase db = connection();
    QSqlQuery q = prepare(db, QStringLiteral("UPDATE runs SET state = ?, finished_at = ?, error = ? WHERE state IN (%1) AND %2")
                                  .arg(marks.join(QLatin1Char(',')), condition),
                          what);
    q.addBindValue(toString(RunState::Interrupted));
    q.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
    q.addBindValue(reason);
    for (const QString& state : unfinished)
        q.addBindValue(state);
    for (const QVariant& value : values)
        q.addBindValue(value);
    exec(q, what);
    return q.numRowsAffected();
}

qint64 Store::addEvent(const QString& model, std::optional<qint64> runId, const QString& type, const json& detail)
{
    const QString what = QStringLiteral("cannot record event %1 of '%2' in store %3").arg(type, model, m_path);
    const QSqlDatabase db = connection();
    QSqlQuery q = prepare(db, QStringLiteral("INSERT INTO events (time, model, run_id, type, detail) VALUES (?, ?, ?, ?, ?)"),
                          what);
    q.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(model));
    q.addBindValue(runId ? QVariant(*runId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(text(type));
    q.addBindValue(jsonText(detail.is_null() ? json::object() : bounded(detail)));
    exec(q, what);
    return q.lastInsertId().toLongLong();
}

std::vector<EventRecord> Store::events(const QString& model, int limit) const
{
    const QString what = QStringLiteral("cannot list events from store %1").arg(m_path);
    const QSqlDatabase db = connection();
    QSqlQuery q = prepare(db, QStringLiteral("SELECT id, time, model, run_id, type, detail FROM events "
                                             "WHERE (? = '' OR model = ?) ORDER BY id DESC LIMIT ?"), what);
    q.addBindValue(text(model));
    q.addBindValue(model);
    q.addBindValue(limit < 0 ? sql::noLimit(m_backend) : QVariant(limit));
    exec(q, what);
    std::vector<EventRecord> result;
    while (q.next())
        result.push_back(eventFrom(q));
    return result;
}

int Store::addSamples(const QString& model, const RawTable& rows)
{
    if (rows.rows.empty())
        return 0;
    const QString what = QStringLiteral("cannot add %1 samples of '%2' to store %3; none were stored")
                             .arg(rows.rows.size()).arg(model, m_path);
    const QSqlDatabase db = connection();
    Transaction transaction(db, what);
    const QString added = timeValue(QDateTime::currentDateTimeUtc()).toString();
    if (sql::hasSqliteHandle(db)) {
        sql::insertSqliteSamples(db, text(model), added, rows, what); // UTF-8 as stored, 64 rows per statement
    } else {
        // Many rows per INSERT: one statement per row spent more time in the statement machinery than in
        // storing. Bound values stay bound from one exec to the next: only the rows' data changes.
        constexpr size_t kRowsPerInsert = 64;
        const QVariant name = text(model);
        const SampleJson data(rows.columns);
        auto statement = [&](size_t count) {
            QString sql = QStringLiteral("INSERT INTO samples (model, added, data) VALUES (?, ?, ?)");
            for (size_t i = 1; i < count; ++i)
                sql += QStringLiteral(", (?, ?, ?)");
            QSqlQuery q = prepare(db, sql, what);
            for (size_t i = 0; i < count; ++i) {
                q.bindValue(int(3 * i), name);
                q.bindValue(int(3 * i + 1), added);
            }
            return q;
        };
        auto insert = [&](QSqlQuery& q, size_t first, size_t count) {
            for (size_t i = 0; i < count; ++i)
                q.bindValue(int(3 * i + 2), data.row(rows.rows[first + i].cells));
            exec(q, what);
        };
        const size_t total = rows.rows.size();
        size_t first = 0;
        if (total >= kRowsPerInsert) {
            QSqlQuery full = statement(kRowsPerInsert);
            for (; total - first >= kRowsPerInsert; first += kRowsPerInsert)
                insert(full, first, kRowsPerInsert);
        }
        if (first < total) {
            QSqlQuery last = statement(total - first);
            insert(last, first, total - first);
        }
    }
    announceChange(db, notice::kSamples, model, what); // delivered with the commit
    transaction.commit();
    return int(rows.rows.size());
}

RawTable Store::samples(const QString& model) const
{
    const QString what = QStringLiteral("cannot read the samples of '%1' from store %2").arg(model, m_path);
    const QSqlDatabase db = connection();
    QSqlQuery q = prepare(db, QStringLiteral("SELECT id, data FROM samples WHERE model = ? ORDER BY id"), what);
    q.addBindValue(model);
    exec(q, what);

    JsonRows rows;
    const QString originPrefix = QStringLiteral("sample "); // shared by every row's origin
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const std::string text = q.value(1).toString().toStdString();
        const auto data = parseJson<nlohmann::ordered_json>(text.data(), text.data() + text.size());
        if (data && data->is_object())
            rows.add(*data, RowOrigin(originPrefix, id));
        else
            rows.reject(QStringLiteral("sample %1").arg(id), QStringLiteral("the stored sample is not a JSON object"));
    }
    return rows.take();
}

long Store::sampleCount(const QString& model) const
{
    const QString what = QStringLiteral("cannot count the samples of '%1' in store %2").arg(model, m_path);
    const QSqlDatabase db = connection();
    QSqlQuery q = prepare(db, QStringLiteral("SELECT COUNT(*) FROM samples WHERE model = ?"), what);
    q.addBindValue(model);
    exec(q, what);
    if (!q.next())
        fail(what, q.lastError());
    return long(q.value(0).toLongLong());
}

} // namespace retrainer
