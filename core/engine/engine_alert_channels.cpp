// The engine's mutations of outside alert channels: checked, written on a worker, audited.
#include "engine.h"
#include "on_worker.h"
#include "error.h"
#include "workspace.h"
#include <QCoroFuture>
#include <QPointer>
#include <algorithm>

namespace retrainer {

using json = nlohmann::json;

namespace {

QString knownNames(const std::vector<AlertChannel>& channels)
{
    QStringList names;
    for (const auto& c : channels)
        names << c.name;
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

} // namespace

AlertChannel Engine::requireAlertChannel(const QString& name) const
{
    const auto channels = m_workspace.alertChannels();
    const auto it = std::find_if(channels.begin(), channels.end(), [&](const AlertChannel& c) { return c.name == name; });
    if (it == channels.end())
        throw Error(QStringLiteral("no alert channel named '%1' (channels: %2)").arg(name, knownNames(channels)));
    return *it;
}

QCoro::Task<> Engine::saveAlertChannel(AlertChannel channel, ChannelSecrets secrets, QString actor)
{
    if (const QString problem = channel.problem(); !problem.isEmpty())
        throw Error(problem);
    Workspace* ws = &m_workspace;
    SecretFile* file = &m_delivery.secrets();
    auto saving = [ws, file, channel, secrets]() -> QString {
        try {
            ChannelSecrets merged = file->load(channel.name);
            if (!secrets.url.isEmpty())
                merged.url = secrets.url;
            if (!secrets.password.isEmpty())
                merged.password = secrets.password;
            if (channel.type == AlertChannel::Type::Webhook) {
                const QString url = merged.url.trimmed();
                if (!url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://")))
                    return QStringLiteral("channel '%1' needs a webhook address starting with http:// or https://").arg(channel.name);
            }
            if (!secrets.url.isEmpty() || !secrets.password.isEmpty())
                file->save(channel.name, merged);
            std::vector<AlertChannel> channels = ws->alertChannels();
            const auto it = std::find_if(channels.begin(), channels.end(), [&](const AlertChannel& c) { return c.name == channel.name; });
            if (it != channels.end())
                *it = channel;
            else
                channels.push_back(channel);
            ws->setAlertChannels(channels);
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    };
    QPointer<Engine> guard(this);
    const QString problem = co_await onWorker(m_workers, std::move(saving));
    if (!problem.isEmpty())
        throw Error(problem);
    if (guard)
        co_await audited(actor, QStringLiteral("alert-channel-saved"), QString(), channel.toJson()); // no secrets in toJson
}

QCoro::Task<> Engine::removeAlertChannel(QString name, QString actor)
{
    (void)requireAlertChannel(name);
    Workspace* ws = &m_workspace;
    SecretFile* file = &m_delivery.secrets();
    auto removing = [ws, file, name]() -> QString {
        try {
            std::vector<AlertChannel> channels = ws->alertChannels();
            std::erase_if(channels, [&](const AlertChannel& c) { return c.name == name; });
            ws->setAlertChannels(channels);
            file->remove(name);
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    };
    QPointer<Engine> guard(this);
    const QString problem = co_await onWorker(m_workers, std::move(removing));
    if (!problem.isEmpty())
        throw Error(problem);
    if (guard) {
        const json detail = {{"name", name.toStdString()}};
        co_await audited(actor, QStringLiteral("alert-channel-removed"), QString(), detail);
    }
}

QCoro::Task<DeliveryAttempt> Engine::testAlertChannel(QString name, QString actor)
{
    const AlertChannel channel = requireAlertChannel(name);
    QPointer<Engine> guard(this);
    const DeliveryAttempt result = co_await m_delivery.sendTest(channel);
    if (guard) {
        const json detail = {{"name", name.toStdString()}, {"sent", result.sent}, {"error", result.error.toStdString()}};
        co_await audited(actor, QStringLiteral("alert-channel-tested"), QString(), detail);
    }
    co_return result;
}

} // namespace retrainer
