#include "sqlite_samples.h"
#include "error.h"
#include "sample_json.h"

#include <QSqlDriver>
#include <QVariant>
#include <array>
#include <memory>
#include <sqlite3.h>
#include <string>

namespace retrainer::sql {

namespace {

constexpr int kRowsPerInsert = 64;

sqlite3* handleOf(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

struct Finalize
{
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

[[noreturn]] void fail(sqlite3* db, int code, const QString& what)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    if ((code & 0xff) == SQLITE_FULL)
        throw Error(QStringLiteral("%1: the disk is full; free some space and try again (%2)").arg(what, message));
    throw Error(QStringLiteral("%1: %2").arg(what, message));
}

// INSERT … VALUES (?, ?, ?), … for `count` rows, with the model and the time bound once (they stay bound).
Statement prepare(sqlite3* db, int count, const std::string& model, const std::string& added, const QString& what)
{
    std::string sql = "INSERT INTO samples (model, added, data) VALUES (?, ?, ?)";
    for (int i = 1; i < count; ++i)
        sql += ", (?, ?, ?)";
    sqlite3_stmt* raw = nullptr;
    const int prepared = sqlite3_prepare_v2(db, sql.c_str(), int(sql.size() + 1), &raw, nullptr);
    Statement statement(raw);
    if (prepared != SQLITE_OK)
        fail(db, prepared, what);
    for (int i = 0; i < count; ++i) {
        int bound = sqlite3_bind_text(raw, 3 * i + 1, model.data(), int(model.size()), SQLITE_STATIC);
        if (bound == SQLITE_OK)
            bound = sqlite3_bind_text(raw, 3 * i + 2, added.data(), int(added.size()), SQLITE_STATIC);
        if (bound != SQLITE_OK)
            fail(db, bound, what);
    }
    return statement;
}

} // namespace

bool hasSqliteHandle(const QSqlDatabase& db)
{
    return handleOf(db) != nullptr;
}

void insertSqliteSamples(const QSqlDatabase& db, const QString& model, const QString& added, const RawTable& rows,
                         const QString& what)
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        throw Error(QStringLiteral("%1: the store's connection is not an open SQLite database").arg(what));
    const std::string modelText = model.toStdString();
    const std::string addedText = added.toStdString();
    const SampleJson json(rows.columns);
    std::array<std::string, kRowsPerInsert> texts; // bound as they are (SQLITE_STATIC) until the statement ran

    auto insert = [&](sqlite3_stmt* statement, size_t first, int count) {
        for (int i = 0; i < count; ++i) {
            std::string& text = texts[size_t(i)];
            json.writeUtf8(text, rows.rows[first + size_t(i)].cells);
            const int bound = sqlite3_bind_text(statement, 3 * i + 3, text.data(), int(text.size()), SQLITE_STATIC);
            if (bound != SQLITE_OK)
                fail(handle, bound, what);
        }
        const int stepped = sqlite3_step(statement);
        if (stepped != SQLITE_DONE)
            fail(handle, stepped, what); // the message is read before the statement is reset
        sqlite3_reset(statement);
    };
    const size_t total = rows.rows.size();
    size_t first = 0;
    if (total >= size_t(kRowsPerInsert)) {
        const Statement full = prepare(handle, kRowsPerInsert, modelText, addedText, what);
        for (; total - first >= size_t(kRowsPerInsert); first += kRowsPerInsert)
            insert(full.get(), first, kRowsPerInsert);
    }
    if (first < total) {
        const Statement last = prepare(handle, int(total - first), modelText, addedText, what);
        insert(last.get(), first, int(total - first));
    }
}

} // namespace retrainer::sql
