#pragma once
// A scheduled moment or a batch of new rows starts one run across every instance that shares a PostgreSQL
// store: before an automatic trigger starts a run, its instance claims it in the store (table
// trigger_claims), and an instance whose claim finds the moment already taken leaves it to the one that
// took it. On SQLite (one instance per workspace) every claim is granted and nothing is written.
#include <QDateTime>
#include <QString>

namespace retrainer {

class Store;

class TriggerClaims
{
public:
    explicit TriggerClaims(Store& store) : m_store(store) {}

    // Claims the moment `moment` of the model's `schedule` ("schedule" for a cron moment and its catch-up,
    // "conditional"). True when this instance took it; false when another instance already had.
    // Throws Error when the store cannot be asked.
    bool claimMoment(const QString& model, const QString& schedule, const QDateTime& moment);

    // Claims the data trigger with `rows` rows in the source now: granted when no data trigger of the model
    // was claimed before, or when at least `minNew` rows have arrived since the last claim (by any instance).
    // Throws Error when the store cannot be asked.
    bool claimNewRows(const QString& model, qint64 rows, qint64 minNew);

private:
    Store& m_store;
};

} // namespace retrainer
