// The workspace folder: layout, configuration file errors, the override order and the training lock.
#include "error.h"
#include "workspace.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace retrainer;

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& json)
    {
        const QString dir = m_dir.path() + QLatin1Char('/') + name;
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/workspace.json"));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(json);
        return dir;
    }

    QString openError(const QString& dir)
    {
        try {
            Workspace::open(dir);
        } catch (const Error& e) {
            return e.message();
        }
        return {};
    }

private Q_SLOTS:
    void createMakesTheLayout()
    {
        const QString dir = m_dir.path() + QStringLiteral("/fresh");
        QVERIFY(!Workspace::exists(dir));
        auto ws = Workspace::create(dir);
        QVERIFY(QFile::exists(dir + QStringLiteral("/workspace.json")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/retrainer.sqlite")));
        QVERIFY(QFileInfo(dir + QStringLiteral("/models")).isDir());
        ModelConfig m;
        m.name = QStringLiteral("m");
        m.source = QStringLiteral("store:");
        m.label = QStringLiteral("y");
        ws->addModel(m);
        QVERIFY_THROWS_EXCEPTION(Error, ws->addModel(m));
        ws.reset();
        auto again = Workspace::open(dir);
        QCOMPARE(again->models().size(), size_t(1));
        QCOMPARE(again->requireModel(QStringLiteral("m")).label, QStringLiteral("y"));
        QVERIFY_THROWS_EXCEPTION(Error, again->requireModel(QStringLiteral("other")));
    }

    void configurationErrorsNameTheFileAndValue()
    {
        QVERIFY(openError(m_dir.path() + QStringLiteral("/none")).contains(QStringLiteral("no workspace in")));
        QVERIFY(openError(write(QStringLiteral("a"), "{not json")).contains(QStringLiteral("is not valid JSON")));
        QVERIFY(openError(write(QStringLiteral("b"), R"({"schema_version": 99, "models": []})")).contains(QStringLiteral("schema_version 99")));
        const QString bad = openError(write(QStringLiteral("c"),
            R"({"schema_version":1,"models":[{"name":"m","task":"regression","source":"store:","label":"y","minimum_samples":"ten"}]})"));
        QVERIFY2(bad.contains(QStringLiteral("workspace.json")) && bad.contains(QStringLiteral("minimum_samples")), qPrintable(bad));
        const QString twice = openError(write(QStringLiteral("d"),
            R"({"schema_version":1,"models":[{"name":"m","task":"regression","source":"store:","label":"y"},)"
            R"({"name":"m","task":"regression","source":"store:","label":"y"}]})"));
        QVERIFY(twice.contains(QStringLiteral("defined twice")));
    }

    void directoryResolution()
    {
        qputenv("RETRAINER_WORKSPACE", "/tmp/from-env");
        QCOMPARE(Workspace::resolveDirectory(QStringLiteral("/tmp/from-option")), QStringLiteral("/tmp/from-option"));
        QCOMPARE(Workspace::resolveDirectory({}), QStringLiteral("/tmp/from-env"));
        qunsetenv("RETRAINER_WORKSPACE");
        QVERIFY(Workspace::resolveDirectory({}).endsWith(QStringLiteral("/workspace")));
    }

    void trainingLockIsExclusive()
    {
        const QString dir = m_dir.path() + QStringLiteral("/locked");
        auto first = Workspace::create(dir);
        auto second = Workspace::open(dir);
        QVERIFY(first->acquireTrainingLock());
        qint64 holder = 0;
        QVERIFY(!second->acquireTrainingLock(&holder));
        QCOMPARE(holder, QCoreApplication::applicationPid());
        // While another holder trains, its running runs are not marked interrupted.
        const qint64 id = first->store().createRun(QStringLiteral("m"), QStringLiteral("manual"), false);
        QCOMPARE(second->recoverInterruptedRuns(), 0);
        // Nor by the holder itself (a daemon answering `history` while it trains).
        QCOMPARE(first->recoverInterruptedRuns(), 0);
        QCOMPARE(toString(second->store().run(id)->state), QStringLiteral("queued"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
