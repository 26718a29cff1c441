#pragma once
// Where the registry keeps the bytes of a model version: as a file under models/<model>/ (an SQLite
// workspace) or in the store's `artifacts` table, in chunks (a PostgreSQL store, shared by every instance).
#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace retrainer::artifacts {

QString sha256Hex(const QByteArray& bytes);

// Files: written atomically (temporary file, fsync, rename); Error naming the path on failure.
void writeFile(const QString& path, const QByteArray& bytes);
// Removes files of registrations that never reached their transaction (`prefix`*, older than a day).
void removeStalePending(const QString& folder, const QString& prefix);

// Database: inside the caller's transaction, stores `bytes` as (model, version) in chunks of at most 1 MiB.
void writeChunks(const QSqlDatabase& db, const QString& model, int version, const QByteArray& bytes,
                 const QString& what);
// The bytes of (model, version) joined from their chunks; nullopt when none are stored.
std::optional<QByteArray> readChunks(const QSqlDatabase& db, const QString& model, int version, const QString& what);

} // namespace retrainer::artifacts
