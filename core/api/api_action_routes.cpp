// POST endpoints that act on a model's runs and versions through the engine: train, cancel, rollback, pin.
#include "api_routes.h"
#include "audit_log.h"
#include "engine.h"
#include "model_lock.h"
#include "retention.h"
#include "workspace.h"
#include <QCoroFuture>

namespace retrainer {

using json = nlohmann::json;

// The version named by {version} of the model; ApiError 404 when there is none.
ModelVersion requireVersion(ApiContext& context, const ModelConfig& model, int version)
{
    if (auto v = context.workspace.registry().version(model.name, version))
        return *v;
    throw ApiError(404, QStringLiteral("unknown version"), QStringLiteral("'%1' has no version %2").arg(model.name).arg(version));
}

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
    const auto running = context.engine.runner().activeRun(m.name);
    if (exclusive && running)
        throw ApiError(409, QStringLiteral("run in progress"),
                       *running > 0 ? QStringLiteral("run %1 of '%2' is already queued or running").arg(*running).arg(m.name)
                                    : QStringLiteral("a run of '%1' is being queued").arg(m.name));
    qint64 id = 0;
    try {
        auto starting = context.engine.train(std::move(request), call.caller.name);
        id = co_await starting;
    } catch (const TrainedElsewhere& e) {
        throw ApiError(409, QStringLiteral("trained elsewhere"), e.message());
    }
    co_return jsonReply({{"model", utf8(m.name)}, {"run", id}, {"joined", running.has_value()},
                         {"events", "/api/v1/events"}}, 202);
}

QCoro::Task<ApiReply> cancel(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    auto queued = context.engine.runner().queuedRun(m.name); // a run still starting: once its row exists
    const auto running = co_await queued;
    if (!running || !context.engine.cancel(m.name, call.caller.name))
        throw ApiError(409, QStringLiteral("nothing to cancel"), QStringLiteral("'%1' has no queued or running run").arg(m.name));
    co_return jsonReply({{"model", utf8(m.name)}, {"run", *running}, {"cancelling", true}}, 202);
}

QCoro::Task<ApiReply> rollback(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    const json body = call.object();
    const auto version = intField(body, "version");
    if (!version)
        throw ApiError(400, QStringLiteral("missing field"), QStringLiteral("field 'version' (a whole number) is required"));
    requireVersion(context, m, *version);
    std::optional<int> before;
    try {
        before = co_await context.engine.rollback(m.name, *version, call.caller.name);
    } catch (const Error& e) {
        const auto active = context.workspace.registry().active(m.name);
        throw ApiError(409, QStringLiteral("rollback refused"),
                       QStringLiteral("%1; the active version is %2").arg(e.message(),
                           active ? QString::number(active->version) : QStringLiteral("none")));
    }
    co_return jsonReply({{"model", utf8(m.name)}, {"active_version", *version},
                         {"previous_version", before ? json(*before) : json(nullptr)}});
}

// {"version": N}: pins (retention keeps it) or unpins version N; audited under the token's name.
QCoro::Task<ApiReply> pinOrUnpin(ApiContext& context, ApiCall call, bool pin)
{
    const ModelConfig m = requireModel(context, call);
    const auto version = intField(call.object(), "version");
    if (!version)
        throw ApiError(400, QStringLiteral("missing field"), QStringLiteral("field 'version' (a whole number) is required"));
    requireVersion(context, m, *version);
    Workspace& workspace = context.workspace;
    std::function<ApiReply()> work = [&workspace, name = m.name, v = *version, pin, actor = call.caller.name] {
        AuditLog audit(workspace.store());
        pinVersion(workspace.registry(), audit, name, v, pin, actor);
        return jsonReply({{"model", utf8(name)}, {"version", v}, {"pinned", pin}, {"disk_use", workspace.registry().diskUse(name)}});
    };
    auto future = offThread(context.pool, std::move(work));
    co_return co_await future;
}

QCoro::Task<ApiReply> pin(ApiContext& context, ApiCall call)
{
    co_return co_await pinOrUnpin(context, std::move(call), true);
}

QCoro::Task<ApiReply> unpin(ApiContext& context, ApiCall call)
{
    co_return co_await pinOrUnpin(context, std::move(call), false);
}

} // namespace

std::vector<ApiRoute> actionRoutes()
{
    const QString models = QStringLiteral("/api/v1/models/{name}");
    return {
        {"POST", models + QStringLiteral("/train"), Access::Admin, train},
        {"POST", models + QStringLiteral("/cancel"), Access::Admin, cancel},
        {"POST", models + QStringLiteral("/rollback"), Access::Admin, rollback},
        {"POST", models + QStringLiteral("/pin"), Access::Admin, pin},
        {"POST", models + QStringLiteral("/unpin"), Access::Admin, unpin},
    };
}

} // namespace retrainer
