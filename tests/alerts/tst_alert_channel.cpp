// Alert channel settings: checks with clear errors, which alerts a channel wants, the secrets file (0600,
// the environment wins) and workspace.json keeping no secret; the webhook and e-mail bodies.
#include "alert_channel.h"
#include "alert_message.h"
#include "channel_secrets.h"
#include "error.h"
#include "workspace.h"
#include <QFile>
#include <QTemporaryDir>
#include <QFloat16> // QCOMPARE of two JSON values: QTest's qfloat16 overload needs the complete type
#include <QTest>

using namespace retrainer;
using json = nlohmann::json;

class TstAlertChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badSettingsNameTheProblem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad name") << R"({"name": "a b", "type": "webhook"})" << "a channel name uses";
        QTest::newRow("bad type") << R"({"name": "x", "type": "pigeon"})" << "\"type\" is \"webhook\" or \"email\", not 'pigeon'";
        QTest::newRow("bad format") << R"({"name": "x", "format": "xml"})" << "the format is \"text\"";
        QTest::newRow("no host") << R"({"name": "m", "type": "email", "from": "a@b", "to": ["c@d"]})" << "SMTP host) is missing";
        QTest::newRow("no recipient") << R"({"name": "m", "type": "email", "smtp_host": "h", "from": "a@b"})" << "at least one recipient";
        QTest::newRow("bad recipient") << R"({"name": "m", "type": "email", "smtp_host": "h", "from": "a@b", "to": ["nobody"]})"
                                       << "the recipient 'nobody' is not an e-mail address";
        QTest::newRow("bad port") << R"({"name": "m", "type": "email", "smtp_host": "h", "smtp_port": "25", "from": "a@b", "to": ["c@d"]})"
                                  << "\"smtp_port\" must be a whole number";
        QTest::newRow("kinds not a list") << R"({"name": "x", "kinds": "drift"})" << "\"kinds\" must be a list";
    }
    void badSettingsNameTheProblem()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString message;
        try {
            AlertChannel::fromJson(json::parse(text.toStdString()));
        } catch (const Error& e) {
            message = e.message();
        }
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void wantsByKindAndModel()
    {
        AlertChannel c = AlertChannel::fromJson(json::parse(R"({"name": "ops", "kinds": ["run-failed"], "models": ["clinic"]})"));
        AlertRecord a;
        a.kind = QStringLiteral("run-failed");
        a.model = QStringLiteral("clinic");
        QVERIFY(c.wants(a));
        a.model = QStringLiteral("depot");
        QVERIFY(!c.wants(a));
        a.model.clear(); // alerts about no model (a failing channel) pass the model filter
        QVERIFY(c.wants(a));
        a.kind = QStringLiteral("drift");
        QVERIFY(!c.wants(a));
        c.kinds.clear();
        QVERIFY(c.wants(a));
    }

    void roundTripThroughJson()
    {
        AlertChannel c;
        c.name = QStringLiteral("mail");
        c.type = AlertChannel::Type::Email;
        c.smtpHost = QStringLiteral("smtp.example.org");
        c.smtpPort = 2525;
        c.startTls = false;
        c.smtpUser = QStringLiteral("robot");
        c.from = QStringLiteral("retrainer@example.org");
        c.to = {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
        c.kinds = {QStringLiteral("drift")};
        const AlertChannel back = AlertChannel::fromJson(c.toJson());
        QCOMPARE(back.toJson(), c.toJson());
        QCOMPARE(back.to.size(), 2);
        QCOMPARE(back.smtpPort, 2525);
        QVERIFY(!back.startTls);
    }

    void secretsFileIsOwnerOnlyAndEnvironmentWins()
    {
        QTemporaryDir dir;
        SecretFile file(dir.path() + QStringLiteral("/secrets.json"));
        file.save(QStringLiteral("ops-room"), {QStringLiteral("https://chat/hooks/abc"), {}});
        file.save(QStringLiteral("mail"), {{}, QStringLiteral("pa55")});
        const auto modeBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                              | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                              | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(file.path()) & modeBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // 0600
        QCOMPARE(file.load(QStringLiteral("ops-room")).url, QStringLiteral("https://chat/hooks/abc"));
        QCOMPARE(file.load(QStringLiteral("mail")).password, QStringLiteral("pa55"));
        qputenv("RETRAINER_CHANNEL_OPS_ROOM_URL", "https://elsewhere/hooks/xyz");
        QCOMPARE(file.load(QStringLiteral("ops-room")).url, QStringLiteral("https://elsewhere/hooks/xyz"));
        qunsetenv("RETRAINER_CHANNEL_OPS_ROOM_URL");
        file.remove(QStringLiteral("ops-room"));
        QVERIFY(file.load(QStringLiteral("ops-room")).url.isEmpty());
        QCOMPARE(file.load(QStringLiteral("mail")).password, QStringLiteral("pa55"));
    }

    void workspaceKeepsChannelsAndNoSecrets()
    {
        QTemporaryDir dir;
        {
            auto ws = Workspace::create(dir.path());
            AlertChannel c;
            c.name = QStringLiteral("ops");
            c.format = QStringLiteral("json");
            ws->setAlertChannels({c});
            SecretFile(ws->secretsPath()).save(c.name, {QStringLiteral("https://chat/hooks/TOKEN123"), {}});
            QString duplicate;
            try {
                ws->setAlertChannels({c, c});
            } catch (const Error& e) {
                duplicate = e.message();
            }
            QCOMPARE(duplicate, QStringLiteral("alert channel 'ops' is defined twice"));
        }
        auto reopened = Workspace::open(dir.path());
        QCOMPARE(reopened->alertChannels().size(), size_t(1));
        QCOMPARE(reopened->alertChannels().front().format, QStringLiteral("json"));
        QFile config(reopened->configPath());
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray text = config.readAll();
        QVERIFY(text.contains("alert_channels"));
        QVERIFY(!text.contains("TOKEN123"));
    }

    void bodies()
    {
        AlertRecord a;
        a.id = 7;
        a.time = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        a.model = QStringLiteral("clinic");
        a.severity = QStringLiteral("critical");
        a.kind = QStringLiteral("run-failed");
        a.text = QStringLiteral("Training failed: the source file is missing.");
        const json text = json::parse(webhookBody(a, QStringLiteral("text")).toStdString());
        QCOMPARE(text.size(), size_t(1));
        QCOMPARE(QString::fromStdString(text["text"].get<std::string>()), QStringLiteral("[critical] clinic: Training failed: the source file is missing."));
        const json full = json::parse(webhookBody(a, QStringLiteral("json")).toStdString());
        QCOMPARE(full["id"].get<int>(), 7);
        QVERIFY(full["kind"] == json("run-failed"));
        QVERIFY(full["model"] == json("clinic"));
        QVERIFY(full["severity"] == json("critical"));
        QVERIFY(full["time"] == json("2026-03-01T08:00:00.000Z"));
        AlertChannel mail;
        mail.from = QStringLiteral("r@example.org");
        mail.to = {QStringLiteral("a@example.org")};
        const QByteArray message = emailMessage(a, mail);
        QVERIFY(message.contains("From: r@example.org\r\n"));
        QVERIFY(message.contains("To: a@example.org\r\n"));
        QVERIFY(message.contains("Subject: =?UTF-8?B?" + QByteArray("[critical] clinic: Training failed: the source file is missing.").toBase64()));
        QVERIFY(message.contains("\r\n\r\nTraining failed: the source file is missing.\r\n"));
    }
};

QTEST_GUILESS_MAIN(TstAlertChannel)
#include "tst_alert_channel.moc"
