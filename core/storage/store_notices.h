#pragma once
// Changes announced between the instances that share a PostgreSQL store (LISTEN/NOTIFY): a writer announces
// inside its transaction (the server delivers the notice when the transaction commits, never for one rolled
// back), and every instance listens on a connection of its own, on a thread of its own, so that each daemon's
// predictor swaps and each console refreshes within a second of a change made elsewhere. On SQLite (one
// instance per workspace) nothing is announced and nothing listens.
#include "pg_listener.h"
#include "sql_dialect.h"
#include <QObject>
#include <QString>

class QSqlDatabase;

namespace retrainer {

// What changed; the notice also names the model and the instance that changed it.
namespace notice {
inline const QString kVersion = QStringLiteral("version");   // the version in service (promotion, rollback, approval)
inline const QString kApproval = QStringLiteral("approval"); // a version awaits approval, or a request was decided
inline const QString kSamples = QStringLiteral("samples");   // rows added to the sample store
inline const QString kRun = QStringLiteral("run");           // a run was queued or ended
inline const QString kSettings = QStringLiteral("settings"); // a model's settings or the alert channels (shared_settings.h)
} // namespace notice

// Announces `kind` for `model` on `db` (inside the caller's transaction when there is one). Does nothing on
// SQLite. Throws Error with `what` when the server refuses.
void announceChange(const QSqlDatabase& db, const QString& kind, const QString& model, const QString& what);

class Store;

class StoreListener : public QObject
{
    Q_OBJECT
public:
    // Listens to the notices on the PostgreSQL store `storeUrl` (a connection of its own on a thread of its
    // own; if the server cannot be reached it tries again every few seconds). Notices from this process are
    // not repeated: it knows its own changes.
    explicit StoreListener(const QString& storeUrl, QObject* parent = nullptr);
    ~StoreListener() override;
    StoreListener(const StoreListener&) = delete;
    StoreListener& operator=(const StoreListener&) = delete;

Q_SIGNALS:
    // Another instance changed `what` (one of notice::) of `model`. Delivered on this object's thread.
    void changedElsewhere(const QString& what, const QString& model);
    // The listening connection is open (after a start or a reconnection).
    void listening();

private:
    PgListener m_listener;
};

} // namespace retrainer
