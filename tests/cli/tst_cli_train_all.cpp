// `retrainer train --all` through the real binary: every model trains in its own recorded run (several at
// once), the outcomes come out in the models' order, each run records its peak memory, and an interrupt
// cancels what runs and what waits, every run ending recorded.
#include "cli_process.h"
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using retrainer::test::runCli;

namespace {

// ROWS rows "t,x1,x2,x3,y": one minute apart, y a smooth function of x1..x3 plus a little noise.
void writeRows(const QString& path, int rows, quint32 seed)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QRandomGenerator random(seed);
    QByteArray text("t,x1,x2,x3,y\n");
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        const double x1 = random.generateDouble(), x2 = random.generateDouble(), x3 = random.generateDouble();
        const double y = 10 * x1 + 5 * x2 * x2 - 3 * x3 + 0.1 * random.generateDouble();
        text += start.addSecs(60 * i).toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(x1) + ','
                + QByteArray::number(x2) + ',' + QByteArray::number(x3) + ',' + QByteArray::number(y) + '\n';
    }
    QVERIFY(file.write(text) == text.size());
}

} // namespace

class TestCliTrainAll : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A workspace with COUNT forest models of ROWS rows each: m0, m1, …
    QString workspace(const QString& name, int count, int rows)
    {
        const QString ws = m_dir.filePath(name);
        if (runCli(ws, {QStringLiteral("init")}).exit != 0)
            return {};
        for (int i = 0; i < count; ++i) {
            const QString model = QStringLiteral("m%1").arg(i);
            writeRows(ws + QLatin1Char('/') + model + QStringLiteral(".csv"), rows, 7 + quint32(i));
            const auto added = runCli(ws, {QStringLiteral("model"), QStringLiteral("add"), model, QStringLiteral("--source"),
                                           QStringLiteral("csv:%1.csv").arg(model), QStringLiteral("--task"),
                                           QStringLiteral("regression"), QStringLiteral("--label"), QStringLiteral("y"),
                                           QStringLiteral("--timestamp"), QStringLiteral("t"), QStringLiteral("--algorithm"),
                                           QStringLiteral("random_forest")});
            if (added.exit != 0) {
                qWarning("model add %s: %s", qPrintable(model), qPrintable(added.err));
                return {};
            }
        }
        return ws;
    }

    QJsonArray history(const QString& ws, const QString& model)
    {
        return runCli(ws, {QStringLiteral("--json"), QStringLiteral("history"), model}).json().array();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void trainsEveryModelInItsOwnRunInTheModelsOrder()
    {
        const QString ws = workspace(QStringLiteral("order"), 5, 400);
        QVERIFY(!ws.isEmpty());
        const auto trained = runCli(ws, {QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--all")}, 300000);
        QVERIFY2(trained.exit == 0, qPrintable(trained.out + trained.err));
        const QJsonArray runs = trained.json().array();
        QCOMPARE(runs.size(), 5);
        QSet<qint64> ids;
        for (int i = 0; i < runs.size(); ++i) {
            const QJsonObject run = runs[i].toObject();
            QCOMPARE(run.value(QStringLiteral("model")).toString(), QStringLiteral("m%1").arg(i));
            QCOMPARE(run.value(QStringLiteral("state")).toString(), QStringLiteral("promoted"));
            QVERIFY2(run.value(QStringLiteral("peak_memory_bytes")).toDouble() > 1024 * 1024,
                     qPrintable(QString::fromUtf8(QJsonDocument(run).toJson())));
            ids.insert(qint64(run.value(QStringLiteral("id")).toDouble()));
            // The run is the model's own, in its history.
            const QJsonArray recorded = history(ws, QStringLiteral("m%1").arg(i));
            QCOMPARE(recorded.size(), 1);
            QCOMPARE(recorded[0].toObject().value(QStringLiteral("id")), run.value(QStringLiteral("id")));
            QCOMPARE(recorded[0].toObject().value(QStringLiteral("peak_memory_bytes")), run.value(QStringLiteral("peak_memory_bytes")));
        }
        QCOMPARE(ids.size(), 5);

        // The plain words come in the same order, one outcome per model.
        const auto again = runCli(ws, {QStringLiteral("train"), QStringLiteral("--all"), QStringLiteral("--force")}, 300000);
        QVERIFY2(again.exit == 0, qPrintable(again.out + again.err));
        qsizetype at = 0;
        for (int i = 0; i < 5; ++i) {
            const qsizetype found = again.out.indexOf(QStringLiteral("m%1: run ").arg(i), at);
            QVERIFY2(found >= at, qPrintable(again.out));
            at = found + 1;
        }
    }

    void anInterruptCancelsTheRunningAndTheWaiting()
    {
        const QString ws = workspace(QStringLiteral("cancel"), 4, 20000);
        QVERIFY(!ws.isEmpty());
        QProcess training;
        training.start(QStringLiteral(RETRAINER_BINARY),
                       {QStringLiteral("--workspace"), ws, QStringLiteral("train"), QStringLiteral("--all")});
        QVERIFY(training.waitForStarted());
        QString err;
        QVERIFY(QTest::qWaitFor([&] {
            err += QString::fromUtf8(training.readAllStandardError());
            return err.contains(QStringLiteral(": training")) || training.state() == QProcess::NotRunning;
        }, 120000));
        QVERIFY2(training.state() == QProcess::Running, qPrintable(err));
        ::kill(pid_t(training.processId()), SIGINT);
        QVERIFY(training.waitForFinished(120000));
        QCOMPARE(training.exitStatus(), QProcess::NormalExit);
        QVERIFY(training.exitCode() != 0);

        // Every model has exactly one run, in a terminal state; the last model could not have started
        // before the interrupt, so it was cancelled.
        QStringList states;
        for (int i = 0; i < 4; ++i) {
            const QJsonArray recorded = history(ws, QStringLiteral("m%1").arg(i));
            QCOMPARE(recorded.size(), 1);
            states << recorded[0].toObject().value(QStringLiteral("state")).toString();
        }
        for (const QString& state : std::as_const(states))
            QVERIFY2(QStringList({QStringLiteral("cancelled"), QStringLiteral("promoted")}).contains(state),
                     qPrintable(states.join(QLatin1Char(' '))));
        QCOMPARE(states.last(), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestCliTrainAll)
#include "tst_cli_train_all.moc"
