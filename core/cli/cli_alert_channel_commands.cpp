// `retrainer alerts channel add|list|remove|test` and `retrainer alerts deliveries [ID]`: the outside
// alert channels (webhook, e-mail) and what happened to each alert on them.
#include "cli_context.h"
#include "delivery_log.h"
#include "engine.h"
#include "error.h"
#include <QFile>

namespace retrainer::cli {

using json = nlohmann::json;

namespace {

const QString kChannelSynopsis = QStringLiteral(
    "alerts channel add NAME --webhook URL [--format text|json] [--kinds K,K] [--models M,M]\n"
    "       alerts channel add NAME --email TO[,TO] --smtp HOST[:PORT] --from ADDRESS [--user USER]\n"
    "              [--password-file FILE] [--no-starttls] [--ca-file FILE] [--kinds K,K] [--models M,M]\n"
    "       alerts channel list | remove NAME | test NAME");

template <class Record>
json jsonList(const std::vector<Record>& records)
{
    json out = json::array();
    for (const auto& r : records)
        out.push_back(r.toJson());
    return out;
}

QString describe(const AlertChannel& c)
{
    if (c.type == AlertChannel::Type::Webhook)
        return c.format == QLatin1String("json") ? QStringLiteral("webhook, every field as JSON")
                                                 : QStringLiteral("webhook, chat text (Slack/Mattermost)");
    return QStringLiteral("e-mail to %1 via %2:%3%4")
        .arg(c.to.join(QStringLiteral(", ")), c.smtpHost)
        .arg(c.smtpPort)
        .arg(c.startTls ? QStringLiteral(" (STARTTLS)") : QString());
}

QCoro::Task<int> addChannel(Context& context)
{
    QCommandLineParser parser;
    const QString v = QStringLiteral("value");
    parser.addOptions({{QStringLiteral("webhook"), QString(), v}, {QStringLiteral("format"), QString(), v},
                       {QStringLiteral("email"), QString(), v},   {QStringLiteral("smtp"), QString(), v},
                       {QStringLiteral("from"), QString(), v},    {QStringLiteral("user"), QString(), v},
                       {QStringLiteral("password-file"), QString(), v}, {QStringLiteral("no-starttls"), QString()},
                       {QStringLiteral("ca-file"), QString(), v}, {QStringLiteral("kinds"), QString(), v},
                       {QStringLiteral("models"), QString(), v}});
    if (!parseArguments(parser, context, 2, 1, 1, kChannelSynopsis))
        co_return Usage;
    const bool webhook = parser.isSet(QStringLiteral("webhook"));
    if (webhook == parser.isSet(QStringLiteral("email"))) {
        context.out.error(QStringLiteral("give either --webhook URL or --email ADDRESS\nusage: retrainer ") + kChannelSynopsis);
        co_return Usage;
    }
    AlertChannel channel;
    ChannelSecrets secrets;
    channel.name = parser.positionalArguments().first();
    channel.kinds = splitCommaList(parser.value(QStringLiteral("kinds")));
    channel.models = splitCommaList(parser.value(QStringLiteral("models")));
    for (const auto& kind : channel.kinds)
        if (!knownAlertKinds().contains(kind)) {
            context.out.error(QStringLiteral("unknown alert kind '%1' (kinds: %2)").arg(kind, knownAlertKinds().join(QStringLiteral(", "))));
            co_return Usage;
        }
    for (const auto& model : channel.models)
        (void)context.openWorkspace().requireModel(model);
    if (webhook) {
        channel.type = AlertChannel::Type::Webhook;
        secrets.url = parser.value(QStringLiteral("webhook"));
        if (parser.isSet(QStringLiteral("format")))
            channel.format = parser.value(QStringLiteral("format"));
    } else {
        channel.type = AlertChannel::Type::Email;
        channel.to = splitCommaList(parser.value(QStringLiteral("email")));
        const QString smtp = parser.value(QStringLiteral("smtp"));
        const auto colon = smtp.lastIndexOf(QLatin1Char(':'));
        channel.smtpHost = colon > 0 ? smtp.left(colon) : smtp;
        if (colon > 0) {
            bool ok = false;
            channel.smtpPort = smtp.mid(colon + 1).toInt(&ok);
            if (!ok)
                channel.smtpPort = 0; // reported by the channel's own check
        }
        channel.from = parser.value(QStringLiteral("from"));
        channel.smtpUser = parser.value(QStringLiteral("user"));
        channel.startTls = !parser.isSet(QStringLiteral("no-starttls"));
        channel.caFile = parser.value(QStringLiteral("ca-file"));
        if (parser.isSet(QStringLiteral("password-file"))) {
            const QString path = parser.value(QStringLiteral("password-file"));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw Error(QStringLiteral("cannot read the password file %1: %2").arg(path, file.errorString()));
            secrets.password = QString::fromUtf8(file.readAll()).trimmed();
        }
    }
    co_await context.openEngine().saveAlertChannel(channel, secrets, context.user);
    context.out.line(QStringLiteral("Alert channel '%1' saved: %2. Its secrets are in %3 (readable by you only).")
                         .arg(channel.name, describe(channel), context.openWorkspace().secretsPath()));
    co_return Ok;
}

QCoro::Task<int> listChannels(Context& context)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, context, 2, 0, 0, kChannelSynopsis))
        co_return Usage;
    const auto channels = context.openWorkspace().alertChannels();
    if (context.json) {
        context.out.json(jsonList(channels));
        co_return Ok;
    }
    if (channels.empty()) {
        context.out.line(QStringLiteral("No alert channels: alerts show in the console and the tray only. "
                                        "Add one with `retrainer alerts channel add`."));
        co_return Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& c : channels)
        rows.push_back({c.name, describe(c), c.kinds.isEmpty() ? QStringLiteral("all") : c.kinds.join(QStringLiteral(", ")),
                        c.models.isEmpty() ? QStringLiteral("all") : c.models.join(QStringLiteral(", "))});
    context.out.table({QStringLiteral("CHANNEL"), QStringLiteral("SENDS"), QStringLiteral("ALERT KINDS"), QStringLiteral("MODELS")}, rows);
    co_return Ok;
}

