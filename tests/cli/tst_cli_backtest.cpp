// `retrainer backtest` through the real binary: the plain table, --json, --csv, usage errors, and that a
// backtest leaves the model's versions and runs as they were.
#include "cli_process.h"
#include "fixture_data.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliBacktest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    using Result = retrainer::test::CliResult;
    Result cli(const QStringList& args) { return retrainer::test::runCli(m_ws, args, 120000); }
    QStringList period(const QString& policy) const
    {
        return {QStringLiteral("backtest"), QStringLiteral("drifting"), QStringLiteral("--from"), QStringLiteral("2026-04-16"),
                QStringLiteral("--to"), QStringLiteral("2026-04-25"), QStringLiteral("--policy"), policy};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(cli({QStringLiteral("init")}).exit, 0);
        const QString csv = m_dir.filePath(QStringLiteral("rows.csv"));
        QVERIFY(retrainer::test::writeFile(csv, retrainer::test::driftingCsv(QDate(2026, 4, 2), 24, 12)));
        const auto add = cli({QStringLiteral("model"), QStringLiteral("add"), QStringLiteral("drifting"), QStringLiteral("--source"),
                              QStringLiteral("csv:") + csv, QStringLiteral("--task"), QStringLiteral("regression"),
                              QStringLiteral("--label"), QStringLiteral("y"), QStringLiteral("--timestamp"), QStringLiteral("when"),
                              QStringLiteral("--algorithm"), QStringLiteral("linear")});
        QVERIFY2(add.exit == 0, qPrintable(add.err));
        const auto train = cli({QStringLiteral("train"), QStringLiteral("drifting")});
        QVERIFY2(train.exit == 0, qPrintable(train.err));
    }

    void printsAPlainTable()
    {
        const auto versions = cli({QStringLiteral("versions"), QStringLiteral("drifting"), QStringLiteral("--json")}).out;
        const auto history = cli({QStringLiteral("history"), QStringLiteral("drifting"), QStringLiteral("--json")}).out;
        const Result r = cli(period(QStringLiteral("nightly")));
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("a dry run: no version, run or history was written")));
        QVERIFY(r.out.contains(QStringLiteral("DAY")) && r.out.contains(QStringLiteral("NIGHTLY")) && r.out.contains(QStringLiteral("NEVER")));
        QVERIFY(r.out.contains(QStringLiteral("2026-04-16  12")));
        QVERIFY2(r.out.contains(QStringLiteral("nightly (retrain every night at 02:00): 9 trainings")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("If Retrainer had retrained every night at 02:00, the live score over these 10 days")));
        QCOMPARE(cli({QStringLiteral("versions"), QStringLiteral("drifting"), QStringLiteral("--json")}).out, versions);
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("drifting"), QStringLiteral("--json")}).out, history);
    }

    void jsonAndCsv()
    {
        const QString csv = m_dir.filePath(QStringLiteral("days.csv"));
        const Result r = cli(period(QStringLiteral("data")) + QStringList{QStringLiteral("--min-new"), QStringLiteral("24"),
                                                                          QStringLiteral("--csv"), csv, QStringLiteral("--json")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("policy")].toString(), QStringLiteral("data"));
        QCOMPARE(json[QStringLiteral("days")].toArray().size(), 10);
        QCOMPARE(json[QStringLiteral("policies")][QStringLiteral("data")][QStringLiteral("trainings")].toInt(), 120 / 24);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 11);
        QCOMPARE(lines.front(), QStringLiteral("day,new_rows,r2_data,r2_never,r2_nightly,trainings_data,training_seconds_data"));
        QVERIFY(lines[1].startsWith(QStringLiteral("2026-04-16,12,")));
    }

    void usageAndRefusals()
    {
        QCOMPARE(cli({QStringLiteral("backtest"), QStringLiteral("drifting"), QStringLiteral("--from"), QStringLiteral("April")}).exit, 2);
        QCOMPARE(cli(period(QStringLiteral("hourly"))).exit, 2);
        const Result early = cli({QStringLiteral("backtest"), QStringLiteral("drifting"), QStringLiteral("--from"),
                                  QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-04-05")});
        QCOMPARE(early.exit, 1);
        QVERIFY2(early.err.contains(QStringLiteral("choose a later first day")), qPrintable(early.err));
    }
};

QTEST_GUILESS_MAIN(TestCliBacktest)
#include "tst_cli_backtest.moc"
