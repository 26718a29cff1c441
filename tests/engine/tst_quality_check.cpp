// The pipeline's hygiene step (counted in the run record), the merge with a base dataset, and the quality
// report of a workspace model with drift against the version the pipeline registered.
#include "automation.h"
#include "clock.h"
#include "engine.h"
#include "quality_check.h"
#include "runner.h"
#include "quality_fixture.h"
#include "store.h"
#include "training_pipeline.h"
#include "workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace retrainer;

class TstQualityCheck : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    static ModelConfig visits() { return test::visitsModel(); }

    ModelConfig learnableVisits() { return test::learnableVisitsModel(m_ws->directory()); }

    RunRecord train(const ModelConfig& model)
    {
        const qint64 id = m_ws->store().createRun(model.name, QStringLiteral("manual"), false);
        TrainingPipeline pipeline(m_ws->store(), m_ws->registry(), m_ws->directory());
        RunRequest request;
        request.model = model.name;
        return pipeline.execute(id, model, request, CancelToken(), {});
    }

    void write(const QString& name, const QByteArray& text)
    {
        QFile file(m_ws->directory() + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

private Q_SLOTS:
    void init()
    {
        // A workspace of its own for every test function.
        m_ws = Workspace::create(m_dir.path() + QLatin1Char('/') + QString::fromLatin1(QTest::currentTestFunction()));
    }

    void hygieneIsCountedInTheRun()
    {
        ModelConfig m = learnableVisits();
        m.hygiene.qualityFilter = QualityFilter{QStringLiteral("age"), 30}; // age 29, two empty, "abc": 4 rows
        m_ws->addModel(m);
        const RunRecord run = train(m);
        QCOMPARE(toString(run.state), QStringLiteral("promoted"));
        QCOMPARE(run.hygiene["filtered"].get<long>(), 4L);
        QCOMPARE(run.hygiene["duplicates_removed"].get<long>(), 3L);
        QCOMPARE(run.rowsUsed, 18L); // 26 rows - 4 filtered - 1 without label - 3 duplicates
        const auto stored = m_ws->store().run(run.id);
        QVERIFY(stored->hygiene == run.hygiene);
        QVERIFY(m_ws->registry().active(m.name)->metadata.contains("profile"));
    }

    void hygieneCanBeTurnedOff()
    {
        ModelConfig m = visits();
        m.hygiene.deduplicate = false;
        m_ws->addModel(m);
        const RunRecord run = train(m);
        QCOMPARE(run.hygiene["duplicates_removed"].get<long>(), 0L);
        QCOMPARE(run.rowsUsed, 24L);
    }

    void reportWithDrift()
    {
        const ModelConfig m = learnableVisits();
        m_ws->addModel(m);
        const QDateTime now(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);
        const QualityReport before = checkQuality(*m_ws, m.name, now);
        QCOMPARE(before.rows, 24L);
        QCOMPARE(before.duplicates, 3L);
        QVERIFY(!before.driftVersion.has_value());
        QVERIFY(before.lastHygiene.is_null());
        QCOMPARE(train(m).version.value_or(0), 1);
        const QualityReport after = checkQuality(*m_ws, m.name, now);
        QCOMPARE(after.driftVersion.value_or(0), 1);
        QCOMPARE(after.drift.size(), size_t(4)); // age, weight, clinic, site
        QCOMPARE(after.lastHygiene["duplicates_removed"].get<long>(), 3L);
        QCOMPARE(after.toJson()["drift"]["version"].get<int>(), 1);
    }

    void driftRaisesOneAlertPerVersionAndFeature()
    {
        // 40 rows in time order: x runs 1..32, then the 8 newest jump to 1000+; "shop" stays the same.
        QByteArray csv = "time,x,shop,y\n";
        for (int i = 0; i < 40; ++i) {
            const int x = i < 32 ? i + 1 : 1000 + i;
            csv += QStringLiteral("2026-01-01T00:%1:00Z,%2,%3,%4\n").arg(i, 2, 10, QLatin1Char('0')).arg(x)
                       .arg(i % 2 ? QStringLiteral("north") : QStringLiteral("south")).arg(2 * x).toUtf8();
        }
        write(QStringLiteral("drift.csv"), csv);
        ModelConfig m;
        m.name = QStringLiteral("d");
        m.source = QStringLiteral("csv:drift.csv");
        m.label = QStringLiteral("y");
        m.timestamp = QStringLiteral("time");
        m.algorithm = Algorithm::Linear;
        m_ws->addModel(m);
        QCOMPARE(train(m).version.value_or(0), 1);

        ManualClock clock(QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC));
        Engine engine(*m_ws, clock);
        Automation& automation = engine.automation();
        QSignalSpy raised(&automation, &Automation::alertRaised);
        for (int round = 0; round < 2; ++round) { // the second check finds the same drift: no new alert
            bool done = false;
            auto check = [&]() -> QCoro::Task<> {
                co_await automation.checkDrift(m.name);
                done = true;
            };
            check();
            QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        }
        QCOMPARE(raised.count(), 1);
        const auto alerts = automation.alerts().alerts(m.name);
        QCOMPARE(alerts.size(), size_t(1));
        const AlertRecord& alert = alerts.front();
        QCOMPARE(alert.kind, QStringLiteral("drift"));
        QVERIFY2(alert.text.contains(QStringLiteral("feature 'x'")) && alert.text.contains(QStringLiteral("version 1")),
                 qPrintable(alert.text));

        // K1 of the reliability issue: the scheduler starts the check and forgets it, and the model's name it
        // passed dies at once. The check took it by reference and read freed memory after its first
        // suspension: the daemon died at its first hourly check. A second model over the same data drifts too.
        ModelConfig m2 = m;
        m2.name = QStringLiteral("d-two");
        m_ws->addModel(m2);
        QCOMPARE(train(m2).version.value_or(0), 1);
        {
            auto* name = new QString(m2.name);
            automation.checkDrift(*name); // not awaited, like Automation::onPerformanceCheckDue
            name->fill(QLatin1Char('?'), 64);
            delete name;
        }
        QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 2, 30000);
        const auto second = automation.alerts().alerts(m2.name);
        QCOMPARE(second.size(), size_t(1));
        QVERIFY2(second.front().text.contains(QLatin1String("of 'd-two'")), qPrintable(second.front().text));
    }

    void baseDatasetIsMergedAndKept()
    {
        write(QStringLiteral("base.jsonl"),
              "{\"text\": \"what are your opening hours\", \"intent\": \"hours\"}\n"
              "{\"text\": \"i want to book a visit\", \"intent\": \"book\"}\n");
        QByteArray fresh;
        for (int i = 0; i < 12; ++i) {
            fresh += "{\"text\": \"please book me in on day " + QByteArray::number(i) + " call 555-123-4567\", \"intent\": \"book\"}\n";
            fresh += "{\"text\": \"are you open on day " + QByteArray::number(i) + "\", \"intent\": \"hours\"}\n";
        }
        fresh += "{\"text\": \"What are your  opening hours\", \"intent\": \"hours\"}\n"; // repeats a base row
        write(QStringLiteral("new.jsonl"), fresh);
        ModelConfig m;
        m.name = QStringLiteral("intents");
        m.task = Task::Classification;
        m.source = QStringLiteral("jsonl:new.jsonl");
        m.baseSource = QStringLiteral("jsonl:base.jsonl");
        m.label = QStringLiteral("intent");
        m.algorithm = Algorithm::Linear;
        m.kinds.insert(QStringLiteral("text"), ColumnKind::Text);
        m_ws->addModel(m);
        const RunRecord run = train(m);
        QCOMPARE(toString(run.state), QStringLiteral("promoted"));
        QCOMPARE(run.rowsUsed, 26L); // 2 base + 25 new - 1 new repeat of a base row
        QCOMPARE(run.hygiene["duplicates_removed"].get<long>(), 1L);
        QCOMPARE(run.hygiene["pii_replaced"]["phone"].get<long>(), 12L);
        QCOMPARE(ModelConfig::fromJson(m.toJson()).baseSource, m.baseSource);
    }
};

QTEST_GUILESS_MAIN(TstQualityCheck)
#include "tst_quality_check.moc"
