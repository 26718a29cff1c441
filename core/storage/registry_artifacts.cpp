#include "registry_artifacts.h"
#include "sha256.h"
#include "error.h"
#include "sql_support.h"
#include "write_problem.h"
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QVariant>

namespace retrainer::artifacts {

namespace {

// One statement per chunk keeps each message to the server small even for a large forest.
constexpr qsizetype kChunkBytes = 1 << 20;

} // namespace

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(Sha256::hash(bytes).toHex());
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path); // a temporary file beside `path`, flushed to disk and renamed on commit
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("cannot write the model file %1: %2").arg(path, writeProblem(path, file.errorString())));
    if (file.write(bytes) != bytes.size()) {
        const QString why = writeProblem(path, file.errorString());
        file.cancelWriting();
        throw Error(QStringLiteral("cannot write the model file %1: %2").arg(path, why));
    }
    if (!file.commit())
        throw Error(QStringLiteral("cannot save the model file %1: %2").arg(path, writeProblem(path, file.errorString())));
}

void removeStalePending(const QString& folder, const QString& prefix)
{
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    const QDir dir(folder);
    for (const QFileInfo& file : dir.entryInfoList({prefix + QLatin1Char('*')}, QDir::Files))
        if (file.lastModified().toUTC() < dayAgo)
            QFile::remove(file.absoluteFilePath());
}

void writeChunks(const QSqlDatabase& db, const QString& model, int version, const QByteArray& bytes, const QString& what)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("INSERT INTO artifacts (model, version, chunk, data) VALUES (?, ?, ?, ?)"),
                               what);
    int chunk = 0;
    qsizetype offset = 0;
    do {
        q.bindValue(0, model);
        q.bindValue(1, version);
        q.bindValue(2, chunk++);
        q.bindValue(3, bytes.mid(offset, kChunkBytes));
        sql::exec(q, what);
        offset += kChunkBytes;
    } while (offset < bytes.size());
}

std::optional<QByteArray> readChunks(const QSqlDatabase& db, const QString& model, int version, const QString& what)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT data FROM artifacts WHERE model = ? AND version = ? ORDER BY chunk"),
                               what);
    q.addBindValue(model);
    q.addBindValue(version);
    sql::exec(q, what);
    std::optional<QByteArray> bytes;
    while (q.next()) {
        if (!bytes)
            bytes.emplace();
        bytes->append(q.value(0).toByteArray());
    }
    return bytes;
}

} // namespace retrainer::artifacts
