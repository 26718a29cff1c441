// `retrainer store migrate --to postgresql://…`: an SQLite workspace with versions, runs, samples, audit
// entries and a token moves to the test cluster; the migrated workspace lists the same versions with
// verified checksums and the same runs, and a second migration into the same database is refused. Real
// binary, real SQLite file, the test cluster (RETRAINER_TEST_PG).
#include "fixture_data.h"
#include "pg_test_database.h"
#include "store.h"
#include <QSqlQuery>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QFloat16> // QCOMPARE of two JSON values: QTest's qfloat16 overload needs the complete type
#include <QTest>
#include <nlohmann/json.hpp>

using json = nlohmann::json;

class TestPgMigrate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PgTestDatabase m_database;

    struct Result
    {
        int exit = -1;
        QString out;
    };
    Result run(const QString& workspace, QStringList args)
    {
        QProcess p;
        p.start(QStringLiteral(RETRAINER_BINARY), QStringList{QStringLiteral("--workspace"), workspace} + args);
        if (!p.waitForFinished(120000))
            p.kill();
        p.waitForFinished();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    }
    json runJson(const QString& workspace, QStringList args)
    {
        const Result r = run(workspace, args << QStringLiteral("--json"));
        return r.exit == 0 ? json::parse(r.out.toStdString(), nullptr, false) : json();
    }

