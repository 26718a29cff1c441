#pragma once
// One training of a model at a time across every instance that shares a PostgreSQL store: a session
// advisory lock per model, held on the training thread's own connection for the whole run, released at
// the end and by the server when the holder's process dies (its connection closes). The holder writes who
// it is (host, user, process) into the store so that another instance can say plainly who is training.
// On an SQLite store (one machine, one instance per workspace) the lock is always granted.
#include "error.h"
#include "store.h"
#include <QDateTime>
#include <QString>
#include <optional>

namespace retrainer {

// Thrown when a run is refused because another instance trains the model (the message names it).
class TrainedElsewhere : public Error
{
public:
    using Error::Error;
};

class ModelLock
{
public:
    ModelLock(Store& store, QString model) : m_store(store), m_model(std::move(model)) {}
    ~ModelLock();
    ModelLock(const ModelLock&) = delete;
    ModelLock& operator=(const ModelLock&) = delete;

    // Takes the lock on the calling thread's connection. Empty when taken, else a sentence naming the
    // instance that holds it. Throws Error when the store cannot be asked.
    QString tryAcquire();

    // Empty when no connection holds the model's lock (asked of pg_locks, without taking it), else the
    // sentence tryAcquire() would return.
    static QString heldElsewhere(Store& store, const QString& model);

    // Who holds the model's lock on a PostgreSQL store: nullopt when nobody does (or on SQLite). A holder
    // whose session is not named by Retrainer has an empty host.
    struct Holder
    {
        QString user, host, pid;
        QDateTime since;          // invalid when not recorded
        bool thisProcess = false; // the lock is this process's own (it trains the model here)
    };
    static std::optional<Holder> holder(Store& store, const QString& model);

private:
    Store& m_store;
    QString m_model;
    bool m_held = false;
};

} // namespace retrainer
