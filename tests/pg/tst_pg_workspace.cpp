// A workspace whose store is a PostgreSQL database, driven through the real binary as an administrator
// would: init --store, model add, train, and a second workspace folder (a second machine) on the same
// database seeing the same versions. Runs against the test cluster (RETRAINER_TEST_PG); fails without it.
#include "fixture_data.h"
#include "pg_test_database.h"
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPgWorkspace : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exit = -1;
        QString out, err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    static Result cli(const QString& workspace, QStringList args)
    {
        QProcess p;
        args.prepend(workspace);
        args.prepend(QStringLiteral("--workspace"));
        p.start(QStringLiteral(RETRAINER_BINARY), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QJsonObject settingsOf(const QString& workspace)
    {
        QFile file(workspace + QStringLiteral("/workspace.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("settings")).toObject();
    }

private Q_SLOTS:
    // Refused addresses leave no workspace.json naming them.
    void badAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("a password in the address") << QStringLiteral("postgresql://clinic:s3cret@db.example:5432/retrainer")
                                                   << QStringLiteral("contains a password; remove it and give the password in ~/.pgpass");
        QTest::newRow("nothing listens there") << QStringLiteral("postgresql://retrainer@127.0.0.1:1/retrainer")
                                               << QStringLiteral("cannot open store postgresql://retrainer@127.0.0.1:1/retrainer");
    }
    void badAddressesAreRefused()
    {
        QFETCH(QString, address);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws"));
        const auto init = cli(ws, {QStringLiteral("init"), QStringLiteral("--store"), address});
        QVERIFY(init.exit != 0);
        QVERIFY2(init.err.contains(messagePart), qPrintable(init.err));
        QVERIFY(!QFile::exists(ws + QStringLiteral("/workspace.json")));
    }

    void twoWorkspacesShareOneDatabase()
    {
        PgTestDatabase database;
        QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("site-a")), b = dir.filePath(QStringLiteral("site-b"));
        const QString csv = dir.filePath(QStringLiteral("rows.csv"));
        QVERIFY(retrainer::test::writeFile(csv, retrainer::test::regressionCsv(300, 5)));

        const auto init = cli(a, {QStringLiteral("init"), QStringLiteral("--store"), database.url()});
        QVERIFY2(init.exit == 0, qPrintable(init.err));
        QVERIFY2(init.out.contains(QStringLiteral("shared PostgreSQL database")), qPrintable(init.out));
        QCOMPARE(settingsOf(a).value(QStringLiteral("store")).toString(), database.url());
        QVERIFY(!QFile::exists(a + QStringLiteral("/retrainer.sqlite")));

        const auto add = cli(a, {QStringLiteral("model"), QStringLiteral("add"), QStringLiteral("delay"), QStringLiteral("--source"),
                                 QStringLiteral("csv:") + csv, QStringLiteral("--task"), QStringLiteral("regression"),
                                 QStringLiteral("--label"), QStringLiteral("y"), QStringLiteral("--timestamp"),
                                 QStringLiteral("when"), QStringLiteral("--algorithm"), QStringLiteral("linear")});
        QVERIFY2(add.exit == 0, qPrintable(add.err));
        const auto train = cli(a, {QStringLiteral("train"), QStringLiteral("delay"), QStringLiteral("--json")});
        QVERIFY2(train.exit == 0, qPrintable(train.err + train.out));
        QCOMPARE(train.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("promoted"));
        // The artifact lives in the database: nothing under models/.
        QVERIFY(QDir(a + QStringLiteral("/models")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

        // A second machine: the same workspace.json in another folder, the same database.
        QVERIFY(QDir().mkpath(b));
        QVERIFY(QFile::copy(a + QStringLiteral("/workspace.json"), b + QStringLiteral("/workspace.json")));
        const auto versions = cli(b, {QStringLiteral("versions"), QStringLiteral("delay"), QStringLiteral("--json")});
        QVERIFY2(versions.exit == 0, qPrintable(versions.err));
        const QJsonArray list = versions.json().array();
        QCOMPARE(list.size(), 1);
        const QJsonObject v1 = list.first().toObject();
        QVERIFY(v1.value(QStringLiteral("active")).toBool());
        QCOMPARE(v1.value(QStringLiteral("sha256")).toString().size(), 64);
        const auto history = cli(b, {QStringLiteral("history"), QStringLiteral("delay"), QStringLiteral("--json")});
        QVERIFY2(history.exit == 0, qPrintable(history.err));
        QVERIFY2(history.out.contains(QStringLiteral("promoted")), qPrintable(history.out));

        // B trains too (the gate compares with the version A promoted); A sees B's run in the shared history,
        // and B rolls back to version 1, verified from the bytes in the database.
        const auto again = cli(b, {QStringLiteral("train"), QStringLiteral("delay"), QStringLiteral("--force"), QStringLiteral("--json")});
        QVERIFY2(again.exit == 0, qPrintable(again.err + again.out));
        const qint64 bRun = again.json().object().value(QStringLiteral("id")).toInteger();
        const auto seen = cli(a, {QStringLiteral("history"), QStringLiteral("delay"), QStringLiteral("--json")}).json().array();
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.first().toObject().value(QStringLiteral("id")).toInteger(), bRun);
        const auto verified = cli(b, {QStringLiteral("rollback"), QStringLiteral("delay"), QStringLiteral("1")});
        QVERIFY2(verified.err.contains(QStringLiteral("already in service")) || verified.exit == 0,
                 qPrintable(verified.err + verified.out));

        // init again with the same address is fine; with another one it is refused and nothing changes.
        QCOMPARE(cli(a, {QStringLiteral("init"), QStringLiteral("--store"), database.url()}).exit, 0);
        const auto other = cli(a, {QStringLiteral("init"), QStringLiteral("--store"),
                                   QStringLiteral("postgresql://retrainer@127.0.0.1:1/elsewhere")});
        QVERIFY(other.exit != 0);
        QVERIFY2(other.err.contains(QStringLiteral("already keeps its store")), qPrintable(other.err));
        QCOMPARE(settingsOf(a).value(QStringLiteral("store")).toString(), database.url());
    }
};

QTEST_GUILESS_MAIN(TestPgWorkspace)
#include "tst_pg_workspace.moc"
