#include "store_copy.h"
#include "registry.h"
#include "registry_artifacts.h"
#include "sql_support.h"
#include "store.h"
#include <QSqlRecord>

namespace retrainer {

using namespace sql;

namespace {

// In an order the foreign keys accept (versions before the version in service and before deliveries' alerts).
const char* const kTables[] = {"runs", "events", "versions", "active_versions", "samples", "alerts",
                               "alert_deliveries", "audit", "tokens", "state"};

qint64 countRows(const QSqlDatabase& db, const QString& table, const QString& what)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), what);
    exec(q, what);
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Copies one table row by row; on PostgreSQL an identity column continues after the highest copied id.
qint64 copyTable(const QSqlDatabase& from, const QSqlDatabase& to, const QString& table, const QString& what)
{
    QSqlQuery read = prepare(from, QStringLiteral("SELECT * FROM %1").arg(table), what);
    exec(read, what);
    const QSqlRecord record = read.record();
    QStringList columns, marks;
    int fileColumn = -1;
    for (int i = 0; i < record.count(); ++i) {
        columns << QLatin1Char('"') + record.fieldName(i) + QLatin1Char('"');
        marks << QStringLiteral("?");
        if (table == QLatin1String("versions") && record.fieldName(i) == QLatin1String("file"))
            fileColumn = i; // the bytes move into the store: no file name
    }
    QSqlQuery write = prepare(to, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QLatin1Char(',')),
                                                                                         marks.join(QLatin1Char(','))), what);
    qint64 copied = 0;
    while (read.next()) {
        for (int i = 0; i < record.count(); ++i)
            write.bindValue(i, i == fileColumn ? QVariant(QStringLiteral("")) : read.value(i));
        exec(write, what);
        ++copied;
    }
    if (record.contains(QStringLiteral("id")) && copied > 0) {
        QSqlQuery sequence = prepare(to, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                        "(SELECT MAX(id) FROM %1))").arg(table), what);
        exec(sequence, what);
    }
    return copied;
}

} // namespace

qint64 StoreCopyReport::rowsIn(const QString& table) const
{
    for (const auto& [name, count] : rows)
        if (name == table)
            return count;
    return 0;
}

StoreCopyReport copyStore(Store& from, const QString& modelsDir, Store& to, const std::vector<SharedRecord>& models,
                          const std::vector<SharedRecord>& channels)
{
    if (from.backend() != Backend::Sqlite || to.backend() != Backend::Postgres)
        throw Error(QStringLiteral("a store is migrated from an SQLite file to a PostgreSQL database, not from %1 to %2")
                        .arg(from.path(), to.path()));
    const QString into = QStringLiteral("cannot migrate store %1 to %2").arg(from.path(), to.path());
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
    qint64 already = 0;
    for (const char* table : {"runs", "versions", "samples", "audit"})
        already += countRows(target, QString::fromLatin1(table), into);
    if (already > 0)
        throw Error(QStringLiteral("%1: the PostgreSQL database already holds runs, versions, samples or audit entries; "
                                   "migrate into an empty database (created with createdb)").arg(into));

    StoreCopyReport report;
    Registry sourceRegistry(from, modelsDir);
    std::vector<std::pair<QString, int>> versions;
    Transaction transaction(target, into);
    for (const char* name : kTables) {
        const QString table = QString::fromLatin1(name);
        const QString what = QStringLiteral("%1 (table %2)").arg(into, table);
        report.rows.emplace_back(table, copyTable(source, target, table, what));
        if (table != QLatin1String("versions"))
            continue;
        // The model files, read with their checksum verified, into the store's chunks.
        QSqlQuery list = prepare(source, QStringLiteral("SELECT model, version FROM versions ORDER BY model, version"), what);
        exec(list, what);
        while (list.next())
            versions.emplace_back(list.value(0).toString(), list.value(1).toInt());
        for (const auto& [model, version] : versions)
            artifacts::writeChunks(target, model, version, sourceRegistry.loadVerified(model, version),
                                   QStringLiteral("%1 (model '%2' version %3)").arg(into, model).arg(version));
    }
    const auto [modelsAdded, channelsAdded] = SharedSettings::addInto(target, models, channels,
                                                                      QStringLiteral("%1 (the models' settings)").arg(into));
    report.rows.emplace_back(QStringLiteral("model_settings"), modelsAdded);
    report.rows.emplace_back(QStringLiteral("alert_channels"), channelsAdded);
    transaction.commit();

    Registry targetRegistry(to, QString());
    for (const auto& [model, version] : versions) {
        if (const QString problem = targetRegistry.verify(model, version); !problem.isEmpty())
            throw Error(QStringLiteral("model '%1' version %2 was copied to %3 but does not verify there: %4")
                            .arg(model).arg(version).arg(to.path(), problem));
        ++report.artifactsVerified;
    }
    return report;
}

} // namespace retrainer
