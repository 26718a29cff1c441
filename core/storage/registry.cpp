#include "registry.h"
#include "write_problem.h"
#include "error.h"
#include "sql_support.h"
#include "registry_artifacts.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace retrainer {

using json = nlohmann::json;
using sql::Transaction;
using sql::exec;
using sql::fail;
using sql::prepare;
using artifacts::sha256Hex;

namespace {

constexpr char kPendingPrefix[] = "pending-";

void requireModelName(const QString& model)
{
    if (model.isEmpty() || model.contains(QLatin1Char('/')) || model.contains(QLatin1Char('\\'))
        || model.contains(QLatin1String("..")))
        throw Error(QStringLiteral("'%1' cannot be used as a model name in the registry "
                                   "(it must not be empty or contain '/', '\\' or '..')").arg(model));
}

const QString kSelectVersions = QStringLiteral(
    "SELECT v.model, v.version, v.created, v.sha256, v.file, v.size, v.metadata, a.version IS NOT NULL, v.approval, v.pinned "
    "FROM versions v LEFT JOIN active_versions a ON a.model = v.model AND a.version = v.version ");

ModelVersion versionFrom(const QSqlQuery& q)
{
    ModelVersion v;
    v.model = q.value(0).toString();
    v.version = q.value(1).toInt();
    v.created = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).toUTC();
    v.sha256 = q.value(3).toString();
    v.file = q.value(4).toString();
    v.size = q.value(5).toLongLong();
    v.metadata = json::parse(q.value(6).toString().toStdString(), nullptr, false);
    if (v.metadata.is_discarded() || !v.metadata.is_object()) {
        qWarning("registry: the metadata of model '%s' version %d is not a JSON object", qPrintable(v.model), v.version);
        v.metadata = json::object();
    }
    v.active = q.value(7).toBool();
    v.approval = json::parse(q.value(8).toString().toStdString(), nullptr, false);
    if (v.approval.is_discarded() || !v.approval.is_object())
        v.approval = json::object();
    v.pinned = q.value(9).toBool();
    return v;
}

std::optional<int> activeVersionIn(const QSqlDatabase& db, const QString& model, const QString& what)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT version FROM active_versions WHERE model = ?"), what);
    q.addBindValue(model);
    exec(q, what);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

// Inside the caller's transaction.
void setActiveIn(const QSqlDatabase& db, const QString& model, int version, const QString& what)
{
    {
        QSqlQuery q = prepare(db, QStringLiteral("SELECT 1 FROM versions WHERE model = ? AND version = ?"), what);
        q.addBindValue(model);
        q.addBindValue(version);
        exec(q, what);
        if (!q.next())
            throw Error(QStringLiteral("%1: model '%2' has no version %3").arg(what, model).arg(version));
    }
    QSqlQuery q = prepare(db, sql::insertOrReplace(sql::backendOf(db), QStringLiteral("active_versions"),
                                                   {QStringLiteral("model"), QStringLiteral("version")},
                                                   {QStringLiteral("model")}), what);
    q.addBindValue(model);
    q.addBindValue(version);
    exec(q, what);
}

int nextVersionIn(const QSqlDatabase& db, const QString& model, const QString& what)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM versions WHERE model = ?"), what);
    q.addBindValue(model);
    exec(q, what);
    if (!q.next())
        fail(what, q.lastError());
    return q.value(0).toInt();
}

void insertVersionIn(const QSqlDatabase& db, const ModelVersion& v, const QString& what)
{
    QSqlQuery q = prepare(db, QStringLiteral("INSERT INTO versions (model, version, created, sha256, file, size, "
                                             "metadata) VALUES (?, ?, ?, ?, ?, ?, ?)"), what);
    q.addBindValue(v.model);
    q.addBindValue(v.version);
    q.addBindValue(v.created.toString(Qt::ISODateWithMs));
    q.addBindValue(v.sha256);
    q.addBindValue(v.file.isNull() ? QStringLiteral("") : v.file); // a null QString would bind as NULL
    q.addBindValue(v.size);
    q.addBindValue(QString::fromStdString(v.metadata.dump()));
    exec(q, what);
}

} // namespace

