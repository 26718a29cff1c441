// The engine façade on a real workspace: training through it (signals, audit with the actor), the
// mutations every shell uses (rollback, pause, samples, settings), and the watch after promotion rolling
// a degrading version back by itself.
#include "engine_fixture.h"
#include "error.h"
#include <QSignalSpy>
#include <random>

using namespace retrainer;
using json = nlohmann::json;

namespace {

// Hourly rows from `start`: y = slope·x + noise.
QString rows(int count, double slope, const QDateTime& start, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(-2.0, 2.0);
    std::normal_distribution<double> noise(0.0, 0.2);
    QString text;
    for (int i = 0; i < count; ++i) {
        const double x = u(rng);
        text += QStringLiteral("%1,%2,%3\n").arg(start.addSecs(qint64(i) * 3600).toString(Qt::ISODate))
                    .arg(x, 0, 'f', 4).arg(slope * x + noise(rng), 0, 'f', 4);
    }
    return text;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    SystemClock m_clock;

private Q_SLOTS:
    void init() { test::recreateWorkspace(m_dir, m_ws); }

    void trainingThroughTheEngineSignalsAndAudits()
    {
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(200)));
        m_ws->addModel(test::csvModel(QStringLiteral("prices"), QStringLiteral("data.csv")));
        Engine engine(*m_ws, m_clock);
        QCoro::waitFor(engine.start());
        QSignalSpy queued(&engine, &Engine::runQueued);
        QSignalSpy progress(&engine, &Engine::runProgress);
        QSignalSpy finished(&engine, &Engine::runFinished);
        QSignalSpy promoted(&engine, &Engine::versionPromoted);

        const RunRecord run = test::trainAndWait(engine, QStringLiteral("prices"), false, QStringLiteral("alice"));
        QCOMPARE(toString(run.state), QStringLiteral("promoted"));
        QCOMPARE(queued.count(), 1);
        QCOMPARE(queued.at(0).at(0).toLongLong(), run.id);
        QCOMPARE(queued.at(0).at(2).toString(), QStringLiteral("manual"));
        QVERIFY(progress.count() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(2).toString(), QStringLiteral("promoted"));
        QTRY_COMPARE_WITH_TIMEOUT(promoted.count(), 1, 30000); // after the predictor serves it
        QCOMPARE(promoted.at(0).at(1).toInt(), 1);
        QCOMPARE(engine.predictors().servedVersion(QStringLiteral("prices")).value_or(0), 1);

        const auto audit = engine.audit().entries(QStringLiteral("prices"));
        QCOMPARE(int(audit.size()), 1);
        QCOMPARE(audit[0].actor, QStringLiteral("alice"));
        QCOMPARE(audit[0].action, QStringLiteral("train"));
        QCOMPARE(audit[0].detail["run"].get<qint64>(), run.id);

