// Outside alert channels over the API (admin tokens): list, add or replace, remove, send a test alert;
// and the delivery log of one alert (any token).
#include "api_routes.h"
#include "delivery_log.h"
#include "engine.h"
#include "workspace.h"
#include <QCoroFuture>

namespace retrainer {

using json = nlohmann::json;

namespace {

QCoro::Task<ApiReply> listChannels(ApiContext& context, ApiCall)
{
    json out = json::array();
    for (const auto& c : context.workspace.alertChannels())
        out.push_back(c.toJson());
    co_return jsonReply(out);
}

// Body: the channel as workspace.json holds it ({"name", "type", "format", "kinds", "models", "smtp_host", …})
// plus its secrets "url" (webhook) and "password" (SMTP), which go to the secrets file only.
QCoro::Task<ApiReply> saveChannel(ApiContext& context, ApiCall call)
{
    json body = call.object();
    ChannelSecrets secrets;
    secrets.url = stringField(body, "url");
    secrets.password = stringField(body, "password");
    body.erase("url");
    body.erase("password");
    AlertChannel channel;
    try {
        channel = AlertChannel::fromJson(body);
        co_await context.engine.saveAlertChannel(channel, secrets, call.caller.name);
    } catch (const ApiError&) {
        throw;
    } catch (const Error& e) {
        throw ApiError(400, QStringLiteral("bad alert channel"), e.message());
    }
    co_return jsonReply(channel.toJson(), 201);
}

AlertChannel requireChannel(ApiContext& context, const ApiCall& call)
{
    try {
        return context.engine.requireAlertChannel(call.param(QStringLiteral("name")));
    } catch (const Error& e) {
        throw ApiError(404, QStringLiteral("unknown alert channel"), e.message());
    }
}

QCoro::Task<ApiReply> removeChannel(ApiContext& context, ApiCall call)
{
    const AlertChannel channel = requireChannel(context, call);
    co_await context.engine.removeAlertChannel(channel.name, call.caller.name);
    co_return jsonReply({{"removed", utf8(channel.name)}});
}

QCoro::Task<ApiReply> testChannel(ApiContext& context, ApiCall call)
{
    const AlertChannel channel = requireChannel(context, call);
    const DeliveryAttempt result = co_await context.engine.testAlertChannel(channel.name, call.caller.name);
    co_return jsonReply({{"channel", utf8(channel.name)}, {"sent", result.sent},
                         {"error", result.sent ? json(nullptr) : json(utf8(result.error))}},
                        result.sent ? 200 : 502);
}

QCoro::Task<ApiReply> deliveries(ApiContext& context, ApiCall call)
{
    bool ok = false;
    const qint64 id = call.param(QStringLiteral("id")).toLongLong(&ok);
    if (!ok)
        throw ApiError(404, QStringLiteral("unknown alert"), QStringLiteral("'%1' is not an alert number").arg(call.param(QStringLiteral("id"))));
    Workspace& workspace = context.workspace;
    std::function<ApiReply()> work = [&workspace, id] {
        json out = json::array();
        for (const auto& d : DeliveryLog(workspace.store()).forAlert(id))
            out.push_back(d.toJson());
        return jsonReply(out);
    };
    auto future = offThread(context.pool, std::move(work));
    co_return co_await future;
}

} // namespace

std::vector<ApiRoute> alertRoutes()
{
    const QString channels = QStringLiteral("/api/v1/alert-channels");
    return {
        {"GET", channels, Access::Admin, listChannels},
        {"POST", channels, Access::Admin, saveChannel},
        {"DELETE", channels + QStringLiteral("/{name}"), Access::Admin, removeChannel},
        {"POST", channels + QStringLiteral("/{name}/test"), Access::Admin, testChannel},
        {"GET", QStringLiteral("/api/v1/alerts/{id}/deliveries"), Access::Read, deliveries},
    };
}

} // namespace retrainer