json ModelVersion::toJson() const
{
    json metrics = metadata.is_object() ? metadata.value("metrics", json::object()) : json::object();
    return json{{"model", model.toStdString()},
                {"version", version},
                {"active", active},
                {"created", created.isValid() ? json(created.toUTC().toString(Qt::ISODateWithMs).toStdString())
                                              : json(nullptr)},
                {"sha256", sha256.toStdString()},
                {"file", file.toStdString()},
                {"size", size},
                {"metrics", metrics},
                {"approval", approval},
                {"pinned", pinned},
                {"metadata", metadata}};
}

QString ModelVersion::approvalState() const
{
    return QString::fromStdString(approval.is_object() ? approval.value("state", std::string()) : std::string());
}

Registry::Registry(Store& store, const QString& modelsDir) : m_store(store), m_modelsDir(modelsDir) {}

ModelVersion Registry::addVersion(const QString& model, const QByteArray& artifact, const json& metadata)
{
    return addVersion(model, artifact, metadata, std::nullopt).version;
}

Registry::Added Registry::addVersion(const QString& model, const QByteArray& artifact, const json& metadata,
                                     std::optional<ActivateIf> activate)
{
    requireModelName(model);
    const QString what = QStringLiteral("cannot register a new version of model '%1' in store %2")
                             .arg(model, m_store.path());
    Added added;
    ModelVersion& v = added.version;
    v.model = model;
    v.created = QDateTime::currentDateTimeUtc();
    v.sha256 = sha256Hex(artifact);
    v.size = artifact.size();
    v.metadata = metadata.is_object() ? metadata : json::object();
    // Registered and put in service together, or registered only: never in service without its record.
    auto activateIn = [&](const QSqlDatabase& db) {
        if (activate && activeVersionIn(db, model, what) == activate->expected) {
            setActiveIn(db, model, v.version, what);
            added.activated = true;
            v.active = true;
        }
    };

    if (m_store.keepsArtifacts()) {
        // The bytes go into the store with their record, in the same transaction (no file: `file` stays empty).
        const QSqlDatabase db = m_store.connection();
        Transaction transaction(db, what);
        v.version = nextVersionIn(db, model, what);
        insertVersionIn(db, v, what);
        artifacts::writeChunks(db, model, v.version, artifact, what);
        activateIn(db);
        transaction.commit();
        return added;
    }

    const QDir models(m_modelsDir);
    const QString folder = models.filePath(model);
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir())
        throw Error(QStringLiteral("cannot create the folder %1 for the versions of model '%2'").arg(folder, model));
    artifacts::removeStalePending(folder, QLatin1String(kPendingPrefix));

    // The file is written and flushed to disk before the store's write lock is taken: an fsync can take
    // seconds on a busy disk, and every other writer (the console, the API, another training) would wait for
    // it. Inside the transaction the file is only renamed to its version's name.
    const QString pending = QDir(folder).filePath(QStringLiteral("%1%2.rtm").arg(QLatin1String(kPendingPrefix),
                                                                             QUuid::createUuid().toString(QUuid::Id128)));
    artifacts::writeFile(pending, artifact);
    QString path;
    try {
        const QSqlDatabase db = m_store.connection();
        Transaction transaction(db, what);
        v.version = nextVersionIn(db, model, what);
        v.file = QStringLiteral("%1/v%2.rtm").arg(model).arg(v.version);
        path = models.filePath(v.file);
        // A file already at `path` has no record (a registration interrupted before its commit): it is replaced.
        QFile::remove(path);
        if (!QFile::rename(pending, path))
            throw Error(QStringLiteral("%1: cannot rename %2 to %3").arg(what, pending, path));
        insertVersionIn(db, v, what);
        activateIn(db);
        transaction.commit();
    } catch (...) {
        QFile::remove(pending);
        if (!path.isEmpty())
            QFile::remove(path);
        throw;
    }
    return added;
}

