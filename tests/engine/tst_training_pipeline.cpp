// The training pipeline end to end on real files: a real CSV, a real SQLite store, real dlib training.
#include "error.h"
#include "engine_fixture.h"
#include "model_artifact.h"
#include "training_pipeline.h"
#include "workspace.h"
#include <QTemporaryDir>
#include <QTest>

using namespace retrainer;

class TestTrainingPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    ModelConfig csvModel(const QString& name, const QString& file) { return test::csvModel(name, file); }

    RunRecord train(const ModelConfig& model, RunRequest request = {}, const CancelToken& cancel = CancelToken(),
                    const ProgressFn& progress = {})
    {
        request.model = model.name;
        const qint64 id = m_ws->store().createRun(model.name, request.trigger, request.dryRun);
        TrainingPipeline pipeline(m_ws->store(), m_ws->registry(), m_ws->directory());
        return pipeline.execute(id, model, request, cancel, progress);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ws.reset();
        QDir(m_dir.path()).removeRecursively();
        m_ws = Workspace::create(m_dir.path() + QStringLiteral("/ws"));
    }

    void firstRunPromotesVersionOne()
    {
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(200)));
        const auto model = csvModel(QStringLiteral("prices"), QStringLiteral("data.csv"));
        QStringList phases;
        const RunRecord run = train(model, {}, CancelToken(), [&](const QString& phase, double) {
            if (phases.isEmpty() || phases.last() != phase)
                phases << phase;
        });
        QCOMPARE(toString(run.state), QStringLiteral("promoted"));
        QCOMPARE(run.version.value_or(0), 1);
        QCOMPARE(run.rowsUsed, 200L);
        QCOMPARE(run.rowsRejected, 0L);
        QVERIFY(run.metrics["r2"].get<double>() > 0.9);
        for (const char* p : {"loading", "training", "evaluating", "registering"})
            QVERIFY2(run.phases.contains(p), p);
        QVERIFY(phases.contains(QStringLiteral("training")));

        const auto stored = m_ws->store().run(run.id);
        QVERIFY(stored);
        QCOMPARE(toString(stored->state), toString(RunState::Promoted));
        QVERIFY(stored->finishedAt.isValid());

        const auto active = m_ws->registry().active(model.name);
        QVERIFY(active);
        QCOMPARE(active->version, 1);
        const auto& meta = active->metadata;
        for (const char* key : {"algorithm", "parameters", "metrics", "data_fingerprint", "train_size", "holdout_size",
                                "time_range", "parent_version", "run_id", "trigger"})
            QVERIFY2(meta.contains(key), key);
        QCOMPARE(meta["train_size"].get<int>() + meta["holdout_size"].get<int>(), 200);
        QCOMPARE(meta["holdout_size"].get<int>(), 40);
        QVERIFY(meta["parent_version"].is_null());

        // The artifact in the registry predicts as trained.
        const auto artifact = ModelArtifact::deserialize(m_ws->registry().loadVerified(model.name, 1));
        Sample s;
        s.numbers = {1.0, 0.0, std::numeric_limits<double>::quiet_NaN()};
        s.categories = {"", "", "red"};
        QVERIFY(std::abs(artifact.predict(s).value - 7.0) < 1.0); // 3·1 - 0 + 4

        QStringList types;
        for (const auto& e : m_ws->store().events(model.name))
            types << e.type;
        QVERIFY(types.contains(QStringLiteral("TRAINING_STARTED")));
        QVERIFY(types.contains(QStringLiteral("TRAINING_COMPLETED")));
    }

    void autoChoosesByCrossValidationAndRecordsWhy()
    {
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(200)));
        auto model = csvModel(QStringLiteral("auto"), QStringLiteral("data.csv"));
        model.autoAlgorithm = true;
        QCOMPARE(ModelConfig::fromJson(model.toJson()).algorithmName(), QStringLiteral("auto"));
        QStringList phases;
        const RunRecord run = train(model, {}, CancelToken(), [&](const QString& phase, double) { phases << phase; });
        QCOMPARE(toString(run.state), toString(RunState::Promoted));
        QVERIFY(run.metrics["r2"].get<double>() > 0.9);
        const auto meta = m_ws->registry().active(model.name)->metadata;
        const auto& selection = meta["selection"];
        QCOMPARE(selection["folds"].get<std::string>(), std::string("3 forward-chaining folds")); // the CSV has a timestamp
        QCOMPARE(meta["algorithm"], selection["chosen"]["algorithm"]);
        QVERIFY(selection["candidates"].size() >= 4);
        for (const auto& c : selection["candidates"])
            QVERIFY(c.contains("cv_score") && c["seconds"].get<double>() > 0);
        QVERIFY(QString::fromStdString(selection["why"].get<std::string>()).startsWith(QStringLiteral("chosen: ")));
        QVERIFY(run.gate.contains("selection"));
        QVERIFY(phases.contains(QStringLiteral("training")));
    }

    void unchangedDataIsSkippedUnlessForced()
    {
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(120)));
        const auto model = csvModel(QStringLiteral("m"), QStringLiteral("data.csv"));
        QCOMPARE(toString(train(model).state), toString(RunState::Promoted));
        const RunRecord again = train(model);
        QCOMPARE(toString(again.state), toString(RunState::Skipped));
        QVERIFY2(again.error.contains(QStringLiteral("unchanged since version 1")), qPrintable(again.error));
        RunRequest force;
        force.force = true;
        // Same data, same deterministic split: the candidate scores exactly the active version's figure, so
        // it would be a copy of version 1: recorded as a run, not registered (five clicks, no five versions).
        for (int click = 0; click < 3; ++click) {
            const RunRecord forced = train(model, force);
            QCOMPARE(toString(forced.state), toString(RunState::Rejected));
            QCOMPARE(forced.gate["rule"].get<std::string>(), std::string("equal_on_unchanged_data"));
            QVERIFY2(forced.error.contains(QStringLiteral("data is unchanged since version 1")), qPrintable(forced.error));
            QVERIFY(!forced.version);
            QVERIFY(m_ws->store().run(forced.id));
        }
        QCOMPARE(m_ws->registry().versions(model.name).size(), size_t(1));
        QCOMPARE(m_ws->registry().active(model.name)->version, 1);

        // New rows: a forced or not, an equal-or-better candidate is a new version again.
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(160)));
        const RunRecord changed = train(model, force);
        QCOMPARE(toString(changed.state), toString(RunState::Promoted));
        QCOMPARE(changed.version.value_or(0), 2);
        QCOMPARE(m_ws->registry().active(model.name)->metadata["parent_version"].get<int>(), 1);
    }

    void badRowsAreReportedAndTheRestTrains()
    {
        const QStringList bad = {QStringLiteral("2026-03-01T00:00:00,1.0,2.0,red"),            // wrong field count
                                 QStringLiteral("2026-03-01T01:00:00,abc,2.0,red,1.0"),        // non-numeric
                                 QStringLiteral("2026-03-01T02:00:00,1.0,NaN,red,1.0")};       // NaN
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(997, 3, bad)));
        const RunRecord run = train(csvModel(QStringLiteral("m"), QStringLiteral("data.csv")));
        QCOMPARE(toString(run.state), toString(RunState::Promoted));
        QCOMPARE(run.rowsUsed, 997L);
        QCOMPARE(run.rowsRejected, 3L);
        QCOMPARE(run.rejectedReasons.size(), size_t(3));
        QStringList where;
        for (const auto& r : run.rejectedReasons)
            where << QString::fromStdString(r["where"].get<std::string>());
        QCOMPARE(where, (QStringList{m_ws->directory() + QStringLiteral("/data.csv:999"),
                                     m_ws->directory() + QStringLiteral("/data.csv:1000"),
                                     m_ws->directory() + QStringLiteral("/data.csv:1001")}));
    }

    void tooFewRowsIsSkipped()
    {
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(6)));
        const RunRecord run = train(csvModel(QStringLiteral("m"), QStringLiteral("data.csv")));
        QCOMPARE(toString(run.state), toString(RunState::Skipped));
        QVERIFY(run.error.contains(QStringLiteral("at least 10")));
        QVERIFY(!m_ws->registry().active(QStringLiteral("m")));
    }

    void cancelledRunNeverPromotes()
    {
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(300)));
        auto model = csvModel(QStringLiteral("m"), QStringLiteral("data.csv"));
        model.algorithm = Algorithm::RandomForest;
        CancelToken cancel;
        const RunRecord run = train(model, {}, cancel, [&](const QString& phase, double fraction) {
            if (phase == QLatin1String("training") && fraction > 0.25)
                cancel.cancel();
        });
        QCOMPARE(toString(run.state), toString(RunState::Cancelled));
        QVERIFY(!run.version);
        QVERIFY(m_ws->registry().versions(model.name).empty());
        QCOMPARE(toString(m_ws->store().run(run.id)->state), toString(RunState::Cancelled));
    }

    void dryRunRegistersNothing()
    {
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(100)));
        RunRequest request;
        request.dryRun = true;
        const RunRecord run = train(csvModel(QStringLiteral("m"), QStringLiteral("data.csv")), request);
        QCOMPARE(toString(run.state), toString(RunState::Skipped));
        QVERIFY(run.dryRun);
        QVERIFY(run.error.contains(QStringLiteral("dry run")));
        QVERIFY(run.metrics.contains("r2"));
        QCOMPARE(run.gate["decision"].get<std::string>(), std::string("promote"));
        QVERIFY(m_ws->registry().versions(QStringLiteral("m")).empty());
    }

    void failedSourceKeepsTheActiveVersion()
    {
        const QString file = m_ws->directory() + QStringLiteral("/data.csv");
        QVERIFY(test::writeFile(file, test::regressionCsv(100)));
        const auto model = csvModel(QStringLiteral("m"), QStringLiteral("data.csv"));
        QCOMPARE(toString(train(model).state), toString(RunState::Promoted));
        QVERIFY(QFile::remove(file));
        const RunRecord run = train(model);
        QCOMPARE(toString(run.state), toString(RunState::Failed));
        QVERIFY2(run.error.contains(file), qPrintable(run.error));
        QCOMPARE(m_ws->registry().active(model.name)->version, 1);
        QVERIFY(m_ws->registry().verify(model.name, 1).isEmpty());
    }

    void modelThatNeverFindsTheMinorityIsRejected()
    {
        // 10 % 'rare' labels that the features say nothing about: the linear classifier predicts 'common' for
        // every row, which scores a high accuracy — and the gate refuses it, naming the class it ignores.
        std::mt19937 rng(3);
        std::uniform_real_distribution<double> u(-1.0, 1.0);
        QString text = QStringLiteral("when,x1,x2,kind\n");
        const QDateTime start(QDate(2026, 1, 1), QTime(8, 0));
        for (int i = 0; i < 300; ++i)
            text += QStringLiteral("%1,%2,%3,%4\n").arg(start.addSecs(qint64(i) * 3600).toString(Qt::ISODate))
                        .arg(u(rng), 0, 'f', 4).arg(u(rng), 0, 'f', 4)
                        .arg(i % 10 == 3 ? QStringLiteral("rare") : QStringLiteral("common"));
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/kinds.csv"), text));
        auto model = csvModel(QStringLiteral("kinds"), QStringLiteral("kinds.csv"));
        model.task = Task::Classification;
        model.label = QStringLiteral("kind");
        model.primaryMetric = QStringLiteral("accuracy");
        const RunRecord run = train(model);
        QCOMPARE(toString(run.state), toString(RunState::Rejected));
        QCOMPARE(run.gate["rule"].get<std::string>(), std::string("predicts_every_class"));
        QVERIFY2(run.error.contains(QStringLiteral("never predicts 'rare'")), qPrintable(run.error));
        QVERIFY(run.metrics["accuracy"].get<double>() >= 0.89); // "whatever its accuracy"
        QCOMPARE(run.gate["trivial"]["guess"].get<std::string>(), std::string("common"));
        QVERIFY(m_ws->registry().versions(model.name).empty());
    }

    void worseCandidateIsRejected()
    {
        // Version 1 learns from clean data; the candidate learns from rows whose label is noise only,
        // and both are scored on the same (new) holdout, where the candidate is worse.
        const QString file = m_ws->directory() + QStringLiteral("/data.csv");
        QVERIFY(test::writeFile(file, test::regressionCsv(300)));
        auto model = csvModel(QStringLiteral("m"), QStringLiteral("data.csv"));
        QCOMPARE(toString(train(model).state), toString(RunState::Promoted));
        QString text = test::regressionCsv(300);
        QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        std::mt19937 rng(1);
        for (qsizetype i = 1; i < lines.size() * 3 / 4; ++i) { // scramble the labels of the older rows
            auto cells = lines[i].split(QLatin1Char(','));
            cells[4] = QString::number(int(rng() % 40) - 20);
            lines[i] = cells.join(QLatin1Char(','));
        }
        QVERIFY(test::writeFile(file, lines.join(QLatin1Char('\n')) + QLatin1Char('\n')));
        const RunRecord run = train(model);
        QCOMPARE(toString(run.state), toString(RunState::Rejected));
        QVERIFY(run.error.contains(QStringLiteral("worse than the active version 1")));
        QVERIFY(run.gate["champion"].contains("metrics"));
        QCOMPARE(m_ws->registry().active(model.name)->version, 1);
        QCOMPARE(m_ws->registry().versions(model.name).size(), size_t(1));
    }

    void damagedActiveVersionIsReportedNotUsed()
    {
        const QString file = m_ws->directory() + QStringLiteral("/data.csv");
        QVERIFY(test::writeFile(file, test::regressionCsv(100)));
        const auto model = csvModel(QStringLiteral("m"), QStringLiteral("data.csv"));
        QCOMPARE(toString(train(model).state), toString(RunState::Promoted));
        QFile artifact(m_ws->modelsDir() + QLatin1Char('/') + m_ws->registry().active(model.name)->file);
        QVERIFY(artifact.open(QIODevice::ReadWrite));
        artifact.seek(artifact.size() / 2);
        char byte = 0;
        artifact.getChar(&byte);
        artifact.seek(artifact.size() / 2);
        artifact.putChar(char(byte ^ 0x5a));
        artifact.close();
        QVERIFY(!m_ws->registry().verify(model.name, 1).isEmpty());
        RunRequest force;
        force.force = true;
        const RunRecord run = train(model, force);
        QCOMPARE(toString(run.state), toString(RunState::Promoted));
        QVERIFY(QString::fromStdString(run.gate["champion"]["note"].get<std::string>()).contains(QStringLiteral("checksum mismatch")));
        bool reported = false;
        for (const auto& e : m_ws->store().events(model.name))
            reported |= e.type == QLatin1String("ACTIVE_VERSION_UNUSABLE");
        QVERIFY(reported);
    }

    void unfinishedRunsAreMarkedInterrupted()
    {
        const qint64 id = m_ws->store().createRun(QStringLiteral("m"), QStringLiteral("manual"), false);
        RunRecord run = *m_ws->store().run(id);
        run.state = RunState::Training;
        m_ws->store().saveRun(run);
        QCOMPARE(m_ws->recoverInterruptedRuns(), 1);
        QCOMPARE(toString(m_ws->store().run(id)->state), toString(RunState::Interrupted));
    }
};

QTEST_GUILESS_MAIN(TestTrainingPipeline)
#include "tst_training_pipeline.moc"
