// The backtest on real rows with real training: what the replay may see, how often each policy trains,
// that it writes nothing, that it can be cancelled, and that retraining follows drifting data.
#include "backtest.h"
#include "engine_fixture.h"
#include "training_pipeline.h"
#include <QTest>

using namespace retrainer;

class TestBacktest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    const QDate m_first = QDate(2026, 3, 2);
    static constexpr int kDays = 24, kPerDay = 12;

    ModelConfig model(bool paused = true) const
    {
        ModelConfig m = test::csvModel(QStringLiteral("drifting"), QStringLiteral("rows.csv"));
        m.triggers.paused = paused;
        return m;
    }
    BacktestRequest request(BacktestPolicy policy, int fromDay = 14, int toDay = kDays - 1) const
    {
        BacktestRequest r;
        r.from = m_first.addDays(fromDay);
        r.to = m_first.addDays(toDay);
        r.policy = policy;
        return r;
    }
    BacktestResult run(const ModelConfig& m, const BacktestRequest& r, const TrainingObserver& observer = {})
    {
        return runBacktest(m, m_ws->directory(), m_ws->store(), r, CancelToken(), {}, observer);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        test::recreateWorkspace(m_dir, m_ws);
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/rows.csv"), test::driftingCsv(m_first, kDays, kPerDay)));
    }

    void noTrainingSeesARowFromItsFuture_data()
    {
        QTest::addColumn<QString>("policy");
        for (const char* p : {"current", "nightly", "data"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void noTrainingSeesARowFromItsFuture()
    {
        QFETCH(QString, policy);
        int trainings = 0, rowsSeen = 0;
        qint64 newestSeen = 0;
        const auto r = request(*backtestPolicyFromString(policy), 14, 18);
        const auto result = run(model(false), r, [&](qint64 moment, const Dataset& rows) {
            ++trainings;
            for (const Sample& s : rows.samples) {
                QVERIFY2(s.timestampMs < moment, qPrintable(QStringLiteral("a row of %1 trained a version at %2")
                                                                .arg(QDateTime::fromMSecsSinceEpoch(s.timestampMs).toString(Qt::ISODate),
                                                                     QDateTime::fromMSecsSinceEpoch(moment).toString(Qt::ISODate))));
                newestSeen = std::max(newestSeen, s.timestampMs);
                ++rowsSeen;
            }
        });
        // The starting version and at least one retraining of the policy were watched, with rows of the period.
        QVERIFY2(trainings >= 2, qPrintable(QString::number(trainings)));
        QVERIFY(newestSeen >= QDateTime(r.from, QTime(8, 0)).toMSecsSinceEpoch());
        QVERIFY(rowsSeen > 0);
        for (const auto& t : result.lines.front().trainings)
            QVERIFY(t.newestRowMs < t.momentMs);
    }

    void policiesTrainAsOften()
    {
        const auto nightly = run(model(), request(BacktestPolicy::Nightly));
        QCOMPARE(int(nightly.days.size()), 10);
        QCOMPARE(int(nightly.lines.size()), 2); // nightly, never
        const BacktestLine* never = nightly.line(BacktestPolicy::Never);
        QVERIFY(never);
        QCOMPARE(int(never->trainings.size()), 0);
        const BacktestLine* night = nightly.line(BacktestPolicy::Nightly);
        // One a night, each after a day of new rows: the first night has nothing newer than the starting version.
        QCOMPARE(int(night->trainings.size()), 9);
        QCOMPARE(night->trainingsOn(nightly.days.front()), 0);
        for (size_t d = 1; d < nightly.days.size(); ++d)
            QCOMPARE(night->trainingsOn(nightly.days[d]), 1);
        for (const auto& t : night->trainings)
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(t.momentMs).time(), QTime(2, 0));

        auto byData = request(BacktestPolicy::Data);
        byData.dataMinNew = 30;
        const auto data = run(model(), byData);
        QCOMPARE(int(data.lines.size()), 3); // data, never, nightly
        QCOMPARE(int(data.line(BacktestPolicy::Data)->trainings.size()), 10 * kPerDay / 30);
        QCOMPARE(data.line(BacktestPolicy::Data)->trainings.front().rows, 14 * kPerDay + 30);

        const auto paused = run(model(true), request(BacktestPolicy::Current));
        QCOMPARE(int(paused.line(BacktestPolicy::Current)->trainings.size()), 0);
        const auto current = run(model(false), request(BacktestPolicy::Current));
        QVERIFY(current.line(BacktestPolicy::Current)->trainings.size() >= 10); // nightly schedule plus triggers
    }

    void retrainingFollowsDriftingData()
    {
        const auto result = run(model(), request(BacktestPolicy::Nightly));
        const auto nightly = result.line(BacktestPolicy::Nightly)->overall;
        const auto never = result.line(BacktestPolicy::Never)->overall;
        QVERIFY(nightly && never);
        QVERIFY2(*nightly > *never + 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(*nightly).arg(*never)));
        QVERIFY(result.line(BacktestPolicy::Nightly)->promotions() > 0);
        // The last day: the version that never learnt is furthest behind.
        QVERIFY(*result.line(BacktestPolicy::Nightly)->daily.back() > *result.line(BacktestPolicy::Never)->daily.back());
        QCOMPARE(result.rowsPerDay.front(), kPerDay);
        QCOMPARE(result.startRows, 14 * kPerDay);
    }

    void nothingIsWritten()
    {
        const ModelConfig m = model();
        m_ws->addModel(m);
        const qint64 id = m_ws->store().createRun(m.name, QStringLiteral("manual"), false);
        RunRequest train;
        train.model = m.name;
        QCOMPARE(toString(TrainingPipeline(m_ws->store(), m_ws->registry(), m_ws->directory())
                              .execute(id, m, train, CancelToken()).state), QStringLiteral("promoted"));
        const auto versions = m_ws->registry().versions(m.name).size();
        const auto runs = m_ws->store().runs(m.name).size();
        const auto events = m_ws->store().events(m.name).size();
        const auto result = run(m, request(BacktestPolicy::Nightly));
        QVERIFY(!result.line(BacktestPolicy::Nightly)->trainings.empty());
        QCOMPARE(m_ws->registry().versions(m.name).size(), versions);
        QCOMPARE(m_ws->store().runs(m.name).size(), runs);
        QCOMPARE(m_ws->store().events(m.name).size(), events);
        QCOMPARE(m_ws->registry().active(m.name)->version, 1);
    }

    void cancelEndsIt()
    {
        CancelToken cancel;
        QStringList phases;
        bool cancelled = false;
        try {
            runBacktest(model(), m_ws->directory(), m_ws->store(), request(BacktestPolicy::Nightly), cancel,
                        [&](const QString& phase, double fraction) {
                            phases << phase;
                            if (fraction > 0.2)
                                cancel.cancel();
                        });
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(!phases.contains(QStringLiteral("done")));
        QVERIFY(phases.contains(QStringLiteral("replaying nightly")));
    }

    void refusesWhatItCannotReplay()
    {
        ModelConfig noTime = model();
        noTime.timestamp.clear();
        QVERIFY_THROWS_EXCEPTION(Error, run(noTime, request(BacktestPolicy::Nightly)));
        try {
            run(model(), request(BacktestPolicy::Nightly, 0, 3));
            QFAIL("a period with no rows before it was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("older than 2026-03-02")), qPrintable(e.message()));
        }
        auto backwards = request(BacktestPolicy::Nightly, 20, 15);
        QVERIFY_THROWS_EXCEPTION(Error, run(model(), backwards));
    }

    void exportsEveryDay()
    {
        const auto result = run(model(), request(BacktestPolicy::Nightly, 14, 16));
        const QStringList csv = result.csvLines();
        QCOMPARE(csv.size(), 4);
        QCOMPARE(csv.front(), QStringLiteral("day,new_rows,r2_nightly,r2_never,trainings_nightly,training_seconds_nightly"));
        QVERIFY(csv[1].startsWith(QStringLiteral("2026-03-16,12,")));
        const auto json = result.toJson();
        QCOMPARE(json["days"].size(), 3u);
        QCOMPARE(json["policies"]["nightly"]["trainings"].get<int>(), 2);
        QCOMPARE(json["days"][0]["trainings"].get<int>(), 0);
        QCOMPARE(json["days"][1]["trainings"].get<int>(), 1);
        QVERIFY(json["days"][0]["scores"]["never"].is_number());
    }
};

QTEST_GUILESS_MAIN(TestBacktest)
#include "tst_backtest.moc"