void Registry::activate(const QString& model, int version)
{
    const QString what = QStringLiteral("cannot activate version %1 of model '%2' in store %3")
                             .arg(version).arg(model, m_store.path());
    const QSqlDatabase db = m_store.connection();
    Transaction transaction(db, what);
    setActiveIn(db, model, version, what);
    transaction.commit();
}

std::optional<ModelVersion> Registry::active(const QString& model) const
{
    const QString what = QStringLiteral("cannot read the active version of model '%1' from store %2")
                             .arg(model, m_store.path());
    const QSqlDatabase db = m_store.connection();
    QSqlQuery q = prepare(db, kSelectVersions + QStringLiteral("WHERE a.model = ?"), what);
    q.addBindValue(model);
    exec(q, what);
    if (!q.next())
        return std::nullopt;
    return versionFrom(q);
}

std::optional<ModelVersion> Registry::version(const QString& model, int version) const
{
    const QString what = QStringLiteral("cannot read version %1 of model '%2' from store %3")
                             .arg(version).arg(model, m_store.path());
    const QSqlDatabase db = m_store.connection();
    QSqlQuery q = prepare(db, kSelectVersions + QStringLiteral("WHERE v.model = ? AND v.version = ?"), what);
    q.addBindValue(model);
    q.addBindValue(version);
    exec(q, what);
    if (!q.next())
        return std::nullopt;
    return versionFrom(q);
}

std::vector<ModelVersion> Registry::versions(const QString& model) const
{
    const QString what = QStringLiteral("cannot list the versions of model '%1' from store %2")
                             .arg(model, m_store.path());
    const QSqlDatabase db = m_store.connection();
    QSqlQuery q = prepare(db, kSelectVersions + QStringLiteral("WHERE v.model = ? ORDER BY v.version DESC"), what);
    q.addBindValue(model);
    exec(q, what);
    std::vector<ModelVersion> result;
    while (q.next())
        result.push_back(versionFrom(q));
    return result;
}

QByteArray Registry::loadVerified(const QString& model, int version) const
{
    const auto record = this->version(model, version);
    if (!record)
        throw Error(QStringLiteral("model '%1' has no version %2").arg(model).arg(version));
    QString path;
    QByteArray bytes;
    if (m_store.keepsArtifacts()) {
        path = QStringLiteral("in store %1").arg(m_store.path());
        const QString what = QStringLiteral("cannot read the artifact of model '%1' version %2 from store %3")
                                 .arg(model).arg(version).arg(m_store.path());
        auto stored = artifacts::readChunks(m_store.connection(), model, version, what);
        if (!stored)
            throw Error(QStringLiteral("the artifact of model '%1' version %2 is missing (%3)").arg(model).arg(version).arg(path));
        bytes = std::move(*stored);
    } else {
        path = QDir(m_modelsDir).filePath(record->file);
        QFile file(path);
        if (!file.exists())
            throw Error(QStringLiteral("the file of model '%1' version %2 is missing: %3").arg(model).arg(version).arg(path));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("cannot read the file of model '%1' version %2 (%3): %4")
                            .arg(model).arg(version).arg(path, file.errorString()));
        bytes = file.readAll();
        if (file.error() != QFileDevice::NoError)
            throw Error(QStringLiteral("cannot read the file of model '%1' version %2 (%3): %4")
                            .arg(model).arg(version).arg(path, file.errorString()));
    }
    const QString found = sha256Hex(bytes);
    if (found.compare(record->sha256, Qt::CaseInsensitive) != 0)
        throw Error(QStringLiteral("checksum mismatch for model '%1' version %2 (%3): expected %4, found %5; "
                                   "the %6 was altered or damaged")
                        .arg(model).arg(version).arg(path, record->sha256, found,
                                                     m_store.keepsArtifacts() ? QStringLiteral("stored model")
                                                                              : QStringLiteral("file")));
    return bytes;
}

