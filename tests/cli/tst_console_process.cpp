// `retrainer` without a command, as a user starts it: the console when there is a display (offscreen here),
// owning the workspace like the daemon and serving CLI commands; a second launch hands over and exits 0;
// without a display, the headless daemon.
#include "instance_lock.h"
#include <QLocalSocket>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTcpServer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

class TestConsoleProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    QProcessEnvironment environment(bool display) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        if (display)
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return env;
    }

    int run(const QStringList& args, QString* out = nullptr, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessEnvironment(environment(true));
        p.start(QStringLiteral(RETRAINER_BINARY), QStringList{QStringLiteral("--workspace"), m_ws} + args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        return p.exitCode();
    }

    bool listening() const
    {
        QLocalSocket socket;
        socket.connectToServer(retrainer::InstanceLock::socketName(m_ws));
        return socket.waitForConnected(200);
    }

    static bool stop(QProcess& process)
    {
        ::kill(pid_t(process.processId()), SIGTERM);
        return process.waitForFinished(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--no-past")}), 0);
    }

    void consoleOwnsTheWorkspaceAndAnswersCommands()
    {
        QProcess console;
        console.setProcessEnvironment(environment(true));
        console.setProcessChannelMode(QProcess::MergedChannels);
        console.start(QStringLiteral(RETRAINER_BINARY), {QStringLiteral("--workspace"), m_ws});
        QVERIFY(console.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(listening(), 60000);

        QString out;
        QCOMPARE(run({QStringLiteral("train"), QStringLiteral("clinic-waiting-time")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("promoted as version 1")), qPrintable(out));
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += console.readAll()).contains("command from"), 30000); // executed inside the console

        // A second launch raises the first window and leaves.
        QCOMPARE(run({}, nullptr, 30000), 0);
        QCOMPARE(console.state(), QProcess::Running);

        QVERIFY(stop(console));
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!listening(), 30000);
    }

    void consoleServesTheHttpApiWhenPreferencesTurnItOn()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port free right now
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const QString conf = m_dir.filePath(QStringLiteral("config/Retrainer/retrainer.conf"));
        {
            QSettings settings(conf, QSettings::IniFormat);
            settings.setValue(QStringLiteral("api/enabled"), true);
            settings.setValue(QStringLiteral("api/port"), port);
        }
        auto restore = qScopeGuard([&] { QFile::remove(conf); });
        QProcess console;
        console.setProcessEnvironment(environment(true));
        console.setProcessChannelMode(QProcess::MergedChannels);
        console.start(QStringLiteral(RETRAINER_BINARY), {QStringLiteral("--workspace"), m_ws});
        QVERIFY(console.waitForStarted());
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += console.readAll()).contains("local HTTP API on"), 60000);

        QNetworkAccessManager http;
        QNetworkReply* reply = http.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("clinic-waiting-time"));
        reply->deleteLater();
        QNetworkReply* refused = http.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/status").arg(port))));
        QTRY_VERIFY_WITH_TIMEOUT(refused->isFinished(), 30000);
        QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401); // tokens as for the daemon
        refused->deleteLater();

        QVERIFY(stop(console));
        QCOMPARE(console.exitCode(), 0);
    }

    void withoutDisplayTheDaemonRuns()
    {
        QProcess daemon;
        daemon.setProcessEnvironment(environment(false));
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        daemon.start(QStringLiteral(RETRAINER_BINARY), {QStringLiteral("--workspace"), m_ws});
        QVERIFY(daemon.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += daemon.readAll()).contains("no display: starting the headless daemon"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT((output += daemon.readAll()).contains("runs headless"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(listening(), 60000);
        QVERIFY(stop(daemon));
        QCOMPARE(daemon.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConsoleProcess)
#include "tst_console_process.moc"
