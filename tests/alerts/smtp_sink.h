#pragma once
// Starts tests/alerts/smtp_sink.py (a real aiosmtpd SMTP server) on a free 127.0.0.1 port, optionally
// with STARTTLS (a self-signed certificate made with openssl for 127.0.0.1) and a required login, and
// reads the messages it received.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <nlohmann/json.hpp>
#include <vector>

namespace retrainer::test {

class SmtpSink
{
public:
    struct Options
    {
        bool startTls = false;
        QString user, password; // login required when set
    };

    explicit SmtpSink(Options options) : m_options(std::move(options)) {}
    ~SmtpSink()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    // Empty when running; otherwise why not.
    QString start()
    {
        {
            QTcpServer probe; // a free port, released for the sink
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return QStringLiteral("no free port");
            m_port = probe.serverPort();
        }
        QStringList args{QStringLiteral(RETRAINER_SMTP_SINK), QStringLiteral("--port"), QString::number(m_port),
                         QStringLiteral("--out"), outPath()};
        if (m_options.startTls) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                           QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                           QStringLiteral("-keyout"), keyPath(), QStringLiteral("-out"), certPath()});
            if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
                return QStringLiteral("openssl could not make a certificate: ") + QString::fromUtf8(openssl.readAllStandardError());
            args << QStringLiteral("--cert") << certPath() << QStringLiteral("--key") << keyPath();
        }
        if (!m_options.user.isEmpty())
            args << QStringLiteral("--user") << m_options.user << QStringLiteral("--password") << m_options.password;
        m_process.start(QStringLiteral("/usr/bin/python3"), args);
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("python3 did not start: ") + m_process.errorString();
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(20000))
                return QStringLiteral("the SMTP sink did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
        }
        const QByteArray line = m_process.readLine().trimmed();
        return line == "READY" ? QString() : QStringLiteral("unexpected output from the sink: ") + QString::fromUtf8(line);
    }

    quint16 port() const { return m_port; }
    QString certPath() const { return m_dir.path() + QStringLiteral("/cert.pem"); }

    std::vector<nlohmann::json> messages() const
    {
        std::vector<nlohmann::json> out;
        QFile file(outPath());
        if (!file.open(QIODevice::ReadOnly))
            return out;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (!line.isEmpty())
                out.push_back(nlohmann::json::parse(line.toStdString()));
        }
        return out;
    }

private:
    QString outPath() const { return m_dir.path() + QStringLiteral("/messages.jsonl"); }
    QString keyPath() const { return m_dir.path() + QStringLiteral("/key.pem"); }

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace retrainer::test
