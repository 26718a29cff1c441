// Alert channels over the real HTTP API on 127.0.0.1 (admin tokens), a webhook receiver in this test:
// add, list without secrets, send a test alert, a raised alert's delivery log, remove; viewers refused.
#include "api_fixture.h"
#include "../alerts/webhook_receiver.h"
#include "engine.h"
#include "workspace.h"
#include <QCoroTask>
#include <QTemporaryDir>
#include <QTest>

using namespace retrainer;
using namespace retrainer::test;
using json = nlohmann::json;

class TstApiAlerts : public QObject
{
    Q_OBJECT

    LocalApi m_api;
    std::unique_ptr<Workspace>& m_workspace = m_api.workspace;
    std::unique_ptr<Engine>& m_engine = m_api.engine;
    ApiClient& m_http = m_api.http;
    QString& m_admin = m_api.admin;
    QString& m_viewer = m_api.viewer;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_api.start()); }

    void cleanupTestCase() { m_api.stop(); }

    void channelsThroughTheApi()
    {
        WebhookReceiver receiver;
        const json body = {{"name", "ops-room"}, {"type", "webhook"}, {"format", "text"}, {"kinds", {"run-failed"}}, {"url", receiver.url().toStdString()}};
        QCOMPARE(m_http.post(QStringLiteral("/api/v1/alert-channels"), m_viewer, QByteArray::fromStdString(body.dump())).status, 403);
        const auto added = m_http.post(QStringLiteral("/api/v1/alert-channels"), m_admin, QByteArray::fromStdString(body.dump()));
        QCOMPARE(added.status, 201);
        QVERIFY(!added.body.contains("url"));

        const auto listed = m_http.get(QStringLiteral("/api/v1/alert-channels"), m_admin);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.body.size(), size_t(1));
        QVERIFY(listed.body[0]["name"] == json("ops-room"));
        QVERIFY2(listed.body.dump().find("secret-token") == std::string::npos, listed.body.dump().c_str());

        const auto bad = m_http.post(QStringLiteral("/api/v1/alert-channels"), m_admin, R"({"name": "m", "type": "email", "smtp_host": "h"})");
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.detail().contains(QStringLiteral("is not an e-mail address")), qPrintable(bad.detail()));

        const auto tested = m_http.post(QStringLiteral("/api/v1/alert-channels/ops-room/test"), m_admin);
        QCOMPARE(tested.status, 200);
        QVERIFY(tested.body["sent"] == json(true));
        QCOMPARE(receiver.bodies().size(), 1);
        QCOMPARE(m_http.post(QStringLiteral("/api/v1/alert-channels/nothing/test"), m_admin).status, 404);

        m_engine->automation().raise(QStringLiteral("clinic"), QStringLiteral("critical"), QStringLiteral("run-failed"), QStringLiteral("it broke"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.bodies().size(), 2, 20000);
        const qint64 alertId = AlertLog(m_workspace->store()).alerts().front().id;
        const QString deliveriesPath = QStringLiteral("/api/v1/alerts/%1/deliveries").arg(alertId);
        HttpReply deliveries;
        QTRY_VERIFY_WITH_TIMEOUT((deliveries = m_http.get(deliveriesPath, m_viewer)).body.size() == 1
                                     && deliveries.body[0]["state"] == "sent",
                                 20000);
        QVERIFY(deliveries.body[0]["channel"] == json("ops-room"));
        QVERIFY(deliveries.body[0]["attempts"] == json(1));

        QCOMPARE(m_http.call("DELETE", QStringLiteral("/api/v1/alert-channels/ops-room"), m_viewer).status, 403);
        QCOMPARE(m_http.call("DELETE", QStringLiteral("/api/v1/alert-channels/ops-room"), m_admin).status, 200);
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/alert-channels"), m_admin).body.size(), size_t(0));
        QCOMPARE(m_http.call("DELETE", QStringLiteral("/api/v1/alert-channels/ops-room"), m_admin).status, 404);
    }
};

QTEST_GUILESS_MAIN(TstApiAlerts)
#include "tst_api_alerts.moc"
