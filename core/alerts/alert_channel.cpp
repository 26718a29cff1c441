#include "alert_channel.h"
#include "error.h"
#include <QRegularExpression>

namespace retrainer {

using json = nlohmann::json;

namespace {

QStringList stringList(const json& j, const char* field, const QString& owner)
{
    QStringList out;
    if (!j.contains(field))
        return out;
    if (!j[field].is_array())
        throw Error(QStringLiteral("alert channel '%1': \"%2\" must be a list of names").arg(owner, QLatin1String(field)));
    for (const auto& v : j[field]) {
        if (!v.is_string())
            throw Error(QStringLiteral("alert channel '%1': \"%2\" must hold only names in quotes").arg(owner, QLatin1String(field)));
        out << QString::fromStdString(v.get<std::string>());
    }
    return out;
}

json toJsonList(const QStringList& list)
{
    json out = json::array();
    for (const auto& s : list)
        out.push_back(s.toStdString());
    return out;
}

QString text(const json& j, const char* field, const QString& fallback = {})
{
    if (!j.contains(field) || j[field].is_null())
        return fallback;
    if (!j[field].is_string())
        throw Error(QStringLiteral("\"%1\" must be text in quotes").arg(QLatin1String(field)));
    return QString::fromStdString(j[field].get<std::string>());
}

} // namespace

QStringList splitCommaList(const QString& text)
{
    QStringList out;
    for (const auto& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

QStringList knownAlertKinds()
{
    return {QStringLiteral("run-failed"),  QStringLiteral("performance"),       QStringLiteral("missed-runs"),
            QStringLiteral("slow-run"),    QStringLiteral("source-unreadable"), QStringLiteral("drift"),
            QStringLiteral("auto-rollback"), QStringLiteral("channel-failing")};
}

QString toString(AlertChannel::Type type)
{
    return type == AlertChannel::Type::Email ? QStringLiteral("email") : QStringLiteral("webhook");
}

bool AlertChannel::wants(const AlertRecord& alert) const
{
    if (!kinds.isEmpty() && !kinds.contains(alert.kind))
        return false;
    return models.isEmpty() || alert.model.isEmpty() || models.contains(alert.model);
}

QString AlertChannel::problem() const
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!namePattern.match(name).hasMatch())
        return QStringLiteral("a channel name uses 1 to 64 letters, digits, '-' or '_' (got '%1')").arg(name);
    if (type == Type::Webhook) {
        if (format != QLatin1String("text") && format != QLatin1String("json"))
            return QStringLiteral("channel '%1': the format is \"text\" (chat rooms) or \"json\" (every field), not '%2'").arg(name, format);
        return {};
    }
    if (smtpHost.isEmpty())
        return QStringLiteral("channel '%1': the e-mail server (SMTP host) is missing").arg(name);
    if (smtpPort < 1 || smtpPort > 65535)
        return QStringLiteral("channel '%1': the SMTP port must be from 1 to 65535, not %2").arg(name).arg(smtpPort);
    if (!from.contains(QLatin1Char('@')))
        return QStringLiteral("channel '%1': the sender address '%2' is not an e-mail address").arg(name, from);
    if (to.isEmpty())
        return QStringLiteral("channel '%1': at least one recipient is needed").arg(name);
    for (const auto& address : to)
        if (!address.contains(QLatin1Char('@')))
            return QStringLiteral("channel '%1': the recipient '%2' is not an e-mail address").arg(name, address);
    return {};
}

json AlertChannel::toJson() const
{
    json j{{"name", name.toStdString()}, {"type", toString(type).toStdString()},
           {"kinds", toJsonList(kinds)}, {"models", toJsonList(models)}};
    if (type == Type::Webhook) {
        j["format"] = format.toStdString();
    } else {
        j["smtp_host"] = smtpHost.toStdString();
        j["smtp_port"] = smtpPort;
        j["starttls"] = startTls;
        j["smtp_user"] = smtpUser.toStdString();
        j["from"] = from.toStdString();
        j["to"] = toJsonList(to);
        if (!caFile.isEmpty())
            j["ca_file"] = caFile.toStdString();
    }
    return j;
}

AlertChannel AlertChannel::fromJson(const json& j)
{
    if (!j.is_object())
        throw Error(QStringLiteral("an alert channel must be an object {...}"));
    AlertChannel c;
    try {
        c.name = text(j, "name");
    } catch (const Error& e) {
        throw Error(QStringLiteral("alert channel: %1").arg(e.message()));
    }
    try {
        const QString type = text(j, "type", QStringLiteral("webhook"));
        if (type == QLatin1String("email"))
            c.type = Type::Email;
        else if (type != QLatin1String("webhook"))
            throw Error(QStringLiteral("\"type\" is \"webhook\" or \"email\", not '%1'").arg(type));
        c.format = text(j, "format", c.format);
        c.smtpHost = text(j, "smtp_host");
        if (j.contains("smtp_port")) {
            if (!j["smtp_port"].is_number_integer())
                throw Error(QStringLiteral("\"smtp_port\" must be a whole number"));
            c.smtpPort = j["smtp_port"].get<int>();
        }
        if (j.contains("starttls")) {
            if (!j["starttls"].is_boolean())
                throw Error(QStringLiteral("\"starttls\" must be true or false"));
            c.startTls = j["starttls"].get<bool>();
        }
        c.smtpUser = text(j, "smtp_user");
        c.from = text(j, "from");
        c.caFile = text(j, "ca_file");
    } catch (const Error& e) {
        throw Error(QStringLiteral("alert channel '%1': %2").arg(c.name, e.message()));
    }
    c.kinds = stringList(j, "kinds", c.name);
    c.models = stringList(j, "models", c.name);
    c.to = stringList(j, "to", c.name);
    if (const QString p = c.problem(); !p.isEmpty())
        throw Error(p);
    return c;
}

} // namespace retrainer
