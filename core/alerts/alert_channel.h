#pragma once
// Where alerts go besides the tray and the Alerts page: a webhook (an HTTP POST to a chat room or any
// service) or e-mail (SMTP). Kept per workspace in workspace.json under "alert_channels" (in the store when it is
// a shared PostgreSQL one, shared_settings.h); the secret parts
// (the webhook's address, which usually carries a token, and the SMTP password) live in ChannelSecrets.
#include "alert_log.h"
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace retrainer {

struct AlertChannel
{
    enum class Type { Webhook, Email };

    QString name;                 // letters, digits, '-' and '_'
    Type type = Type::Webhook;
    // Webhook: "text" sends {"text": "…"} (Slack, Mattermost, Rocket.Chat); "json" sends every field.
    QString format = QStringLiteral("text");
    QStringList kinds;            // the alert kinds it wants ("run-failed", "drift"…); empty: all
    QStringList models;           // the models it wants; empty: all (alerts about no model always pass)
    // E-mail.
    QString smtpHost;
    int smtpPort = 587;
    bool startTls = true;         // STARTTLS required before login and sending
    QString smtpUser;             // empty: no login
    QString from;
    QStringList to;
    QString caFile;               // a CA certificate to trust for this server (e.g. a self-signed one)

    bool wants(const AlertRecord& alert) const;
    nlohmann::json toJson() const;
    // Throws Error naming the field and the channel.
    static AlertChannel fromJson(const nlohmann::json& j);
    // Empty when usable; otherwise a sentence naming what is wrong.
    QString problem() const;
};

QString toString(AlertChannel::Type type);
// "a, b,,c " -> ["a", "b", "c"] (the lists people type in the CLI and the Preferences form).
QStringList splitCommaList(const QString& text);
// The alert kinds Retrainer raises (for help texts and checks).
QStringList knownAlertKinds();

} // namespace retrainer