QString Registry::verify(const QString& model, int version) const
{
    try {
        loadVerified(model, version);
        return {};
    } catch (const Error& e) {
        return e.message();
    }
}

std::optional<int> Registry::rollback(const QString& model, int version)
{
    const QString problem = verify(model, version);
    if (!problem.isEmpty())
        throw Error(problem);
    const QString what = QStringLiteral("cannot roll model '%1' back to version %2 in store %3")
                             .arg(model).arg(version).arg(m_store.path());
    const QSqlDatabase db = m_store.connection();
    Transaction transaction(db, what);
    const std::optional<int> from = activeVersionIn(db, model, what);
    if (from == version)
        throw Error(QStringLiteral("version %1 of '%2' is already in service").arg(version).arg(model));
    setActiveIn(db, model, version, what);
    // The same thread's connection: the event is part of this transaction.
    m_store.addEvent(model, std::nullopt, QStringLiteral("ROLLED_BACK"),
                     {{"from", from ? json(*from) : json(nullptr)}, {"to", version}});
    transaction.commit();
    return from;
}

namespace {

void storeApprovalIn(const QSqlDatabase& db, const QString& model, int version, const json& approval, const QString& what)
{
    QSqlQuery q = prepare(db, QStringLiteral("UPDATE versions SET approval = ? WHERE model = ? AND version = ?"), what);
    q.addBindValue(QString::fromStdString(approval.is_object() ? approval.dump() : json::object().dump()));
    q.addBindValue(model);
    q.addBindValue(version);
    exec(q, what);
    if (q.numRowsAffected() < 1)
        throw Error(QStringLiteral("%1: model '%2' has no version %3").arg(what, model).arg(version));
}

} // namespace

void Registry::setApproval(const QString& model, int version, const json& approval)
{
    const QString what = QStringLiteral("cannot record the approval state of version %1 of model '%2' in store %3")
                             .arg(version).arg(model, m_store.path());
    const QSqlDatabase db = m_store.connection();
    Transaction transaction(db, what);
    storeApprovalIn(db, model, version, approval, what);
    transaction.commit();
}

void Registry::activateApproved(const QString& model, int version, const json& approval)
{
    const QString problem = verify(model, version);
    if (!problem.isEmpty())
        throw Error(problem);
    const QString what = QStringLiteral("cannot activate the approved version %1 of model '%2' in store %3")
                             .arg(version).arg(model, m_store.path());
    const QSqlDatabase db = m_store.connection();
    Transaction transaction(db, what);
    const std::optional<int> from = activeVersionIn(db, model, what);
    setActiveIn(db, model, version, what);
    storeApprovalIn(db, model, version, approval, what);
    m_store.addEvent(model, std::nullopt, QStringLiteral("APPROVED"),
                     {{"from", from ? json(*from) : json(nullptr)}, {"to", version}, {"approval", approval}});
    transaction.commit();
}

std::vector<ModelVersion> Registry::pendingApprovals(const QString& model) const
{
    const QString what = QStringLiteral("cannot list the versions awaiting approval in store %1").arg(m_store.path());
    const QSqlDatabase db = m_store.connection();
    QSqlQuery q = prepare(db, kSelectVersions + QStringLiteral("WHERE (? = '' OR v.model = ?) AND %1 = 'pending' "
                                                               "ORDER BY v.model, v.version DESC")
                                                    .arg(sql::jsonField(m_store.backend(), QStringLiteral("v.approval"),
                                                                        QStringLiteral("state"))), what);
    const QString filter = model.isNull() ? QStringLiteral("") : model;
    q.addBindValue(filter);
    q.addBindValue(filter);
    exec(q, what);
    std::vector<ModelVersion> result;
    while (q.next())
        result.push_back(versionFrom(q));
    return result;
}

