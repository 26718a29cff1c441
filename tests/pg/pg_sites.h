#pragma once
// A "site" for the suites and the benchmark that run several Retrainer instances on one PostgreSQL store:
// a workspace folder and a real headless daemon serving the HTTP API on a free loopback port.
#include "api_test_client.h"
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTest>
#include <memory>

namespace retrainer::test {

struct Site
{
    QString workspace;
    quint16 port = 0;
    std::unique_ptr<QProcess> daemon;
    ApiClient http;
};

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress(QHostAddress::LocalHost), 0);
    return probe.serverPort();
}

inline QString readLog(const Site& site)
{
    QFile log(site.workspace + QStringLiteral("/retrainer.log"));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

// Starts `binary --headless --api` on the site's workspace; true once it answers /health and has armed its
// scheduler (within 30 s).
inline bool startSite(Site& site, const QString& binary = QStringLiteral(RETRAINER_BINARY))
{
    site.port = freePort();
    site.http.setPort(site.port);
    site.daemon = std::make_unique<QProcess>();
    site.daemon->setProcessChannelMode(QProcess::MergedChannels);
    site.daemon->start(binary, {QStringLiteral("--workspace"), site.workspace, QStringLiteral("--headless"), QStringLiteral("--api"),
                                QStringLiteral("127.0.0.1:%1").arg(site.port)});
    if (!site.daemon->waitForStarted())
        return false;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000 && site.daemon->state() == QProcess::Running) {
        if (site.http.get(QStringLiteral("/health")).status == 200 && readLog(site).contains(QLatin1String("next for")))
            return true;
        QTest::qWait(100);
    }
    return false;
}

inline void stopSite(Site& site)
{
    if (!site.daemon)
        return;
    site.daemon->terminate();
    if (!site.daemon->waitForFinished(20000))
        site.daemon->kill();
    site.daemon->waitForFinished();
}

// The version `site`'s predict API serves for `model` (0: none or an error), asked with one row.
inline int servedVersion(Site& site, const QString& model, const QString& token, const QByteArray& row)
{
    const auto reply = site.http.post(QStringLiteral("/api/v1/models/%1/predict").arg(model), token, row);
    return reply.status == 200 ? reply.body.value("version", 0) : 0;
}

} // namespace retrainer::test
