// POST endpoints that act on a model's runs and versions: train, cancel, rollback.
#include "api_audit.h"
#include "api_routes.h"
#include "event_hub.h"
#include "runner.h"
#include "workspace.h"

namespace retrainer {

using json = nlohmann::json;

namespace {

QCoro::Task<ApiReply> train(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    const json body = call.object();
    RunRequest request;
    request.model = m.name;
    request.trigger = QStringLiteral("api");
    request.force = boolField(body, "force", false);
    request.dryRun = boolField(body, "dry_run", false);
    request.reason = QStringLiteral("asked by API token '%1'").arg(call.caller.name);
    request.timeLimitSecs = m.triggers.maxTrainingSecs;
    const bool exclusive = boolField(body, "exclusive", false);
    const auto running = context.runner.activeRun(m.name);
    if (exclusive && running)
        throw ApiError(409, QStringLiteral("run in progress"),
                       QStringLiteral("run %1 of '%2' is already queued or running").arg(*running).arg(m.name));
    const qint64 id = context.runner.start(request);
    recordAudit(context.workspace.store(), call.caller.name, QStringLiteral("train"), m.name,
                {{"run", id}, {"force", request.force}, {"dry_run", request.dryRun}, {"joined", running.has_value()}});
    co_return jsonReply({{"model", utf8(m.name)}, {"run", id}, {"joined", running.has_value()},
                         {"events", "/api/v1/events"}}, 202);
}

QCoro::Task<ApiReply> cancel(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    const auto running = context.runner.activeRun(m.name);
    if (!running || !context.runner.cancel(m.name))
        throw ApiError(409, QStringLiteral("nothing to cancel"), QStringLiteral("'%1' has no queued or running run").arg(m.name));
    recordAudit(context.workspace.store(), call.caller.name, QStringLiteral("cancel"), m.name, {{"run", *running}});
    co_return jsonReply({{"model", utf8(m.name)}, {"run", *running}, {"cancelling", true}}, 202);
}

QCoro::Task<ApiReply> rollback(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    const json body = call.object();
    const auto version = intField(body, "version");
    if (!version)
        throw ApiError(400, QStringLiteral("missing field"), QStringLiteral("field 'version' (a whole number) is required"));
    Registry& registry = context.workspace.registry();
    if (!registry.version(m.name, *version))
        throw ApiError(404, QStringLiteral("unknown version"), QStringLiteral("'%1' has no version %2").arg(m.name).arg(*version));
    const auto before = registry.active(m.name);
    try {
        registry.rollback(m.name, *version);
    } catch (const Error& e) {
        throw ApiError(409, QStringLiteral("rollback refused"),
                       QStringLiteral("%1; the active version is still %2").arg(e.message(),
                           before ? QString::number(before->version) : QStringLiteral("none")));
    }
    const json previous = before ? json(before->version) : json(nullptr);
    recordAudit(context.workspace.store(), call.caller.name, QStringLiteral("rollback"), m.name,
                {{"version", *version}, {"previous_version", previous}});
    context.events.broadcast({{"type", "version-rolled-back"}, {"model", utf8(m.name)}, {"run", nullptr},
                              {"version", *version}, {"previous_version", previous}});
    co_return jsonReply({{"model", utf8(m.name)}, {"active_version", *version}, {"previous_version", previous}});
}

} // namespace

std::vector<ApiRoute> actionRoutes()
{
    const QString models = QStringLiteral("/api/v1/models/{name}");
    return {
        {"POST", models + QStringLiteral("/train"), Access::Admin, train},
        {"POST", models + QStringLiteral("/cancel"), Access::Admin, cancel},
        {"POST", models + QStringLiteral("/rollback"), Access::Admin, rollback},
    };
}

} // namespace retrainer
