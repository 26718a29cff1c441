// POST models/{name}/backtest {from, to, policy, min_new}: what retraining would have done over those days.
// A dry run (nothing is written), so a viewer token may ask; it trains, so it runs on the pool.
#include "api_routes.h"
#include "backtest.h"
#include "workspace.h"
#include <QCoroFuture>

namespace retrainer {

namespace {

QDate dayField(const nlohmann::json& body, const char* field)
{
    const QDate day = QDate::fromString(stringField(body, field), Qt::ISODate);
    if (!day.isValid())
        throw ApiError(400, QStringLiteral("bad request"),
                       QStringLiteral("\"%1\" must be a day such as \"2026-03-01\"").arg(QString::fromLatin1(field)));
    return day;
}

QCoro::Task<ApiReply> backtest(ApiContext& context, ApiCall call)
{
    const ModelConfig model = requireModel(context, call);
    const nlohmann::json body = call.object();
    BacktestRequest request;
    request.from = dayField(body, "from");
    request.to = dayField(body, "to");
    const QString policyText = body.contains("policy") ? stringField(body, "policy") : QStringLiteral("current");
    const auto policy = backtestPolicyFromString(policyText);
    if (!policy)
        throw ApiError(400, QStringLiteral("bad request"),
                       QStringLiteral("\"policy\" must be current, nightly, data or never, not \"%1\"").arg(policyText));
    request.policy = *policy;
    const auto minNew = intField(body, "min_new");
    if (minNew && *minNew < 1)
        throw ApiError(400, QStringLiteral("bad request"), QStringLiteral("\"min_new\" must be 1 or more"));
    request.dataMinNew = minNew.value_or(request.policy == BacktestPolicy::Data ? model.triggers.data.minNew : 0);
    Workspace& workspace = context.workspace;
    std::function<ApiReply()> work = [&workspace, model, request] {
        try {
            return jsonReply(runBacktest(model, workspace.directory(), workspace.store(), request, CancelToken()).toJson());
        } catch (const Cancelled&) {
            throw;
        } catch (const Error& e) { // no timestamp column, too few rows before the first day, an unreadable source
            throw ApiError(422, QStringLiteral("backtest refused"), e.message());
        }
    };
    auto future = offThread(context.pool, std::move(work));
    co_return co_await future;
}

} // namespace

std::vector<ApiRoute> backtestRoutes()
{
    return {{"POST", QStringLiteral("/api/v1/models/{name}/backtest"), Access::Read, backtest}};
}

} // namespace retrainer
