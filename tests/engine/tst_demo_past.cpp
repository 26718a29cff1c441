// The demo's past on the real demo workspace with real dlib training: every demo model gets weeks of replayed
// runs, each learnt only from rows stamped before its night, recorded in a terminal state with its events;
// the last version promoted is the one in service; a second call adds nothing; Ctrl+C-style cancel keeps
// complete runs only; a live training afterwards is compared with the replayed version in service.
#include "demo_past.h"
#include "demo_workspace.h"
#include "engine_fixture.h"
#include "registry.h"
#include "store.h"
#include <QTest>
#include <map>

using namespace retrainer;

class TestDemoPast : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QStringList m_models;
    std::vector<DemoPastModel> m_past;
    struct Seen { qint64 moment; qint64 newestRow; size_t rows; };
    std::vector<Seen> m_seen;           // every training the replay made, as the observer saw it
    std::vector<int> m_progress;        // the `done` figures reported

    static std::vector<RunRecord> oldestFirst(std::vector<RunRecord> runs)
    {
        std::reverse(runs.begin(), runs.end());
        return runs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = Workspace::create(m_dir.path() + QStringLiteral("/ws"));
        m_models = createDemoWorkspace(*m_ws);
        QCOMPARE(m_models.size(), 5);
        CancelToken cancel;
        m_past = recordDemoPast(*m_ws, m_models, cancel, [this](int done, int total, const QString&) {
            QCOMPARE(total, 5);
            m_progress.push_back(done);
        }, {}, [this](qint64 moment, const Dataset& rows) {
            qint64 newest = 0;
            for (const Sample& s : rows.samples)
                newest = std::max(newest, s.timestampMs);
            m_seen.push_back({moment, newest, rows.samples.size()});
        });
    }

    void everyDemoModelHasWeeksOfReplayedRuns()
    {
        QCOMPARE(int(m_past.size()), 5);
        QCOMPARE(m_progress, (std::vector<int>{0, 1, 2, 3, 4, 5}));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString& name : m_models) {
            const auto runs = oldestFirst(m_ws->store().runs(name));
            QVERIFY2(runs.size() >= 6, qPrintable(QStringLiteral("%1 has %2 runs").arg(name).arg(runs.size())));
            QVERIFY2(runs.front().startedAt.daysTo(runs.back().startedAt) >= 14, qPrintable(name));
            for (size_t i = 0; i < runs.size(); ++i) {
                const RunRecord& r = runs[i];
                QCOMPARE(r.trigger, QStringLiteral("replayed"));
                QVERIFY(r.state == RunState::Promoted || r.state == RunState::Rejected);
                QVERIFY(r.finishedAt < now.addSecs(-24 * 3600));
                QVERIFY(r.startedAt <= r.finishedAt);
                QCOMPARE(r.startedAt.toLocalTime().time(), QTime(2, 0));
                if (i > 0)
                    QVERIFY(runs[i - 1].startedAt < r.startedAt);
                const QString note = QString::fromStdString(r.gate["replayed"].value("note", std::string()));
                QVERIFY2(note.startsWith(QStringLiteral("replayed: what the nightly retraining would have done on ")), qPrintable(note));
                QVERIFY(r.rowsUsed > 100);
                QVERIFY(r.metrics.contains(m_ws->requireModel(name).effectivePrimaryMetric().toStdString()));
            }
            QVERIFY(runs.front().state == RunState::Promoted); // the first version: nothing to compare with
        }
    }

    void noTrainingUsedARowFromAfterItsMoment()
    {
        int runs = 0;
        for (const auto& m : m_past)
            runs += m.runs;
        QCOMPARE(int(m_seen.size()), runs);
        for (const Seen& s : m_seen)
            QVERIFY2(s.newestRow < s.moment, qPrintable(QStringLiteral("a row of %1 trained at %2")
                                                            .arg(QDateTime::fromMSecsSinceEpoch(s.newestRow).toString(Qt::ISODate),
                                                                 QDateTime::fromMSecsSinceEpoch(s.moment).toString(Qt::ISODate))));
        // And as recorded: each version's newest row is older than the night it was made.
        for (const QString& name : m_models)
            for (const ModelVersion& v : m_ws->registry().versions(name)) {
                const QDateTime newest = QDateTime::fromString(
                    QString::fromStdString(v.metadata["time_range"].value("to", std::string())), Qt::ISODate);
                QVERIFY(newest.isValid());
                QVERIFY2(newest < v.created, qPrintable(QStringLiteral("%1 v%2").arg(name).arg(v.version)));
            }
        // A later night of the same model learnt from more rows.
        QVERIFY(m_seen[1].moment > m_seen[0].moment);
        QVERIFY(m_seen[1].rows > m_seen[0].rows);
    }

    void theLastVersionPromotedServes()
    {
        for (const QString& name : m_models) {
            const auto runs = oldestFirst(m_ws->store().runs(name));
            int lastPromoted = 0, promotedRuns = 0;
            for (const RunRecord& r : runs)
                if (r.state == RunState::Promoted) {
                    QVERIFY(r.version);
                    lastPromoted = *r.version;
                    ++promotedRuns;
                    const auto v = m_ws->registry().version(name, *r.version);
                    QVERIFY(v);
                    QCOMPARE(v->created, r.startedAt);
                    QCOMPARE(m_ws->registry().verify(name, v->version), QString());
                } else {
                    QVERIFY(!r.version);
                    QVERIFY(!r.error.isEmpty());
                }
            const auto versions = m_ws->registry().versions(name);
            QCOMPARE(int(versions.size()), promotedRuns);
            QCOMPARE(std::count_if(versions.begin(), versions.end(), [](const ModelVersion& v) { return v.active; }), 1L);
            QCOMPARE(m_ws->registry().active(name)->version, lastPromoted);
        }
    }

    void eventsHappenAtTheReplayedMoments()
    {
        const QString name = m_models.front();
        std::map<qint64, QDateTime> started;
        for (const RunRecord& r : m_ws->store().runs(name))
            started[r.id] = r.startedAt;
        int starts = 0;
        for (const EventRecord& e : m_ws->store().events(name)) {
            QVERIFY(e.runId);
            QVERIFY(e.time >= started[*e.runId]);
            QVERIFY(e.time < QDateTime::currentDateTimeUtc().addDays(-1));
            if (e.type == QLatin1String("TRAINING_STARTED")) {
                ++starts;
                QCOMPARE(e.time, started[*e.runId]);
                QVERIFY(QString::fromStdString(e.detail.value("reason", std::string())).startsWith(QStringLiteral("replayed: ")));
            }
        }
        QCOMPARE(starts, int(started.size()));
    }

    void aSecondCallAddsNoSecondPast()
    {
        const auto before = m_ws->store().runs({}).size();
        CancelToken cancel;
        const auto again = recordDemoPast(*m_ws, m_models, cancel);
        QVERIFY(again.empty());
        QCOMPARE(m_ws->store().runs({}).size(), before);
    }

    void aLiveTrainingIsComparedWithTheReplayedVersion()
    {
        const QString name = QStringLiteral("clinic-waiting-time");
        const int serving = m_ws->registry().active(name)->version;
        SystemClock clock;
        Engine engine(*m_ws, clock);
        const RunRecord live = test::trainAndWait(engine, name);
        QVERIFY2(live.state == RunState::Promoted || live.state == RunState::Rejected, qPrintable(live.error));
        QCOMPARE(live.gate["champion"].value("version", 0), serving);
    }

    void cancellingKeepsCompleteRunsOnly()
    {
        QTemporaryDir dir;
        auto ws = Workspace::create(dir.path() + QStringLiteral("/ws"));
        const QStringList models = createDemoWorkspace(*ws);
        CancelToken cancel;
        bool thrown = false;
        try {
            recordDemoPast(*ws, models, cancel, [&cancel](int done, int, const QString&) {
                if (done == 1)
                    cancel.cancel();
            });
        } catch (const Cancelled&) {
            thrown = true;
        }
        QVERIFY(thrown);
        const auto first = ws->store().runs(models[0]);
        QVERIFY(first.size() >= 6);
        for (const RunRecord& r : first)
            QVERIFY(isTerminal(r.state));
        for (int i = 1; i < models.size(); ++i)
            QVERIFY(ws->store().runs(models[i]).empty());
    }
};

QTEST_GUILESS_MAIN(TestDemoPast)
#include "tst_demo_past.moc"