private Q_SLOTS:
    void migratedWorkspaceKeepsVersionsRunsAndSamples()
    {
        QVERIFY2(m_database.error().isEmpty(), qPrintable(m_database.error()));
        const QString ws = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(run(ws, {QStringLiteral("init")}).exit, 0);
        QVERIFY(retrainer::test::writeFile(ws + QStringLiteral("/data.csv"), retrainer::test::regressionCsv(300)));
        QCOMPARE(run(ws, {QStringLiteral("model"), QStringLiteral("add"), QStringLiteral("waiting"), QStringLiteral("--source"),
                          QStringLiteral("csv:data.csv"), QStringLiteral("--task"), QStringLiteral("regression"),
                          QStringLiteral("--label"), QStringLiteral("y"), QStringLiteral("--timestamp"), QStringLiteral("when")}).exit, 0);
        QCOMPARE(run(ws, {QStringLiteral("model"), QStringLiteral("add"), QStringLiteral("posted"), QStringLiteral("--source"),
                          QStringLiteral("store:"), QStringLiteral("--task"), QStringLiteral("regression"), QStringLiteral("--label"),
                          QStringLiteral("y"), QStringLiteral("--features"), QStringLiteral("x1,x2,colour")}).exit, 0);
        QVERIFY(retrainer::test::writeFile(m_dir.filePath(QStringLiteral("rows.csv")), retrainer::test::regressionCsv(40)));
        QCOMPARE(run(ws, {QStringLiteral("import"), QStringLiteral("posted"), m_dir.filePath(QStringLiteral("rows.csv"))}).exit, 0);
        QCOMPARE(run(ws, {QStringLiteral("train"), QStringLiteral("waiting")}).exit, 0);
        // A second version when the gate takes it (more runs either way), and version 1 back in service.
        run(ws, {QStringLiteral("train"), QStringLiteral("waiting"), QStringLiteral("--force")});
        run(ws, {QStringLiteral("rollback"), QStringLiteral("waiting"), QStringLiteral("1")});
        QCOMPARE(run(ws, {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("wallboard"), QStringLiteral("--role"),
                          QStringLiteral("viewer")}).exit, 0);

        // Settings changed after the model was added, and an outside alert channel (its address is a secret).
        QCOMPARE(run(ws, {QStringLiteral("trigger"), QStringLiteral("waiting"), QStringLiteral("performance"),
                          QStringLiteral("--threshold"), QStringLiteral("0.6")}).exit, 0);
        const Result channel = run(ws, {QStringLiteral("alerts"), QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("ops-room"),
                                        QStringLiteral("--webhook"), QStringLiteral("http://127.0.0.1:9/secret-hook")});
        QVERIFY2(channel.exit == 0, qPrintable(channel.out));
        const json versionsBefore = runJson(ws, {QStringLiteral("versions"), QStringLiteral("waiting")});
        const json historyBefore = runJson(ws, {QStringLiteral("history"), QStringLiteral("waiting")});
        const json auditBefore = runJson(ws, {QStringLiteral("audit")});
        QVERIFY(versionsBefore.is_array() && !versionsBefore.empty());
        QVERIFY(historyBefore.is_array() && historyBefore.size() >= 2);

        const Result migrated = run(ws, {QStringLiteral("store"), QStringLiteral("migrate"), QStringLiteral("--to"), m_database.url()});
        QVERIFY2(migrated.exit == 0, qPrintable(migrated.out));
        qInfo("%s", qPrintable(migrated.out.trimmed()));
        QVERIFY2(migrated.out.contains(QStringLiteral("%1 versions").arg(versionsBefore.size(), 8)), qPrintable(migrated.out));
        QVERIFY2(migrated.out.contains(QStringLiteral("%1 samples").arg(40, 8)), qPrintable(migrated.out));
        QVERIFY2(migrated.out.contains(QStringLiteral("%1 model files").arg(versionsBefore.size(), 8)), qPrintable(migrated.out));
        QVERIFY2(migrated.out.contains(QStringLiteral("%1 API tokens").arg(1, 8)), qPrintable(migrated.out));

        // The workspace now reads PostgreSQL: same versions (checksums verified from the database), runs, audit.
        QFile config(ws + QStringLiteral("/workspace.json"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray configText = config.readAll();
        QVERIFY(configText.contains(m_database.url().toUtf8()));
        // The models and the channel moved into the store: workspace.json keeps this machine's settings only.
        QVERIFY2(migrated.out.contains(QStringLiteral("%1 models' settings").arg(2, 8)), qPrintable(migrated.out));
        QVERIFY2(migrated.out.contains(QStringLiteral("%1 alert channels").arg(1, 8)), qPrintable(migrated.out));
        QVERIFY2(!configText.contains("waiting") && !configText.contains("ops-room"), configText.constData());
        const json modelsAfter = runJson(ws, {QStringLiteral("model"), QStringLiteral("list")});
        QVERIFY2(modelsAfter.is_array() && modelsAfter.size() == 2, modelsAfter.dump().c_str());
        QCOMPARE(modelsAfter[0]["triggers"]["performance"].value("threshold", -1.0), 0.6);
        // A second machine joining the store has the same models and channel, with nothing copied by hand;
        // the webhook's address stays out of the database (in the first machine's secrets.json).
        const QString second = m_dir.filePath(QStringLiteral("second-machine"));
        QCOMPARE(run(second, {QStringLiteral("init"), QStringLiteral("--store"), m_database.url()}).exit, 0);
        QCOMPARE(runJson(second, {QStringLiteral("model"), QStringLiteral("list")}), modelsAfter);
        QVERIFY(run(second, {QStringLiteral("alerts"), QStringLiteral("channel"), QStringLiteral("list")}).out.contains(QLatin1String("ops-room")));
        {
            retrainer::Store store(m_database.url());
            QSqlQuery q(store.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM alert_channels WHERE settings LIKE '%secret-hook%'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM alert_channels")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        const json versionsAfter = runJson(ws, {QStringLiteral("versions"), QStringLiteral("waiting")});
        QCOMPARE(versionsAfter.size(), versionsBefore.size());
        for (size_t i = 0; i < versionsAfter.size(); ++i) {
            QCOMPARE(versionsAfter[i]["version"], versionsBefore[i]["version"]);
            QCOMPARE(versionsAfter[i]["sha256"], versionsBefore[i]["sha256"]);
            QCOMPARE(versionsAfter[i]["active"], versionsBefore[i]["active"]);
            QVERIFY2(versionsAfter[i].value("checksum_ok", false), versionsAfter[i].dump().c_str());
        }
        QCOMPARE(runJson(ws, {QStringLiteral("history"), QStringLiteral("waiting")}), historyBefore);
        QVERIFY(runJson(ws, {QStringLiteral("audit")}).size() >= auditBefore.size()); // the migration itself may add one
        QVERIFY(run(ws, {QStringLiteral("token"), QStringLiteral("list")}).out.contains(QLatin1String("wallboard")));
        // Training continues in PostgreSQL: the next run gets the next number, the next version too.
        const Result trained = run(ws, {QStringLiteral("train"), QStringLiteral("posted")});
        QVERIFY2(trained.exit == 0, qPrintable(trained.out));
        const json postedHistory = runJson(ws, {QStringLiteral("history"), QStringLiteral("posted")});
        QVERIFY(postedHistory[0]["id"].get<qint64>() > historyBefore[0]["id"].get<qint64>());

        // A second workspace cannot be poured into the same database.
        const QString other = m_dir.filePath(QStringLiteral("other"));
        QCOMPARE(run(other, {QStringLiteral("init")}).exit, 0);
        QCOMPARE(run(other, {QStringLiteral("model"), QStringLiteral("add"), QStringLiteral("waiting"), QStringLiteral("--source"),
                             QStringLiteral("csv:") + ws + QStringLiteral("/data.csv"), QStringLiteral("--task"), QStringLiteral("regression"),
                             QStringLiteral("--label"), QStringLiteral("y")}).exit, 0);
        QCOMPARE(run(other, {QStringLiteral("train"), QStringLiteral("waiting")}).exit, 0);
        const Result refused = run(other, {QStringLiteral("store"), QStringLiteral("migrate"), QStringLiteral("--to"), m_database.url()});
        QCOMPARE(refused.exit, 1);
        QVERIFY2(refused.out.contains(QLatin1String("already holds")), qPrintable(refused.out));
    }
};

QTEST_GUILESS_MAIN(TestPgMigrate)
#include "tst_pg_migrate.moc"
