// The shared store's figures (issue 13): sample ingest in rows/s into SQLite and into PostgreSQL, in
// batches (one transaction per Store::addSamples call), and the time a version put in service on one
// instance takes to be served by another instance's predict API (two real daemons on one database).
// Needs the test cluster: (export RETRAINER_PG_PORT=55442; source tests/pg/ensure_cluster.sh;
// cmake --build build --target benchmark_store)
#include "pg_sites.h"
#include "pg_test_database.h"
#include "store.h"
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace retrainer;
using namespace retrainer::test;
using json = nlohmann::json;

namespace {

RawTable sampleRows(int count, int from)
{
    RawTable table;
    table.columns = {QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("colour"), QStringLiteral("y")};
    for (int i = from; i < from + count; ++i)
        table.rows.push_back({QStringList{QString::number(i % 97), QString::number(i % 13), i % 2 ? QStringLiteral("red") : QStringLiteral("blue"),
                                          QString::number(3 * (i % 97))},
                              QStringLiteral("row %1").arg(i)});
    return table;
}

double ingestRowsPerSecond(Store& store, int total, int batch)
{
    QElapsedTimer t;
    t.start();
    for (int done = 0; done < total; done += batch)
        store.addSamples(QStringLiteral("bench"), sampleRows(batch, done));
    return total / (t.nsecsElapsed() / 1e9);
}

QByteArray phaseRows(const char* phase, int count)
{
    json out = json::array();
    for (int i = 0; i < count; ++i)
        out.push_back({{"x1", i % 50}, {"phase", phase}, {"y", phase[0] == 'a' ? 2 * (i % 50) : 100 - 2 * (i % 50)}});
    return QByteArray::fromStdString(out.dump());
}

int run(const QString& workspace, const QStringList& args, QString* out = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(RETRAINER_BINARY), QStringList{QStringLiteral("--workspace"), workspace} + args);
    p.waitForFinished(120000);
    if (out)
        *out = QString::fromUtf8(p.readAll());
    return p.exitCode();
}

// Milliseconds from A serving `version` (its API has answered) until B's predict API serves it; -1 after 10 s.
qint64 delayUntilServed(Site& b, int version, const QString& token)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000)
        if (servedVersion(b, QStringLiteral("posted"), token, R"([{"x1": 1, "phase": "a"}])") == version)
            return t.elapsed();
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    PgTestDatabase ingestDb;
    if (!ingestDb.error().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(ingestDb.error()));
        return 1;
    }
    QTemporaryDir dir;
    const int total = 20000;
    std::printf("Sample ingest, %d rows of 4 columns (one transaction per batch)\n", total);
    std::printf("%-12s %8s %12s\n", "store", "batch", "rows/s");
    for (int batch : {100, 1000}) {
        Store sqlite(dir.filePath(QStringLiteral("bench-%1.sqlite").arg(batch)));
        std::printf("%-12s %8d %12.0f\n", "SQLite", batch, ingestRowsPerSecond(sqlite, total, batch));
        PgTestDatabase db;
        Store postgres(db.url());
        std::printf("%-12s %8d %12.0f\n", "PostgreSQL", batch, ingestRowsPerSecond(postgres, total, batch));
    }

    // Two instances on one database; a version switched on A (a promotion, then rollbacks) reaches B.
    PgTestDatabase shared;
    Site a, b;
    a.workspace = dir.filePath(QStringLiteral("site-a"));
    b.workspace = dir.filePath(QStringLiteral("site-b"));
    QString text;
    if (run(a.workspace, {QStringLiteral("init"), QStringLiteral("--store"), shared.url()}, &text) != 0
        || run(a.workspace, {QStringLiteral("model"), QStringLiteral("add"), QStringLiteral("posted"), QStringLiteral("--source"),
                             QStringLiteral("store:"), QStringLiteral("--task"), QStringLiteral("regression"), QStringLiteral("--label"),
                             QStringLiteral("y"), QStringLiteral("--features"), QStringLiteral("x1,phase")}, &text) != 0
        || run(a.workspace, {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("bench"), QStringLiteral("--role"),
                             QStringLiteral("admin"), QStringLiteral("--json")}, &text) != 0) {
        std::fprintf(stderr, "setting up the two sites failed: %s\n", qPrintable(text));
        return 1;
    }
    const QString token = QString::fromStdString(json::parse(text.toStdString()).value("token", std::string()));
    QDir().mkpath(b.workspace);
    QFile::copy(a.workspace + QStringLiteral("/workspace.json"), b.workspace + QStringLiteral("/workspace.json"));
    if (!startSite(a) || !startSite(b)) {
        std::fprintf(stderr, "a daemon did not start:\n%s\n%s\n", qPrintable(readLog(a)), qPrintable(readLog(b)));
        return 1;
    }
    a.http.post(QStringLiteral("/api/v1/models/posted/samples"), token, phaseRows("a", 60)); // the data trigger: version 1
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 120000 && servedVersion(a, QStringLiteral("posted"), token, R"([{"x1": 1, "phase": "a"}])") != 1)
        QTest::qWait(50);
    a.http.post(QStringLiteral("/api/v1/models/posted/samples"), token, phaseRows("b", 120));
    a.http.post(QStringLiteral("/api/v1/models/posted/train"), token, "{}");
    while (wait.elapsed() < 240000 && servedVersion(a, QStringLiteral("posted"), token, R"([{"x1": 1, "phase": "a"}])") != 2)
        ;
    std::vector<qint64> delays{delayUntilServed(b, 2, token)};
    std::printf("\nVersion switched on instance A, served by instance B's predict API\n");
    std::printf("%-28s %8s\n", "switch", "ms");
    std::printf("%-28s %8lld\n", "promotion of version 2", static_cast<long long>(delays[0]));
    for (int i = 0; i < 10; ++i) {
        const int target = i % 2 == 0 ? 1 : 2;
        a.http.post(QStringLiteral("/api/v1/models/posted/rollback"), token, QByteArray::fromStdString(json{{"version", target}}.dump()));
        delays.push_back(delayUntilServed(b, target, token));
        std::printf("%-28s %8lld\n", qPrintable(QStringLiteral("rollback to version %1").arg(target)), static_cast<long long>(delays.back()));
    }
    std::sort(delays.begin(), delays.end());
    std::printf("%-28s %8lld\n%-28s %8lld\n", "median", static_cast<long long>(delays[delays.size() / 2]), "worst",
                static_cast<long long>(delays.back()));
    stopSite(a);
    stopSite(b);
    return delays.front() < 0 ? 1 : 0;
}
