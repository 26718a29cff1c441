#pragma once
// What an alert looks like when it leaves the machine: the bodies of a webhook POST and an e-mail.
#include "alert_channel.h"
#include <QByteArray>
#include <QString>

namespace retrainer {

// One line a person reads in a chat room or a subject line: "[critical] clinic-wait: …".
QString alertHeadline(const AlertRecord& alert);
// The POST body: {"text": "…"} for format "text"; every field of the alert for format "json".
QByteArray webhookBody(const AlertRecord& alert, const QString& format);
// A complete RFC 5322 message (headers, blank line, plain-text body, CRLF line ends).
QByteArray emailMessage(const AlertRecord& alert, const AlertChannel& channel);
// The alert sent by "Send test alert" (kind "test", not stored).
AlertRecord testAlert(const QString& channel);

} // namespace retrainer
