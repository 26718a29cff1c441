#include "shared_settings.h"
#include "json_parse.h"
#include "sql_support.h"
#include "store.h"
#include "store_notices.h"
#include <QDateTime>

namespace retrainer {

using namespace sql;

namespace {

std::vector<SharedRecord> readRecords(const Store& store, const QString& table)
{
    const QString what = QStringLiteral("cannot read %1 from store %2").arg(table, store.path());
    QSqlQuery q = prepare(store.connection(), QStringLiteral("SELECT name, settings FROM %1 ORDER BY position, name").arg(table), what);
    exec(q, what);
    std::vector<SharedRecord> out;
    while (q.next()) {
        QString problem;
        auto settings = parseJson(q.value(1).toString().toStdString(), &problem);
        if (!settings)
            throw Error(QStringLiteral("%1: the row of '%2' is not valid JSON (%3)").arg(what, q.value(0).toString(), problem));
        out.push_back({q.value(0).toString(), std::move(*settings)});
    }
    return out;
}

// Inserts (or, with `replace`, replaces) one row inside the caller's transaction; a new row takes `position`.
// Returns whether a row was written.
bool upsert(const QSqlDatabase& db, const QString& table, const SharedRecord& record, qint64 position, bool replace,
            const QString& what)
{
    QSqlQuery q = prepare(db, QStringLiteral("INSERT INTO %1 (name, position, settings, changed_by, changed) VALUES (?, ?, ?, ?, ?) "
                                             "ON CONFLICT (name) DO %2")
                                  .arg(table, replace ? QStringLiteral("UPDATE SET settings = excluded.settings, changed_by = "
                                                                       "excluded.changed_by, changed = excluded.changed")
                                                      : QStringLiteral("NOTHING")),
                          what);
    q.addBindValue(record.name);
    q.addBindValue(position);
    q.addBindValue(QString::fromStdString(record.settings.dump()));
    q.addBindValue(Store::sessionName());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    exec(q, what);
    return q.numRowsAffected() == 1;
}

qint64 nextPosition(const QSqlDatabase& db, const QString& table, const QString& what)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM %1").arg(table), what);
    exec(q, what);
    return q.next() ? q.value(0).toLongLong() : 1;
}

// Inside the caller's transaction: the records whose names `table` does not hold yet, after the others.
int addMissing(const QSqlDatabase& db, const QString& table, const std::vector<SharedRecord>& records, const QString& what)
{
    qint64 position = nextPosition(db, table, what);
    int added = 0;
    for (const auto& record : records)
        if (upsert(db, table, record, position, false, what)) {
            ++added;
            ++position;
        }
    return added;
}

int adopt(Store& store, const QString& table, const std::vector<SharedRecord>& records)
{
    if (records.empty())
        return 0;
    const QString what = QStringLiteral("cannot add to %1 in store %2").arg(table, store.path());
    const QSqlDatabase db = store.connection();
    Transaction transaction(db, what);
    const int added = addMissing(db, table, records, what);
    if (added > 0)
        announceChange(db, notice::kSettings, QString(), what);
    transaction.commit();
    return added;
}

} // namespace

std::vector<SharedRecord> SharedSettings::models() const
{
    return readRecords(m_store, QStringLiteral("model_settings"));
}

std::vector<SharedRecord> SharedSettings::channels() const
{
    return readRecords(m_store, QStringLiteral("alert_channels"));
}

void SharedSettings::saveModel(const SharedRecord& model)
{
    const QString table = QStringLiteral("model_settings");
    const QString what = QStringLiteral("cannot save the settings of '%1' in store %2").arg(model.name, m_store.path());
    const QSqlDatabase db = m_store.connection();
    Transaction transaction(db, what);
    upsert(db, table, model, nextPosition(db, table, what), true, what);
    announceChange(db, notice::kSettings, model.name, what);
    transaction.commit();
}

int SharedSettings::adoptModels(const std::vector<SharedRecord>& models)
{
    return adopt(m_store, QStringLiteral("model_settings"), models);
}

int SharedSettings::adoptChannels(const std::vector<SharedRecord>& channels)
{
    return adopt(m_store, QStringLiteral("alert_channels"), channels);
}

std::pair<int, int> SharedSettings::addInto(const QSqlDatabase& db, const std::vector<SharedRecord>& models,
                                             const std::vector<SharedRecord>& channels, const QString& what)
{
    return {addMissing(db, QStringLiteral("model_settings"), models, what),
            addMissing(db, QStringLiteral("alert_channels"), channels, what)};
}

void SharedSettings::replaceChannels(const std::vector<SharedRecord>& channels)
{
    const QString table = QStringLiteral("alert_channels");
    const QString what = QStringLiteral("cannot save the alert channels in store %1").arg(m_store.path());
    const QSqlDatabase db = m_store.connection();
    Transaction transaction(db, what);
    QSqlQuery clear = prepare(db, QStringLiteral("DELETE FROM alert_channels"), what);
    exec(clear, what);
    qint64 position = 1;
    for (const auto& channel : channels)
        upsert(db, table, channel, position++, true, what);
    announceChange(db, notice::kSettings, QString(), what);
    transaction.commit();
}

} // namespace retrainer