QCoro::Task<int> removeChannel(Context& context)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, context, 2, 1, 1, kChannelSynopsis))
        co_return Usage;
    const QString name = parser.positionalArguments().first();
    co_await context.openEngine().removeAlertChannel(name, context.user);
    context.out.line(QStringLiteral("Alert channel '%1' removed, with its secrets.").arg(name));
    co_return Ok;
}

QCoro::Task<int> testChannel(Context& context)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, context, 2, 1, 1, kChannelSynopsis))
        co_return Usage;
    const QString name = parser.positionalArguments().first();
    const DeliveryAttempt result = co_await context.openEngine().testAlertChannel(name, context.user);
    if (context.json)
        context.out.json({{"channel", name.toStdString()}, {"sent", result.sent}, {"error", result.error.toStdString()}});
    if (!result.sent) {
        context.out.error(QStringLiteral("the test alert did not reach '%1': %2").arg(name, result.error));
        co_return Failure;
    }
    if (!context.json)
        context.out.line(QStringLiteral("Test alert sent through '%1'.").arg(name));
    co_return Ok;
}

} // namespace

QCoro::Task<int> alertChannelCommand(Context& context)
{
    const QString action = context.arguments.value(1);
    if (action == QLatin1String("add"))
        co_return co_await addChannel(context);
    if (action == QLatin1String("list"))
        co_return co_await listChannels(context);
    if (action == QLatin1String("remove"))
        co_return co_await removeChannel(context);
    if (action == QLatin1String("test"))
        co_return co_await testChannel(context);
    context.out.error(QStringLiteral("usage: retrainer ") + kChannelSynopsis);
    co_return Usage;
}

QCoro::Task<int> alertDeliveriesCommand(Context& context)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, context, 1, 0, 1, QStringLiteral("alerts deliveries [ALERT-ID] [--json]")))
        co_return Usage;
    DeliveryLog log(context.openWorkspace().store());
    std::vector<DeliveryRecord> records;
    if (!parser.positionalArguments().isEmpty()) {
        bool ok = false;
        const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
        if (!ok) {
            context.out.error(QStringLiteral("ALERT-ID must be an alert number (see `retrainer alerts --all`)"));
            co_return Usage;
        }
        records = log.forAlert(id);
    } else {
        for (auto& [alert, list] : log.since(0))
            records.insert(records.end(), list.begin(), list.end());
    }
    if (context.json) {
        context.out.json(jsonList(records));
        co_return Ok;
    }
    if (records.empty()) {
        context.out.line(QStringLiteral("No deliveries to outside channels recorded."));
        co_return Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& r : records)
        rows.push_back({QString::number(r.alertId), r.channel, r.state, QString::number(r.attempts), localTime(r.updated),
                        r.error.isEmpty() ? QStringLiteral("—") : r.error});
    context.out.table({QStringLiteral("ALERT"), QStringLiteral("CHANNEL"), QStringLiteral("STATE"), QStringLiteral("ATTEMPTS"),
                       QStringLiteral("UPDATED"), QStringLiteral("LAST PROBLEM")},
                      rows);
    co_return Ok;
}

} // namespace retrainer::cli
