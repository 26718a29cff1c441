// Delivery to real receivers on 127.0.0.1: an HTTP server in the test (webhook bodies, 500 then 200
// delivered once after a retry, a channel that keeps failing raising its own alert once) and Debian's
// aiosmtpd as the mail server (STARTTLS with a self-signed certificate and a login; plain SMTP).
#include "alert_delivery.h"
#include "alert_message.h"
#include "clock.h"
#include "delivery_log.h"
#include "engine_fixture.h"
#include "smtp_sink.h"
#include "webhook_receiver.h"
#include <QSignalSpy>

using namespace retrainer;
using namespace retrainer::test;
using json = nlohmann::json;

class TstAlertDelivery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    AlertChannel webhook(const QString& name, const QString& format = QStringLiteral("text"))
    {
        AlertChannel c;
        c.name = name;
        c.format = format;
        return c;
    }

    // Saves the channel with its address, the way every shell does.
    void addChannel(Engine& engine, const AlertChannel& channel, const ChannelSecrets& secrets)
    {
        QCOMPARE(errorOf(engine.saveAlertChannel(channel, secrets, QStringLiteral("tester"))), QString());
    }

    static RetryPolicy quickRetries(int attempts)
    {
        RetryPolicy p;
        p.attempts = attempts;
        p.firstPause = std::chrono::milliseconds(50);
        p.growth = 2;
        return p;
    }

