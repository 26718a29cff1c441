// A model's settings saved through the engine (as the Settings tab saves them) while quality reports read them
// on worker threads (as the Data quality tab, the drift check and `retrainer quality` do). Each report sees
// a whole configuration, every save is kept, and — the point of the suite — ThreadSanitizer finds no data race:
//   bash packaging/tsan.sh        (builds this suite with -fsanitize=thread and runs it)
#include "engine.h"
#include "engine_fixture.h"
#include "quality_check.h"
#include "workspace.h"
#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace retrainer;

class TestSettingsRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesWhileQualityReportsRun()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csv = dir.filePath(QStringLiteral("visits.csv"));
        QVERIFY(test::writeFile(csv, test::regressionCsv(300, 3)));
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("ws")));
        workspace->addModel(test::csvModel(QStringLiteral("clinic"), csv));
        SystemClock clock;
        Engine engine(*workspace, clock);

        std::atomic<bool> stop{false};
        std::atomic<int> reports{0};
        QMutex failuresMutex;
        QStringList failures;
        // std::thread, joined: ThreadSanitizer sees a join, not QThread::wait's synchronisation inside Qt.
        std::vector<std::thread> readers;
        struct JoinAll // a failing check returns early: the readers still stop and are joined
        {
            std::atomic<bool>& stop;
            std::vector<std::thread>& threads;
            ~JoinAll()
            {
                stop = true;
                for (auto& thread : threads)
                    if (thread.joinable())
                        thread.join();
            }
        } joinAll{stop, readers};
        for (int i = 0; i < 3; ++i) {
            readers.emplace_back([&] {
                while (!stop) {
                    try {
                        const QualityReport report = checkQuality(*workspace, QStringLiteral("clinic"));
                        if (report.rows != 300)
                            throw Error(QStringLiteral("%1 usable rows, not 300").arg(report.rows));
                        ++reports;
                    } catch (const Error& e) {
                        QMutexLocker lock(&failuresMutex);
                        failures << e.message();
                    }
                }
            });
        }
        const int saves = 40;
        for (int i = 1; i <= saves; ++i) {
            ModelConfig config = workspace->requireModel(QStringLiteral("clinic"));
            config.displayName = QStringLiteral("Clinic %1").arg(i);
            config.triggers.data.minNew = 5 + i;
            QCOMPARE(test::errorOf(engine.updateModel(config, QStringLiteral("tester"))), QString());
            QTest::qWait(5); // the readers run in between
        }
        QTRY_VERIFY_WITH_TIMEOUT(reports >= 3, 30000);
        stop = true;
        for (auto& reader : readers)
            reader.join();

        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        const ModelConfig last = workspace->requireModel(QStringLiteral("clinic"));
        QCOMPARE(last.displayName, QStringLiteral("Clinic %1").arg(saves));
        QCOMPARE(last.triggers.data.minNew, 5 + saves);
        QFile saved(workspace->configPath());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("Clinic 40")); // the last save is the one on disk
    }
};

QTEST_GUILESS_MAIN(TestSettingsRace)
#include "tst_settings_race.moc"
