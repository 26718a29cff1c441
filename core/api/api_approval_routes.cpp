// POST models/{name}/versions/{version}/approve and /reject {comment}: a person's decision on a candidate
// the gate held back, taken through the engine (audited with the token's name).
#include "api_routes.h"
#include "engine.h"
#include "workspace.h"

namespace retrainer {

using json = nlohmann::json;

namespace {

QCoro::Task<ApiReply> decide(ApiContext& context, ApiCall call, bool approve)
{
    const ModelConfig m = requireModel(context, call);
    const int version = versionParam(call);
    requireVersion(context, m, version);
    const QString comment = stringField(call.object(), "comment");
    try {
        if (approve)
            co_await context.engine.approve(m.name, version, call.caller.name, comment);
        else
            co_await context.engine.reject(m.name, version, call.caller.name, comment);
    } catch (const Error& e) { // not awaiting approval, expired, a damaged file, a reject without comment
        throw ApiError(409, approve ? QStringLiteral("approval refused") : QStringLiteral("rejection refused"), e.message());
    }
    const auto decided = context.workspace.registry().version(m.name, version);
    const auto active = context.workspace.registry().active(m.name);
    co_return jsonReply({{"model", utf8(m.name)}, {"version", version},
                         {"approval", decided ? decided->approval : json::object()},
                         {"active_version", active ? json(active->version) : json(nullptr)}});
}

QCoro::Task<ApiReply> approve(ApiContext& context, ApiCall call) { return decide(context, std::move(call), true); }
QCoro::Task<ApiReply> reject(ApiContext& context, ApiCall call) { return decide(context, std::move(call), false); }

} // namespace

std::vector<ApiRoute> approvalRoutes()
{
    const QString versions = QStringLiteral("/api/v1/models/{name}/versions/{version}");
    return {
        {"POST", versions + QStringLiteral("/approve"), Access::Admin, approve},
        {"POST", versions + QStringLiteral("/reject"), Access::Admin, reject},
    };
}

} // namespace retrainer
