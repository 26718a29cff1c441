// Outside alert channels through the real binary: `alerts channel add|list|test|remove` and
// `alerts deliveries`, a webhook receiver in this test on 127.0.0.1, and the headless daemon (no Widgets)
// delivering an alert it raised itself.
#include "../alerts/webhook_receiver.h"
#include "cli_process.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using retrainer::test::WebhookReceiver;

class TestCliAlerts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    using Result = retrainer::test::CliResult;
    // Runs the binary while this test's event loop keeps serving the receiver.
    Result cli(const QStringList& args) { return retrainer::test::runCli(m_ws, args); }

    QByteArray readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(cli({QStringLiteral("init")}).exit, 0);
    }

    void channelsThroughTheCommandLine()
    {
        WebhookReceiver receiver;
        Result added = cli({QStringLiteral("alerts"), QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("ops"),
                            QStringLiteral("--webhook"), receiver.url(), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(added.exit == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QStringLiteral("Alert channel 'ops' saved")));
        QVERIFY(!readFile(m_ws + QStringLiteral("/workspace.json")).contains("secret-token"));
        QVERIFY(readFile(m_ws + QStringLiteral("/secrets.json")).contains("secret-token"));
        const auto mode = QFile::permissions(m_ws + QStringLiteral("/secrets.json"));
        QVERIFY(!(mode & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)));

        const Result listed = cli({QStringLiteral("alerts"), QStringLiteral("channel"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exit, 0);
        QCOMPARE(listed.json().array().size(), 1);
        QCOMPARE(listed.json().array().first().toObject().value(QStringLiteral("format")).toString(), QStringLiteral("json"));

        const Result tested = cli({QStringLiteral("alerts"), QStringLiteral("channel"), QStringLiteral("test"), QStringLiteral("ops")});
        QVERIFY2(tested.exit == 0, qPrintable(tested.err));
        QCOMPARE(receiver.bodies().size(), 1);
        QCOMPARE(QJsonDocument::fromJson(receiver.bodies().first()).object().value(QStringLiteral("kind")).toString(), QStringLiteral("test"));

        const Result bad = cli({QStringLiteral("alerts"), QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("x"),
                                QStringLiteral("--webhook"), QStringLiteral("ftp://example.org")});
        QCOMPARE(bad.exit, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("needs a webhook address starting with http://")), qPrintable(bad.err));
        const Result unknownKind = cli({QStringLiteral("alerts"), QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("x"),
                                        QStringLiteral("--webhook"), receiver.url(), QStringLiteral("--kinds"), QStringLiteral("fire")});
        QCOMPARE(unknownKind.exit, 2);
        QVERIFY(unknownKind.err.contains(QStringLiteral("unknown alert kind 'fire'")));
    }

    void theDaemonDeliversItsAlerts()
    {
        WebhookReceiver receiver;
        QVERIFY(cli({QStringLiteral("alerts"), QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("ops"),
                     QStringLiteral("--webhook"), receiver.url(), QStringLiteral("--format"), QStringLiteral("json")})
                    .exit == 0);
        // A model whose source file is missing: the daemon raises "source-unreadable" when it starts.
        QFile config(m_ws + QStringLiteral("/workspace.json"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(config.readAll()).object();
        config.close();
        root.insert(QStringLiteral("models"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("clinic")},
                                           {QStringLiteral("task"), QStringLiteral("regression")},
                                           {QStringLiteral("source"), QStringLiteral("csv:") + m_dir.filePath(QStringLiteral("gone.csv"))},
                                           {QStringLiteral("label"), QStringLiteral("y")}}});
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(QJsonDocument(root).toJson());
        config.close();

        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        daemon.start(QStringLiteral(RETRAINER_BINARY), {QStringLiteral("--workspace"), m_ws, QStringLiteral("--headless")});
        QVERIFY(daemon.waitForStarted());
        const bool delivered = QTest::qWaitFor([&] {
            for (const auto& body : receiver.bodies())
                if (body.contains("source-unreadable"))
                    return true;
            return false;
        }, 30000);
        const QJsonObject alert = QJsonDocument::fromJson(receiver.bodies().value(receiver.bodies().size() - 1)).object();
        // Recorded by the daemon once the receiver's answer is in (asked through the daemon while it runs).
        QJsonArray records;
        const bool recorded = QTest::qWaitFor([&] {
            const Result deliveries = cli({QStringLiteral("alerts"), QStringLiteral("deliveries"),
                                           QString::number(alert.value(QStringLiteral("id")).toInteger()), QStringLiteral("--json")});
            records = deliveries.json().array();
            return !records.isEmpty() && records.first().toObject().value(QStringLiteral("state")).toString() != QLatin1String("sending");
        }, 20000);
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(20000));
        QVERIFY2(delivered, daemon.readAll().constData());
        QVERIFY(recorded);
        QCOMPARE(alert.value(QStringLiteral("model")).toString(), QStringLiteral("clinic"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(records.first().toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("ops"));

        QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("channel"), QStringLiteral("remove"), QStringLiteral("ops")}).exit, 0);
        QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("channel"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 0);
        QVERIFY(!readFile(m_ws + QStringLiteral("/secrets.json")).contains("secret-token"));
    }
};

QTEST_GUILESS_MAIN(TestCliAlerts)
#include "tst_cli_alerts.moc"
