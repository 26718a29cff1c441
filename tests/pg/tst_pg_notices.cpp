// Two headless daemons (two machines) on one PostgreSQL store, each with its HTTP API: what one changes
// reaches the other at once (LISTEN/NOTIFY). Samples posted to A fire the data trigger once across the two
// (one run in total); a promotion on A is served by B's predict API within a second (the delay is printed).
// Real binaries, the test cluster (RETRAINER_TEST_PG).
#include "pg_sites.h"
#include "pg_test_database.h"
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace retrainer::test;
using json = nlohmann::json;

namespace {

// Rows {x1, phase, y}: phase "a" follows y = 2·x1, phase "b" y = 100 - 2·x1.
QByteArray rows(const QString& phase, int count, int from = 0)
{
    json out = json::array();
    for (int i = from; i < from + count; ++i)
        out.push_back({{"x1", i % 50}, {"phase", phase.toStdString()}, {"y", phase == QLatin1String("a") ? 2 * (i % 50) : 100 - 2 * (i % 50)}});
    return QByteArray::fromStdString(out.dump());
}

} // namespace

class TestPgNotices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PgTestDatabase m_database;
    Site m_a, m_b;
    QString m_admin, m_viewer;

    static int run(const QString& workspace, QStringList args, QString* text = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(RETRAINER_BINARY), QStringList{QStringLiteral("--workspace"), workspace} + args);
        if (!p.waitForFinished(120000))
            p.kill();
        p.waitForFinished();
        if (text)
            *text = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    QString token(const QString& name, const QString& role)
    {
        QString text;
        if (run(m_a.workspace, {QStringLiteral("token"), QStringLiteral("create"), name, QStringLiteral("--role"), role,
                                QStringLiteral("--json")}, &text) != 0)
            return {};
        return QString::fromStdString(json::parse(text.toStdString(), nullptr, false).value("token", std::string()));
    }
    int served(Site& site) { return servedVersion(site, QStringLiteral("posted"), m_viewer, R"([{"x1": 1, "phase": "a"}])"); }
    // B's (or A's) view of a model through its API: GET /api/v1/models/<name>.
    json modelOn(Site& site, const QString& model)
    {
        const auto reply = site.http.get(QStringLiteral("/api/v1/models/%1").arg(model), m_viewer);
        return reply.status == 200 && reply.body.is_object() ? reply.body : json::object(); // value() on null throws
    }
    // The site's scheduler's upcoming moments of `model` of one trigger kind (all when `kind` is empty).
    json upcoming(Site& site, const QString& model, const std::string& kind = {})
    {
        const auto reply = site.http.get(QStringLiteral("/api/v1/models/%1/next").arg(model), m_viewer);
        json out = json::array();
        if (reply.status == 200 && reply.body.is_array())
            for (const auto& m : reply.body)
                if (kind.empty() || m.value("trigger", std::string()) == kind)
                    out.push_back(m);
        return out;
    }
    // Polls `seen` every 10 ms for up to 5 s; the milliseconds until it held, or -1.
    static qint64 msUntil(const std::function<bool()>& seen)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 5000) {
            if (seen())
                return clock.elapsed();
            QTest::qWait(10);
        }
        return -1;
    }
    json history()
    {
        QString text;
        if (run(m_a.workspace, {QStringLiteral("history"), QStringLiteral("posted"), QStringLiteral("--json")}, &text) != 0)
            return json::array();
        return json::parse(text.toStdString(), nullptr, false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_database.error().isEmpty(), qPrintable(m_database.error()));
        m_a.workspace = m_dir.filePath(QStringLiteral("site-a"));
        m_b.workspace = m_dir.filePath(QStringLiteral("site-b"));
        QString text;
        QVERIFY2(run(m_a.workspace, {QStringLiteral("init"), QStringLiteral("--store"), m_database.url()}, &text) == 0, qPrintable(text));
        QVERIFY2(run(m_a.workspace, {QStringLiteral("model"), QStringLiteral("add"), QStringLiteral("posted"), QStringLiteral("--source"),
                                     QStringLiteral("store:"), QStringLiteral("--task"), QStringLiteral("regression"),
                                     QStringLiteral("--label"), QStringLiteral("y"), QStringLiteral("--features"), QStringLiteral("x1,phase")},
                     &text) == 0,
                 qPrintable(text));
        QVERIFY(QDir().mkpath(m_b.workspace));
        QVERIFY(QFile::copy(m_a.workspace + QStringLiteral("/workspace.json"), m_b.workspace + QStringLiteral("/workspace.json")));
        m_admin = token(QStringLiteral("ops"), QStringLiteral("admin"));
        m_viewer = token(QStringLiteral("wallboard"), QStringLiteral("viewer"));
        QVERIFY(!m_admin.isEmpty() && !m_viewer.isEmpty());
        QVERIFY2(startSite(m_a), qPrintable(readLog(m_a)));
        QVERIFY2(startSite(m_b), qPrintable(readLog(m_b)));
    }

    void cleanupTestCase()
    {
        stopSite(m_a);
        stopSite(m_b);
    }

    // The data trigger (5 new rows) comes due on both: A stored the rows, B heard of them. One run in total.
    void samplesPostedToAFireOneDataRun()
    {
        const auto posted = m_a.http.post(QStringLiteral("/api/v1/models/posted/samples"), m_admin, rows(QStringLiteral("a"), 60));
        QVERIFY2(posted.status / 100 == 2, posted.body.dump().c_str());
        auto finishedRuns = [this] {
            int finished = 0;
            for (const auto& r : history())
                if (r.value("state", std::string()) != "queued" && r.value("state", std::string()) != "running")
                    ++finished;
            return finished;
        };
        QTRY_VERIFY_WITH_TIMEOUT(finishedRuns() >= 1, 120000);
        QTest::qWait(3000); // time enough for a second run, if the other instance were to start one
        const json runs = history();
        QCOMPARE(int(runs.size()), 1);
        QCOMPARE(QString::fromStdString(runs[0].value("trigger", std::string())), QStringLiteral("data"));
        QCOMPARE(QString::fromStdString(runs[0].value("state", std::string())), QStringLiteral("promoted"));
        // Both instances saw the trigger come due: one trained, the other left it to the first.
        const QString answered = QStringLiteral("answered by another instance");
        const QString trainedElsewhere = QStringLiteral("another Retrainer instance");
        auto leftIt = [&](const Site& site) { return readLog(site).contains(answered) || readLog(site).contains(trainedElsewhere); };
        QVERIFY2(leftIt(m_a) != leftIt(m_b), qPrintable(readLog(m_a) + QStringLiteral("\n----\n") + readLog(m_b)));
        // B serves the version A (or B) promoted.
        QTRY_COMPARE_WITH_TIMEOUT(served(m_a), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(served(m_b), 1, 5000);
    }

    // A trains on new rows and promotes version 2; B's predict API serves it within a second of A's.
    void promotionOnAReachesBWithinASecond()
    {
        const auto posted = m_a.http.post(QStringLiteral("/api/v1/models/posted/samples"), m_admin, rows(QStringLiteral("b"), 120));
        QVERIFY2(posted.status / 100 == 2, posted.body.dump().c_str());
        const auto train = m_a.http.post(QStringLiteral("/api/v1/models/posted/train"), m_admin, "{}");
        QVERIFY2(train.status == 202, train.body.dump().c_str());
        QElapsedTimer clock;
        clock.start();
        qint64 atA = -1, atB = -1;
        while (clock.elapsed() < 120000 && (atA < 0 || atB < 0)) {
            if (atA < 0 && served(m_a) == 2)
                atA = clock.elapsed();
            if (atB < 0 && served(m_b) == 2)
                atB = clock.elapsed();
            if (atA < 0 && history()[0].value("state", std::string()) == "rejected")
                QFAIL(history()[0].dump().c_str());
        }
        QVERIFY2(atA >= 0 && atB >= 0, qPrintable(readLog(m_a) + QStringLiteral("\n----\n") + readLog(m_b)));
        const qint64 delay = std::max<qint64>(0, atB - atA);
        qInfo("promotion on A served by B's predict API %lld ms after A's", static_cast<long long>(delay));
        QVERIFY2(delay < 1000, qPrintable(QStringLiteral("B served version 2 %1 ms after A").arg(delay)));
        QVERIFY(readLog(m_b).contains(QLatin1String("put in service by another instance")));
    }

    // A schedule added on A is the model's on both machines (the settings are shared in the store): B's
    // scheduler has it too, and its moment starts one run across the two.
    void aScheduledMomentFiresOnceAcrossInstances()
    {
        const int before = int(history().size());
        const int scheduledOnB = int(upcoming(m_b, QStringLiteral("posted"), "schedule").size());
        QString text;
        QVERIFY2(run(m_a.workspace, {QStringLiteral("schedule"), QStringLiteral("posted"), QStringLiteral("add"),
                                     QStringLiteral("* * * * *")}, &text) == 0, qPrintable(text));
        QTRY_COMPARE_WITH_TIMEOUT(int(upcoming(m_b, QStringLiteral("posted"), "schedule").size()), scheduledOnB + 1, 1000);
        auto scheduled = [this] {
            int n = 0;
            for (const auto& r : history())
                n += r.value("trigger", std::string()) == "schedule" ? 1 : 0;
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(scheduled() >= 1, 90000); // the next minute
        QTest::qWait(5000);
        QCOMPARE(scheduled(), 1);
        QCOMPARE(int(history().size()), before + 1);
        const QString answered = QStringLiteral("schedule trigger of 'posted' was answered by another instance");
        QVERIFY2(readLog(m_a).contains(answered) != readLog(m_b).contains(answered),
                 qPrintable(readLog(m_a) + QStringLiteral("\n----\n") + readLog(m_b)));
    }

    // The performance threshold changed through A's command line: B's API and B's scheduler have it within
    // a second (the delay is printed).
    void aThresholdChangedOnAIsSeenByBWithinASecond()
    {
        auto threshold = [this](Site& site) {
            return modelOn(site, QStringLiteral("posted"))["config"]["triggers"]["performance"].value("threshold", -1.0);
        };
        QCOMPARE(threshold(m_b), 0.70);
        QString text;
        QVERIFY2(run(m_a.workspace, {QStringLiteral("trigger"), QStringLiteral("posted"), QStringLiteral("performance"),
                                     QStringLiteral("--threshold"), QStringLiteral("0.55")}, &text) == 0, qPrintable(text));
        const qint64 delay = msUntil([&] { return threshold(m_b) == 0.55; });
        qInfo("a threshold changed on A seen in B's API %lld ms after A's command ended", static_cast<long long>(delay));
        QVERIFY2(delay >= 0 && delay < 1000, qPrintable(QStringLiteral("%1 ms\n").arg(delay) + readLog(m_b)));
        QCOMPARE(threshold(m_a), 0.55);
        // B's scheduler checks against the new threshold, not only its copy of the settings.
        QTRY_VERIFY_WITH_TIMEOUT(upcoming(m_b, QStringLiteral("posted"), "performance").dump().find("threshold 0.55") != std::string::npos, 1000);
        QVERIFY(readLog(m_b).contains(QLatin1String("the settings of 'posted' were changed by another instance")));
    }

    // A model added on A is served by B's API, with its moments in B's scheduler, within a second.
    void aModelAddedOnAAppearsOnB()
    {
        QCOMPARE(m_b.http.get(QStringLiteral("/api/v1/models/second"), m_viewer).status, 404);
        QString text;
        QVERIFY2(run(m_a.workspace, {QStringLiteral("model"), QStringLiteral("add"), QStringLiteral("second"), QStringLiteral("--source"),
                                     QStringLiteral("store:"), QStringLiteral("--task"), QStringLiteral("regression"),
                                     QStringLiteral("--label"), QStringLiteral("y"), QStringLiteral("--features"), QStringLiteral("x1")},
                     &text) == 0, qPrintable(text));
        const qint64 delay = msUntil([&] { return modelOn(m_b, QStringLiteral("second")).value("model", std::string()) == "second"; });
        qInfo("a model added on A listed by B's API %lld ms after A's command ended", static_cast<long long>(delay));
        QVERIFY2(delay >= 0 && delay < 1000, qPrintable(QStringLiteral("%1 ms\n").arg(delay) + readLog(m_b)));
        QTRY_VERIFY_WITH_TIMEOUT(!upcoming(m_b, QStringLiteral("second"), "schedule").empty(), 1000);
        // A third machine joining the store later sees both models without copying anything.
        const QString third = m_dir.filePath(QStringLiteral("site-c"));
        QVERIFY2(run(third, {QStringLiteral("init"), QStringLiteral("--store"), m_database.url()}, &text) == 0, qPrintable(text));
        QVERIFY2(run(third, {QStringLiteral("model"), QStringLiteral("list"), QStringLiteral("--json")}, &text) == 0, qPrintable(text));
        const json listed = json::parse(text.toStdString(), nullptr, false);
        QVERIFY2(listed.is_array() && listed.size() == 2, qPrintable(text));
        QCOMPARE(listed[0]["triggers"]["performance"].value("threshold", -1.0), 0.55);
        QCOMPARE(listed[1].value("name", std::string()), "second");
    }

    // A pause on A pauses the model on B (its API says so and its scheduler holds every moment); a resume on
    // A resumes it on B.
    void aPauseOnAPausesTheModelOnB()
    {
        auto pausedOnB = [this] {
            const json moments = upcoming(m_b, QStringLiteral("posted"));
            bool allHeld = !moments.empty();
            for (const auto& m : moments)
                allHeld = allHeld && m.value("description", std::string()).rfind("paused (", 0) == 0 && m["when"].is_null();
            return modelOn(m_b, QStringLiteral("posted")).value("paused", false) && allHeld;
        };
        QVERIFY(!pausedOnB());
        QString text;
        QVERIFY2(run(m_a.workspace, {QStringLiteral("pause"), QStringLiteral("posted")}, &text) == 0, qPrintable(text));
        const qint64 delay = msUntil(pausedOnB);
        qInfo("a pause on A held B's scheduler %lld ms after A's command ended", static_cast<long long>(delay));
        QVERIFY2(delay >= 0 && delay < 1000, qPrintable(QStringLiteral("%1 ms\n").arg(delay) + readLog(m_b)));
        QVERIFY(!modelOn(m_b, QStringLiteral("second")).value("paused", true)); // only the model paused
        QVERIFY2(run(m_a.workspace, {QStringLiteral("resume"), QStringLiteral("posted")}, &text) == 0, qPrintable(text));
        QTRY_VERIFY_WITH_TIMEOUT(!modelOn(m_b, QStringLiteral("posted")).value("paused", true), 1000);
    }
};

QTEST_GUILESS_MAIN(TestPgNotices)
#include "tst_pg_notices.moc"
