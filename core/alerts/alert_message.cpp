#include "alert_message.h"
#include <QLocale>
#include <QUuid>

namespace retrainer {

using json = nlohmann::json;

QString alertHeadline(const AlertRecord& alert)
{
    const QString about = alert.model.isEmpty() ? QStringLiteral("Retrainer") : alert.model;
    return QStringLiteral("[%1] %2: %3").arg(alert.severity, about, alert.text);
}

QByteArray webhookBody(const AlertRecord& alert, const QString& format)
{
    json body;
    if (format == QLatin1String("json")) {
        body = alert.toJson();
        body["headline"] = alertHeadline(alert).toStdString();
    } else {
        body = {{"text", alertHeadline(alert).toStdString()}};
    }
    return QByteArray::fromStdString(body.dump());
}

QByteArray emailMessage(const AlertRecord& alert, const AlertChannel& channel)
{
    QString subject = alertHeadline(alert).simplified();
    if (subject.size() > 150)
        subject = subject.left(147) + QStringLiteral("...");
    const QString date = QLocale::c().toString(alert.time.isValid() ? alert.time.toUTC() : QDateTime::currentDateTimeUtc(),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"));
    QString body = alert.text;
    body += QStringLiteral("\n\nModel: %1\nSeverity: %2\nKind: %3\nRaised: %4 (UTC)\nAlert number: %5\n\n"
                           "Open the Retrainer console (Alerts page) or run `retrainer alerts` to acknowledge it.\n")
                .arg(alert.model.isEmpty() ? QStringLiteral("-") : alert.model, alert.severity, alert.kind,
                     alert.time.toUTC().toString(Qt::ISODate))
                .arg(alert.id);
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    QByteArray message;
    message += "Date: " + date.toUtf8() + "\r\n";
    message += "From: " + channel.from.toUtf8() + "\r\n";
    message += "To: " + channel.to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    message += "Subject: =?UTF-8?B?" + subject.toUtf8().toBase64() + "?=\r\n";
    message += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + "@retrainer>\r\n";
    message += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    message += body.toUtf8();
    if (!message.endsWith("\r\n"))
        message += "\r\n";
    return message;
}

AlertRecord testAlert(const QString& channel)
{
    AlertRecord a;
    a.time = QDateTime::currentDateTimeUtc();
    a.severity = QStringLiteral("warning");
    a.kind = QStringLiteral("test");
    a.text = QStringLiteral("Test alert from Retrainer: channel '%1' reaches you. Nothing needs doing.").arg(channel);
    return a;
}

} // namespace retrainer
