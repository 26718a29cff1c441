// The backtest over the real HTTP API on 127.0.0.1: the same figures as the engine's, for a viewer token
// (a dry run writes nothing), and clear 400 / 404 / 422 answers for what cannot be replayed.
#include "api_fixture.h"
#include "backtest.h"
#include "fixture_data.h"
#include <QCoroTask>
#include <QTest>

using namespace retrainer;
using namespace retrainer::test;
using json = nlohmann::json;

class TstApiBacktest : public QObject
{
    Q_OBJECT

    LocalApi m_api;
    const QDate m_first = QDate(2026, 5, 4);

    HttpReply backtest(const json& body, const QString& model = QStringLiteral("drifting"))
    {
        return m_api.http.post(QStringLiteral("/api/v1/models/%1/backtest").arg(model), m_api.viewer, QByteArray::fromStdString(body.dump()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_api.start([this](Workspace& workspace) {
            QVERIFY(writeFile(workspace.directory() + QStringLiteral("/rows.csv"), driftingCsv(m_first, 20, 10)));
            workspace.addModel(regressionModel(QStringLiteral("drifting"), QStringLiteral("csv:rows.csv")));
        }));
    }

    void cleanupTestCase() { m_api.stop(); }

    void sameFiguresAsTheEngine()
    {
        const auto reply = backtest({{"from", "2026-05-14"}, {"to", "2026-05-23"}, {"policy", "nightly"}});
        QCOMPARE(reply.status, 200);
        BacktestRequest request;
        request.from = QDate(2026, 5, 14);
        request.to = QDate(2026, 5, 23);
        request.policy = BacktestPolicy::Nightly;
        const json direct = runBacktest(*m_api.workspace->model(QStringLiteral("drifting")), m_api.workspace->directory(),
                                        m_api.workspace->store(), request, CancelToken()).toJson();
        QCOMPARE(reply.body["days"].size(), size_t(10));
        QVERIFY(reply.body["policies"]["nightly"]["trainings"] == direct["policies"]["nightly"]["trainings"]);
        QCOMPARE(reply.body["policies"]["never"]["trainings"].get<int>(), 0);
        for (size_t d = 0; d < 10; ++d)
            QVERIFY(reply.body["days"][d]["scores"] == direct["days"][d]["scores"]);
        QVERIFY(reply.body["policies"]["nightly"]["overall"].get<double>() > reply.body["policies"]["never"]["overall"].get<double>());
        QVERIFY(reply.body["dry_run"].get<bool>());
        QVERIFY(m_api.workspace->registry().versions(QStringLiteral("drifting")).empty());
        QVERIFY(m_api.workspace->store().runs(QStringLiteral("drifting")).empty());
    }

    void dataPolicyUsesMinNew()
    {
        const auto reply = backtest({{"from", "2026-05-14"}, {"to", "2026-05-23"}, {"policy", "data"}, {"min_new", 25}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["policies"]["data"]["trainings"].get<int>(), 100 / 25);
        QVERIFY(reply.body["policies"].contains("nightly"));
    }

    void refusals()
    {
        QCOMPARE(backtest({{"from", "yesterday"}, {"to", "2026-05-23"}}).status, 400);
        QCOMPARE(backtest({{"from", "2026-05-14"}, {"to", "2026-05-23"}, {"policy", "hourly"}}).status, 400);
        QCOMPARE(backtest({{"from", "2026-05-14"}, {"to", "2026-05-23"}}, QStringLiteral("nope")).status, 404);
        const auto early = backtest({{"from", "2026-05-04"}, {"to", "2026-05-10"}});
        QCOMPARE(early.status, 422);
        QVERIFY2(early.detail().contains(QStringLiteral("choose a later first day")), qPrintable(early.detail()));
        QCOMPARE(m_api.http.post(QStringLiteral("/api/v1/models/drifting/backtest"), QString(), "{}").status, 401);
    }
};

QTEST_GUILESS_MAIN(TstApiBacktest)
#include "tst_api_backtest.moc"
