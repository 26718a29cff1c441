#pragma once
// Runs the real binary (RETRAINER_BINARY) on a workspace while the test's event loop keeps running (so a
// receiver in the test can answer it), and keeps what it printed.
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace retrainer::test {

struct CliResult
{
    int exit = -1;
    QString out, err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

inline CliResult runCli(const QString& workspace, const QStringList& args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(QStringLiteral(RETRAINER_BINARY), QStringList{QStringLiteral("--workspace"), workspace} + args);
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace retrainer::test