std::vector<ModelVersion> Registry::expireApprovals(const QDateTime& now)
{
    std::vector<ModelVersion> expired;
    for (const auto& v : pendingApprovals()) {
        const QDateTime expires =
            QDateTime::fromString(QString::fromStdString(v.approval.value("expires", std::string())), Qt::ISODate);
        if (!expires.isValid() || expires > now)
            continue;
        json approval = v.approval;
        approval["state"] = "expired";
        approval["decided"] = now.toUTC().toString(Qt::ISODate).toStdString();
        const QString what = QStringLiteral("cannot mark the approval request of version %1 of model '%2' expired in store %3")
                                 .arg(v.version).arg(v.model, m_store.path());
        const QSqlDatabase db = m_store.connection();
        Transaction transaction(db, what);
        storeApprovalIn(db, v.model, v.version, approval, what);
        m_store.addEvent(v.model, std::nullopt, QStringLiteral("APPROVAL_EXPIRED"), {{"version", v.version}});
        transaction.commit();
        expired.push_back(v);
    }
    return expired;
}

void Registry::removeVersion(const QString& model, int version)
{
    const auto v = this->version(model, version);
    if (!v)
        throw Error(QStringLiteral("model '%1' has no version %2").arg(model).arg(version));
    if (v->active)
        throw Error(QStringLiteral("version %1 of '%2' is in service and cannot be deleted").arg(version).arg(model));
    if (v->approvalState() == QLatin1String("pending"))
        throw Error(QStringLiteral("version %1 of '%2' awaits approval and cannot be deleted").arg(version).arg(model));
    if (v->pinned)
        throw Error(QStringLiteral("version %1 of '%2' is pinned and cannot be deleted (unpin it first)").arg(version).arg(model));
    const QString what = QStringLiteral("cannot delete version %1 of model '%2' in store %3").arg(version).arg(model, m_store.path());
    const QSqlDatabase db = m_store.connection();
    Transaction transaction(db, what);
    QSqlQuery q = prepare(db, QStringLiteral("DELETE FROM versions WHERE model = ? AND version = ?"), what);
    q.addBindValue(model);
    q.addBindValue(version);
    exec(q, what);
    m_store.addEvent(model, std::nullopt, QStringLiteral("VERSION_DELETED"),
                     {{"version", version}, {"sha256", v->sha256.toStdString()}, {"size", v->size}});
    transaction.commit();
    if (!v->file.isEmpty()) // the store's own chunks went with the record
        QFile::remove(QDir(m_modelsDir).filePath(v->file)); // a file left behind has no record and is harmless
}

void Registry::setPinned(const QString& model, int version, bool pinned)
{
    if (!this->version(model, version))
        throw Error(QStringLiteral("model '%1' has no version %2").arg(model).arg(version));
    const QString what = QStringLiteral("cannot %1 version %2 of model '%3' in store %4")
                             .arg(pinned ? QStringLiteral("pin") : QStringLiteral("unpin")).arg(version).arg(model, m_store.path());
    const QSqlDatabase db = m_store.connection();
    Transaction transaction(db, what);
    QSqlQuery q = prepare(db, QStringLiteral("UPDATE versions SET pinned = ? WHERE model = ? AND version = ?"), what);
    q.addBindValue(pinned ? 1 : 0);
    q.addBindValue(model);
    q.addBindValue(version);
    exec(q, what);
    m_store.addEvent(model, std::nullopt, pinned ? QStringLiteral("VERSION_PINNED") : QStringLiteral("VERSION_UNPINNED"),
                     {{"version", version}});
    transaction.commit();
}

qint64 Registry::diskUse(const QString& model) const
{
    const QString what = QStringLiteral("cannot add up the versions of model '%1' in store %2").arg(model, m_store.path());
    const QSqlDatabase db = m_store.connection();
    QSqlQuery q = prepare(db, QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM versions WHERE model = ?"), what);
    q.addBindValue(model);
    exec(q, what);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace retrainer