        RunRequest unknown;
        unknown.model = QStringLiteral("nope");
        QVERIFY(!test::errorOf(engine.train(unknown, QStringLiteral("alice"))).isEmpty());
        QCOMPARE(int(engine.audit().entries().size()), 1); // refused: not audited
        QVERIFY(!engine.cancel(QStringLiteral("prices"), QStringLiteral("alice"))); // nothing runs
    }

    void mutationsAreAuditedWithTheirActor()
    {
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(200)));
        m_ws->addModel(test::csvModel(QStringLiteral("prices"), QStringLiteral("data.csv")));
        Engine engine(*m_ws, m_clock);
        QCoro::waitFor(engine.start());
        test::trainAndWait(engine, QStringLiteral("prices"));
        // New rows (a retrain on unchanged data that only equals version 1 would register nothing).
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(240)));
        test::trainAndWait(engine, QStringLiteral("prices"), true);
        QCOMPARE(m_ws->registry().active(QStringLiteral("prices"))->version, 2);

        QSignalSpy rolledBack(&engine, &Engine::versionRolledBack);
        QCoro::waitFor(engine.rollback(QStringLiteral("prices"), 1, QStringLiteral("bob")));
        QCOMPARE(m_ws->registry().active(QStringLiteral("prices"))->version, 1);
        QCOMPARE(engine.predictors().servedVersion(QStringLiteral("prices")).value_or(0), 1);
        QCOMPARE(rolledBack.count(), 1);
        QVERIFY(!rolledBack.at(0).at(3).toBool());
        auto last = engine.audit().entries(QString(), 1).front();
        QCOMPARE(last.action, QStringLiteral("rollback"));
        QCOMPARE(last.actor, QStringLiteral("bob"));
        QCOMPARE(last.detail["from"].get<int>(), 2);
        QVERIFY(test::errorOf(engine.rollback(QStringLiteral("prices"), 7, QStringLiteral("bob"))).contains(QStringLiteral("no version 7")));
        QCOMPARE(m_ws->registry().active(QStringLiteral("prices"))->version, 1);

        QSignalSpy changed(&engine, &Engine::modelsChanged);
        auto pausing = engine.setPaused(QString(), true, QStringLiteral("carol"));
        QVERIFY(engine.automation().pausedAll()); // at once; the setting is saved on a worker
        QCOMPARE(test::errorOf(std::move(pausing)), QString());
        QCOMPARE(test::errorOf(engine.setPaused(QString(), false, QStringLiteral("carol"))), QString());
        QCOMPARE(changed.count(), 2);
        const auto recent = engine.audit().entries(QString(), 2);
        QCOMPARE(recent[0].action, QStringLiteral("resume"));
        QCOMPARE(recent[1].action, QStringLiteral("pause"));
        QCOMPARE(recent[1].actor, QStringLiteral("carol"));

        ModelConfig bad = m_ws->requireModel(QStringLiteral("prices"));
        bad.holdoutFraction = 0.9;
        QVERIFY(test::errorOf(engine.updateModel(bad, QStringLiteral("dave"))).contains(QStringLiteral("holdout_fraction")));
        QCOMPARE(m_ws->requireModel(QStringLiteral("prices")).holdoutFraction, 0.2);
        QCOMPARE(engine.audit().entries(QString(), 1).front().action, QStringLiteral("resume"));
    }

    void samplesAreValidatedRowByRow()
    {
        ModelConfig m;
        m.name = QStringLiteral("visits");
        m.source = QStringLiteral("store:");
        m.label = QStringLiteral("minutes");
        m.kinds.insert(QStringLiteral("age"), ColumnKind::Numeric);
        m.triggers.paused = true;
        m_ws->addModel(m);
        Engine engine(*m_ws, m_clock);
        QCoro::waitFor(engine.start());
        const json posted = json::parse(R"([{"age": 30, "minutes": 12}, {"age": 41, "minutes": 15},
            {"age": "old", "minutes": 9}, {"age": 52, "minutes": 20}, {"age": 23, "minutes": 7}])");
        const SampleImport result = QCoro::waitFor(engine.addSamples(QStringLiteral("visits"), rawTableFromJson(posted),
                                                                     QStringLiteral("api-token")));
        QCOMPARE(result.stored, 4);
        QCOMPARE(int(result.rejected.size()), 1);
        QCOMPARE(result.rejected[0].where, QStringLiteral("row 3"));
        QVERIFY2(result.rejected[0].reason.contains(QStringLiteral("age")), qPrintable(result.rejected[0].reason));
        QCOMPARE(m_ws->store().sampleCount(QStringLiteral("visits")), 4L);
        QCOMPARE(result.toJson()["total"].get<int>(), 4);
        const auto entry = engine.audit().entries(QStringLiteral("visits"), 1).front();
        QCOMPARE(entry.action, QStringLiteral("import"));
        QCOMPARE(entry.actor, QStringLiteral("api-token"));
        QCOMPARE(entry.detail["stored"].get<int>(), 4);
        QVERIFY_THROWS_EXCEPTION(Error, rawTableFromJson(json::object()));
    }

    void degradingPromotionIsRolledBackAutomatically()
    {
        // v1 learns y = 3x; then the relation flips for a while (v2 learns a blur of both, mostly the flipped
        // one, and is promoted because it beats v1 — and guessing the mean — on the flipped holdout); then the relation is back: on the newest rows v2 is
        // clearly worse than v1, so the watch after promotion rolls back to v1.
        const QString file = m_ws->directory() + QStringLiteral("/flip.csv");
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QString csv = QStringLiteral("when,x,y\n") + rows(120, 3.0, start, 1);
        QVERIFY(test::writeFile(file, csv));
        m_ws->addModel(test::csvModel(QStringLiteral("flip"), QStringLiteral("flip.csv")));
        Engine engine(*m_ws, m_clock);
        QCoro::waitFor(engine.start());
        QCOMPARE(toString(test::trainAndWait(engine, QStringLiteral("flip")).state), QStringLiteral("promoted"));
        csv += rows(300, -3.0, start.addSecs(120 * 3600), 2);
        QVERIFY(test::writeFile(file, csv));
        QCOMPARE(toString(test::trainAndWait(engine, QStringLiteral("flip")).state), QStringLiteral("promoted"));
        QCOMPARE(m_ws->registry().active(QStringLiteral("flip"))->version, 2);

        // Nothing unseen yet: no verdict, no rollback.
        QCoro::waitFor(engine.automation().checkPerformance(QStringLiteral("flip")));
        QCOMPARE(m_ws->registry().active(QStringLiteral("flip"))->version, 2);

        csv += rows(40, 3.0, start.addSecs(420 * 3600), 3);
        QVERIFY(test::writeFile(file, csv));
        QSignalSpy rolledBack(&engine, &Engine::versionRolledBack);
        QSignalSpy alerts(&engine, &Engine::alertRaised);
        QCoro::waitFor(engine.automation().checkPerformance(QStringLiteral("flip")));
        QCOMPARE(m_ws->registry().active(QStringLiteral("flip"))->version, 1);
        QTRY_COMPARE_WITH_TIMEOUT(rolledBack.count(), 1, 30000);
        QCOMPARE(rolledBack.at(0).at(1).toInt(), 1);
        QCOMPARE(rolledBack.at(0).at(2).toString(), QStringLiteral("retrainer"));
        QVERIFY(rolledBack.at(0).at(3).toBool());
        QCOMPARE(engine.predictors().servedVersion(QStringLiteral("flip")).value_or(0), 1);

        const auto raised = engine.automation().alerts().alerts(QStringLiteral("flip"));
        QVERIFY(!raised.empty());
        QCOMPARE(raised[0].kind, QStringLiteral("auto-rollback"));
        QVERIFY2(raised[0].text.contains(QStringLiteral("version 2 scored r2")) && raised[0].text.contains(QStringLiteral("version 1 scored")),
                 qPrintable(raised[0].text));
        QCOMPARE(alerts.count(), 1);
        const auto audit = engine.audit().entries(QStringLiteral("flip"), 1).front();
        QCOMPARE(audit.action, QStringLiteral("rollback"));
        QCOMPARE(audit.actor, QStringLiteral("retrainer"));
        QVERIFY(audit.detail["automatic"].get<bool>());
        QCOMPARE(audit.detail["from"].get<int>(), 2);

        // The restored version came from a rollback: the watch does not act on it again.
        QCoro::waitFor(engine.automation().checkPerformance(QStringLiteral("flip")));
        QCOMPARE(m_ws->registry().active(QStringLiteral("flip"))->version, 1);
        QCOMPARE(rolledBack.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