private Q_SLOTS:
    void init() { recreateWorkspace(m_dir, m_ws); }
    void cleanup() { m_ws.reset(); }

    void webhookGetsChatTextAndFullJson()
    {
        WebhookReceiver chat, program;
        QVERIFY(chat.isListening() && program.isListening());
        SystemClock clock;
        Engine engine(*m_ws, clock);
        addChannel(engine, webhook(QStringLiteral("room")), {chat.url(), {}});
        addChannel(engine, webhook(QStringLiteral("program"), QStringLiteral("json")), {program.url(QStringLiteral("/in")), {}});
        QSignalSpy finished(&engine.delivery(), &AlertDelivery::deliveryFinished);
        engine.automation().raise(QStringLiteral("clinic"), QStringLiteral("critical"), QStringLiteral("run-failed"),
                                  QStringLiteral("Training failed: the source is missing."));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(chat.bodies().size(), 1);
        QCOMPARE(chat.paths().value(0), QByteArray("/hooks/secret-token"));
        const json text = json::parse(chat.bodies().first().toStdString());
        QCOMPARE(QString::fromStdString(text["text"].get<std::string>()), QStringLiteral("[critical] clinic: Training failed: the source is missing."));
        const json full = json::parse(program.bodies().first().toStdString());
        QVERIFY(full["model"] == json("clinic"));
        QVERIFY(full["kind"] == json("run-failed"));
        QVERIFY(full["severity"] == json("critical"));
        QVERIFY(full["id"].get<qint64>() > 0);
        const auto log = DeliveryLog(m_ws->store()).forAlert(full["id"].get<qint64>());
        QCOMPARE(log.size(), size_t(2));
        for (const auto& d : log) {
            QCOMPARE(d.state, QStringLiteral("sent"));
            QCOMPARE(d.attempts, 1);
        }
    }

    void channelFiltersKindsAndModels()
    {
        WebhookReceiver receiver;
        SystemClock clock;
        Engine engine(*m_ws, clock);
        AlertChannel c = webhook(QStringLiteral("failures"));
        c.kinds = {QStringLiteral("run-failed")};
        c.models = {QStringLiteral("clinic")};
        addChannel(engine, c, {receiver.url(), {}});
        QSignalSpy finished(&engine.delivery(), &AlertDelivery::deliveryFinished);
        engine.automation().raise(QStringLiteral("clinic"), QStringLiteral("warning"), QStringLiteral("drift"), QStringLiteral("drifted"));
        engine.automation().raise(QStringLiteral("depot"), QStringLiteral("critical"), QStringLiteral("run-failed"), QStringLiteral("depot failed"));
        engine.automation().raise(QStringLiteral("clinic"), QStringLiteral("critical"), QStringLiteral("run-failed"), QStringLiteral("clinic failed"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTest::qWait(300); // nothing else arrives
        QCOMPARE(receiver.bodies().size(), 1);
        QVERIFY(receiver.bodies().first().contains("clinic failed"));
    }

    void serverErrorThenSuccessDeliversOnce()
    {
        WebhookReceiver receiver({500});
        SystemClock clock;
        Engine engine(*m_ws, clock);
        engine.delivery().setRetryPolicy(quickRetries(4));
        addChannel(engine, webhook(QStringLiteral("flaky")), {receiver.url(), {}});
        QSignalSpy finished(&engine.delivery(), &AlertDelivery::deliveryFinished);
        engine.automation().raise(QStringLiteral("clinic"), QStringLiteral("critical"), QStringLiteral("run-failed"), QStringLiteral("once"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTest::qWait(300); // no further attempt follows the success
        QCOMPARE(receiver.answered(), (QList<int>{500, 200}));
        QCOMPARE(receiver.delivered(), 1);
        QCOMPARE(finished.first().at(2).toBool(), true);
        QCOMPARE(finished.first().at(3).toInt(), 2);
        const auto log = DeliveryLog(m_ws->store()).forAlert(finished.first().at(0).toLongLong());
        QCOMPARE(log.size(), size_t(1));
        QCOMPARE(log.front().state, QStringLiteral("sent"));
        QCOMPARE(log.front().attempts, 2);
        QVERIFY2(log.front().error.contains(QLatin1String("HTTP 500")), qPrintable(log.front().error)); // the retry's reason
    }

    void failingChannelRaisesOneAlertAndNotToItself()
    {
        WebhookReceiver broken(QList<int>(100, 503));
        WebhookReceiver healthy;
        SystemClock clock;
        Engine engine(*m_ws, clock);
        engine.delivery().setRetryPolicy(quickRetries(2));
        addChannel(engine, webhook(QStringLiteral("broken")), {broken.url(), {}});
        addChannel(engine, webhook(QStringLiteral("healthy"), QStringLiteral("json")), {healthy.url(), {}});
        QSignalSpy failing(&engine.delivery(), &AlertDelivery::channelFailing);
        QSignalSpy finished(&engine.delivery(), &AlertDelivery::deliveryFinished);
        for (int i = 0; i < 4; ++i) {
            engine.automation().raise(QStringLiteral("clinic"), QStringLiteral("critical"), QStringLiteral("run-failed"),
                                      QStringLiteral("failure %1").arg(i));
            QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2 * (i + 1), 20000);
        }
        // The third failed delivery in a row raised the alert (once); the fourth did not raise another.
        QTRY_COMPARE_WITH_TIMEOUT(failing.size(), 1, 20000);
        QCOMPARE(failing.first().at(0).toString(), QStringLiteral("broken"));
        QCOMPARE(failing.first().at(1).toInt(), 3);
        const auto alerts = AlertLog(m_ws->store()).alerts();
        const auto aboutChannel = std::count_if(alerts.begin(), alerts.end(), [](const AlertRecord& a) {
            return a.kind == QLatin1String("channel-failing");
        });
        QCOMPARE(aboutChannel, 1);
        // The healthy channel got the four alerts and the one about "broken"; "broken" saw only its 4 x 2 attempts.
        QTRY_COMPARE_WITH_TIMEOUT(healthy.bodies().size(), 5, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 9, 20000);
        QTest::qWait(300);
        QCOMPARE(broken.bodies().size(), 8);
        bool told = false;
        for (const auto& body : healthy.bodies())
            told = told || (body.contains("channel-failing") && body.contains("'broken'"));
        QVERIFY(told);
        const auto log = DeliveryLog(m_ws->store()).forAlert(alerts.back().id); // the first alert
        QCOMPARE(log.size(), size_t(2));
        for (const auto& d : log) {
            if (d.channel == QLatin1String("broken")) {
                QCOMPARE(d.state, QStringLiteral("failed"));
                QCOMPARE(d.attempts, 2);
                QVERIFY2(d.error.contains(QLatin1String("HTTP 503")), qPrintable(d.error));
            } else {
                QCOMPARE(d.state, QStringLiteral("sent"));
            }
        }
        QCOMPARE(DeliveryLog(m_ws->store()).failuresInARow(QStringLiteral("broken")), 4);
    }

    void closingEndsDeliveriesFailed()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = silent.nextPendingConnection())
                held << s;
        });
        qint64 alertId = 0;
        {
            SystemClock clock;
            Engine engine(*m_ws, clock);
            addChannel(engine, webhook(QStringLiteral("silent")), {QStringLiteral("http://127.0.0.1:%1/x").arg(silent.serverPort()), {}});
            engine.automation().raise(QStringLiteral("clinic"), QStringLiteral("critical"), QStringLiteral("run-failed"), QStringLiteral("closing"));
            alertId = AlertLog(m_ws->store()).alerts().front().id;
            QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 10000);
            QTest::qWait(100);
        } // the engine closes with the request in flight
        const auto log = DeliveryLog(m_ws->store()).forAlert(alertId);
        QCOMPARE(log.size(), size_t(1));
        QCOMPARE(log.front().state, QStringLiteral("failed"));
        QVERIFY2(log.front().error.startsWith(QLatin1String("Retrainer closed before it was delivered")), qPrintable(log.front().error));
    }

    void startEndsDeliveriesLeftSending()
    {
        const qint64 left = DeliveryLog(m_ws->store()).begin(41, QStringLiteral("room")); // as after kill -9
        SystemClock clock;
        Engine engine(*m_ws, clock);
        QCoro::waitFor(engine.start());
        const auto log = DeliveryLog(m_ws->store()).forAlert(41);
        QCOMPARE(log.size(), size_t(1));
        QCOMPARE(log.front().id, left);
        QCOMPARE(log.front().state, QStringLiteral("failed"));
        QCOMPARE(log.front().error, QStringLiteral("Retrainer stopped before it was delivered"));
    }

    void unreachableReceiverIsAPlainReason()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        SystemClock clock;
        Engine engine(*m_ws, clock);
        addChannel(engine, webhook(QStringLiteral("nowhere")), {QStringLiteral("http://127.0.0.1:%1/x").arg(closedPort), {}});
        const DeliveryAttempt result = QCoro::waitFor(engine.testAlertChannel(QStringLiteral("nowhere"), QStringLiteral("tester")));
        QVERIFY(!result.sent);
        QVERIFY2(result.error.startsWith(QLatin1String("could not reach 127.0.0.1:")), qPrintable(result.error));
        QCOMPARE(errorOf(engine.testAlertChannel(QStringLiteral("elsewhere"), QStringLiteral("tester"))),
                 QStringLiteral("no alert channel named 'elsewhere' (channels: nowhere)"));
        QCOMPARE(errorOf(engine.saveAlertChannel(webhook(QStringLiteral("no-address")), {}, QStringLiteral("tester"))),
                 QStringLiteral("channel 'no-address' needs a webhook address starting with http:// or https://"));
    }

    void emailWithStartTlsAndLogin()
    {
        SmtpSink sink({true, QStringLiteral("robot"), QStringLiteral("s3cret")});
        const QString problem = sink.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        SystemClock clock;
        Engine engine(*m_ws, clock);
        AlertChannel mail;
        mail.name = QStringLiteral("mail");
        mail.type = AlertChannel::Type::Email;
        mail.smtpHost = QStringLiteral("127.0.0.1");
        mail.smtpPort = sink.port();
        mail.startTls = true;
        mail.caFile = sink.certPath(); // trust the test's self-signed certificate, and only it
        mail.smtpUser = QStringLiteral("robot");
        mail.from = QStringLiteral("retrainer@clinic.example");
        mail.to = {QStringLiteral("admin@clinic.example"), QStringLiteral("night@clinic.example")};
        addChannel(engine, mail, {{}, QStringLiteral("wrong")});
        // A wrong password is refused by the server, with the reason.
        const DeliveryAttempt refused = QCoro::waitFor(engine.testAlertChannel(QStringLiteral("mail"), QStringLiteral("tester")));
        QVERIFY(!refused.sent);
        QVERIFY2(refused.error.contains(QLatin1String("127.0.0.1")), qPrintable(refused.error));
        QCOMPARE(sink.messages().size(), size_t(0));
        addChannel(engine, mail, {{}, QStringLiteral("s3cret")});
        QSignalSpy finished(&engine.delivery(), &AlertDelivery::deliveryFinished);
        engine.automation().raise(QStringLiteral("clinic"), QStringLiteral("critical"), QStringLiteral("performance"),
                                  QStringLiteral("Accuracy is 0.61, below 0.70, after 3 retrainings."));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(2).toBool(), true);
        const auto messages = sink.messages();
        QCOMPARE(messages.size(), size_t(1));
        const json& m = messages.front();
        QVERIFY(m["tls"] == json(true));
        QVERIFY(m["authenticated"] == json(true));
        QVERIFY(m["from"] == json("retrainer@clinic.example"));
        QVERIFY(m["to"] == json(json({"admin@clinic.example", "night@clinic.example"})));
        const QString data = QString::fromStdString(m["data"].get<std::string>());
        const QString subject = QStringLiteral("[critical] clinic: Accuracy is 0.61, below 0.70, after 3 retrainings.");
        QVERIFY2(data.contains(QStringLiteral("Subject: =?UTF-8?B?") + QString::fromLatin1(subject.toUtf8().toBase64())), qPrintable(data));
        QVERIFY(data.contains(QStringLiteral("Accuracy is 0.61, below 0.70, after 3 retrainings.")));
        QVERIFY(data.contains(QStringLiteral("Kind: performance")));
    }

    void plainEmailAndStartTlsRefusedWithoutIt()
    {
        SmtpSink sink({false, {}, {}});
        const QString problem = sink.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        AlertChannel mail;
        mail.name = QStringLiteral("plain");
        mail.type = AlertChannel::Type::Email;
        mail.smtpHost = QStringLiteral("127.0.0.1");
        mail.smtpPort = sink.port();
        mail.from = QStringLiteral("r@example.org");
        mail.to = {QStringLiteral("a@example.org")};
        // STARTTLS required (the default) but the server offers none: refused, nothing sent in the clear.
        const DeliveryAttempt refused = sendThroughChannel(mail, {}, testAlert(mail.name));
        QVERIFY(!refused.sent);
        QCOMPARE(sink.messages().size(), size_t(0));
        mail.startTls = false;
        const DeliveryAttempt sent = sendThroughChannel(mail, {}, testAlert(mail.name));
        QVERIFY2(sent.sent, qPrintable(sent.error));
        const auto messages = sink.messages();
        QCOMPARE(messages.size(), size_t(1));
        QVERIFY(QString::fromStdString(messages.front()["data"].get<std::string>()).contains(QStringLiteral("channel 'plain' reaches you")));
        QVERIFY(messages.front()["tls"] == json(false));
    }
};

QTEST_GUILESS_MAIN(TstAlertDelivery)
#include "tst_alert_delivery.moc"
