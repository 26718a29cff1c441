// New rows of a PostgreSQL table noticed by the real headless daemon: at once through the trigger it adds when
// the source's user may (the poll set to an hour), by the count poll when the user may only read the table.
#include "cli_process.h"
#include "error.h"
#include "pg_test_database.h"
#include "postgres_url.h"
#include "source.h"
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace retrainer;

namespace {

// Rows of a learnable regression: y follows x1 and x2, with a little noise.
QString insertRows(const QString& table, int from, int count)
{
    return QStringLiteral("INSERT INTO %1 (x1, x2, y) SELECT g % 17, g % 5, 3 * (g % 17) - 2 * (g % 5) + random() "
                          "FROM generate_series(%2, %3) g")
        .arg(table)
        .arg(from)
        .arg(from + count - 1);
}

} // namespace

class TestPgSourceNotify : public QObject
{
    Q_OBJECT

    PgTestDatabase m_database;
    QTemporaryDir m_dir;
    QString m_reader; // a role that may only read 'parcels'

    static test::CliResult cli(const QString& ws, const QStringList& args) { return test::runCli(ws, args); }

    static QString logOf(const QString& ws)
    {
        QFile log(ws + QStringLiteral("/retrainer.log"));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }

    // A workspace with one trained model on `table` that retrains when 10 new rows arrive.
    bool setUpWorkspace(const QString& ws, const QString& sourceUrl, const QString& table)
    {
        const QString model = QStringLiteral("deliveries");
        const QStringList steps[] = {
            {QStringLiteral("init")},
            {QStringLiteral("model"), QStringLiteral("add"), model, QStringLiteral("--source"), sourceUrl + QStringLiteral("?table=") + table,
             QStringLiteral("--task"), QStringLiteral("regression"), QStringLiteral("--label"), QStringLiteral("y")},
            {QStringLiteral("train"), model},
            {QStringLiteral("trigger"), model, QStringLiteral("data"), QStringLiteral("--min-new"), QStringLiteral("10"),
             QStringLiteral("--window"), QStringLiteral("24h"), QStringLiteral("--cooldown"), QStringLiteral("1s")},
        };
        for (const QStringList& step : steps) {
            const test::CliResult r = cli(ws, step);
            if (r.exit != 0) {
                qWarning("retrainer %s: %s%s", qPrintable(step.join(QLatin1Char(' '))), qPrintable(r.out), qPrintable(r.err));
                return false;
            }
        }
        return true;
    }

    bool startDaemon(QProcess& daemon, const QString& ws, int pollSecs)
    {
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        daemon.start(QStringLiteral(RETRAINER_BINARY), {QStringLiteral("--workspace"), ws, QStringLiteral("--headless"),
                                                        QStringLiteral("--source-poll"), QString::number(pollSecs)});
        return daemon.waitForStarted();
    }

    // Stops the daemon when the test ends, however it ends.
    struct Stopping
    {
        QProcess& daemon;
        ~Stopping()
        {
            if (daemon.state() == QProcess::NotRunning)
                return;
            ::kill(pid_t(daemon.processId()), SIGTERM);
            daemon.waitForFinished(30000);
        }
    };

    bool dataRunIn(const QString& ws)
    {
        return cli(ws, {QStringLiteral("history"), QStringLiteral("deliveries")}).out.contains(QStringLiteral("data"));
    }

    qint64 triggersOn(const QString& table)
    {
        return countPostgresRows(m_database.url(), QString(),
                                 QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgrelid = '%1'::regclass AND NOT tgisinternal").arg(table));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_database.error().isEmpty(), qPrintable(m_database.error()));
        m_reader = QStringLiteral("rt_reader_%1").arg(QCoreApplication::applicationPid());
        const QString problem = PgTestDatabase::run(
            m_database.url(),
            {QStringLiteral("CREATE TABLE deliveries (x1 INTEGER, x2 INTEGER, y DOUBLE PRECISION)"), insertRows(QStringLiteral("deliveries"), 1, 120),
             QStringLiteral("CREATE TABLE parcels (x1 INTEGER, x2 INTEGER, y DOUBLE PRECISION)"), insertRows(QStringLiteral("parcels"), 1, 120),
             QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_reader), QStringLiteral("GRANT SELECT ON parcels TO %1").arg(m_reader)});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase()
    {
        PgTestDatabase::run(m_database.url(), {QStringLiteral("DROP OWNED BY %1").arg(m_reader), QStringLiteral("DROP ROLE %1").arg(m_reader)});
    }

    void aTableItsUserOwnsAnnouncesNewRowsAtOnce()
    {
        const QString ws = m_dir.filePath(QStringLiteral("owner"));
        QVERIFY(setUpWorkspace(ws, m_database.url(), QStringLiteral("deliveries")));
        QProcess daemon;
        QVERIFY(startDaemon(daemon, ws, 3600)); // the poll would not come within this test
        const Stopping stopping{daemon};
        QTRY_VERIFY_WITH_TIMEOUT(logOf(ws).contains(QStringLiteral("new rows in public.deliveries are noticed as soon as they are added")),
                                 30000);
        QCOMPARE(triggersOn(QStringLiteral("deliveries")), qint64(1));
        QVERIFY(!dataRunIn(ws));
        const QString problem = PgTestDatabase::run(m_database.url(), {insertRows(QStringLiteral("deliveries"), 121, 15)});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_VERIFY_WITH_TIMEOUT(dataRunIn(ws), 30000);
    }

    void aTableItsUserMayOnlyReadIsPolled()
    {
        PostgresUrl readerUrl = PostgresUrl::parse(m_database.url());
        readerUrl.user = m_reader;
        const QString ws = m_dir.filePath(QStringLiteral("reader"));
        QVERIFY(setUpWorkspace(ws, readerUrl.toString(), QStringLiteral("parcels")));
        QProcess daemon;
        QVERIFY(startDaemon(daemon, ws, 2));
        const Stopping stopping{daemon};
        QTRY_VERIFY_WITH_TIMEOUT(logOf(ws).contains(QStringLiteral("new rows in public.parcels are counted every 2 seconds: the database "
                                                                   "user may not add a trigger to the table")),
                                 30000);
        QCOMPARE(triggersOn(QStringLiteral("parcels")), qint64(0));
        const QString problem = PgTestDatabase::run(m_database.url(), {insertRows(QStringLiteral("parcels"), 121, 15)});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_VERIFY_WITH_TIMEOUT(dataRunIn(ws), 30000);
    }
};

QTEST_GUILESS_MAIN(TestPgSourceNotify)
#include "tst_pg_source_notify.moc"
