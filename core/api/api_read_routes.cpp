// GET endpoints: health, status, models and what belongs to each model, the audit trail.
#include "api_routes.h"
#include "engine.h"
#include "model_status.h"
#include "quality_check.h"
#include "version_listing.h"
#include "workspace.h"
#include <QCoroFuture>

namespace retrainer {

using json = nlohmann::json;

namespace {

// What is running now, read on the server's thread (the runner lives there) before going off-thread.
struct Activity
{
    QHash<QString, qint64> runs; // model -> active run
    static Activity of(ApiContext& context)
    {
        Activity activity;
        for (const auto& m : context.workspace.models())
            if (const auto id = context.engine.runner().activeRun(m.name); id && *id > 0) // 0: its row is being written
                activity.runs.insert(m.name, *id);
        return activity;
    }
    json runOf(const QString& model) const { return runs.contains(model) ? json(runs.value(model)) : json(nullptr); }
};

json modelStatus(Workspace& workspace, const ModelConfig& m, const Activity& activity)
{
    const ModelSnapshot snapshot = loadModelSnapshot(workspace, m);
    const auto& active = snapshot.active;
    return {{"model", utf8(m.name)}, {"display_name", utf8(m.shownName())}, {"group", utf8(m.group)}, {"task", utf8(toString(m.task))},
            {"algorithm", utf8(m.algorithmName())}, {"primary_metric", utf8(m.effectivePrimaryMetric())},
            {"active_version", active ? json(active->version) : json(nullptr)},
            {"metrics", active ? active->metadata.value("metrics", json::object()) : json::object()},
            {"training", activity.runs.contains(m.name)}, {"active_run", activity.runOf(m.name)},
            {"paused", m.triggers.paused},
            // "auto" models: why the version in service has its algorithm (model_selection.h)
            {"chosen", active && active->metadata.contains("selection")
                           ? active->metadata["selection"].value("why", json(nullptr)) : json(nullptr)},
            {"disk_use", workspace.registry().diskUse(m.name)},
            // the model's condition; whether it trains now or is paused are "training" and "paused"
            {"health", utf8(healthKey(conditionOf(snapshot)))},
            {"last_run", snapshot.lastRun ? snapshot.lastRun->toJson() : json(nullptr)}};
}

QCoro::Task<ApiReply> health(ApiContext& context, ApiCall)
{
    if (!context.engine.serving()) // the versions in service are still being loaded: predict would fail
        co_return jsonReply({{"status", "starting"}}, 503);
    const Activity activity = Activity::of(context);
    Workspace& workspace = context.workspace;
    const auto models = workspace.models();
    Predictors& predictors = context.engine.predictors();
    std::function<ApiReply()> work = [&workspace, &predictors, models, activity] {
        json perModel = json::array();
        for (const auto& m : models) {
            const auto served = predictors.servedVersion(m.name);
            const QString problem = predictors.loadError(m.name);
            perModel.push_back({{"model", utf8(m.name)}, {"model_loaded", served.has_value()},
                                {"active_version", served ? json(*served) : json(nullptr)},
                                {"training", activity.runs.contains(m.name)},
                                {"problem", problem.isEmpty() ? json(nullptr) : json(utf8(problem))}});
        }
        json last = nullptr;
        for (const auto& run : workspace.store().runs(QString(), 50))
            if (isTerminal(run.state)) {
                last = {{"model", utf8(run.model)}, {"run", run.id}, {"state", utf8(toString(run.state))},
                        {"finished_at", run.toJson()["finished_at"]}};
                break;
            }
        return jsonReply({{"status", "ok"}, {"models", perModel}, {"training_in_progress", !activity.runs.isEmpty()},
                          {"last_training", last}});
    };
    auto future = offThread(context.pool, std::move(work));
    co_return co_await future;
}

QCoro::Task<ApiReply> status(ApiContext& context, ApiCall)
{
    const Activity activity = Activity::of(context);
    Workspace& workspace = context.workspace;
    const auto models = workspace.models();
    const bool pausedAll = context.engine.automation().pausedAll();
    std::function<ApiReply()> work = [&workspace, models, activity, pausedAll] {
        json out = json::array();
        for (const auto& m : models)
            out.push_back(modelStatus(workspace, m, activity));
        return jsonReply({{"workspace", utf8(workspace.directory())}, {"paused_all", pausedAll},
                          {"training_in_progress", !activity.runs.isEmpty()}, {"models", out}});
    };
    auto future = offThread(context.pool, std::move(work));
    co_return co_await future;
}

QCoro::Task<ApiReply> models(ApiContext& context, ApiCall)
{
    const Activity activity = Activity::of(context);
    Workspace& workspace = context.workspace;
    const auto models = workspace.models();
    std::function<ApiReply()> work = [&workspace, models, activity] {
        json out = json::array();
        for (const auto& m : models) {
            const auto active = workspace.registry().active(m.name);
            out.push_back({{"model", utf8(m.name)}, {"display_name", utf8(m.shownName())}, {"group", utf8(m.group)},
                           {"task", utf8(toString(m.task))},
                           {"algorithm", utf8(m.algorithmName())}, {"source", utf8(m.source)},
                           {"active_version", active ? json(active->version) : json(nullptr)},
                           {"training", activity.runs.contains(m.name)}});
        }
        return jsonReply(out);
    };
    auto future = offThread(context.pool, std::move(work));
    co_return co_await future;
}

QCoro::Task<ApiReply> model(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    const Activity activity = Activity::of(context);
    Workspace& workspace = context.workspace;
    std::function<ApiReply()> work = [&workspace, m, activity] {
        json out = modelStatus(workspace, m, activity);
        out["config"] = m.toJson();
        if (m.source.startsWith(QLatin1String("store:")))
            out["samples"] = workspace.store().sampleCount(m.name);
        return jsonReply(out);
    };
    auto future = offThread(context.pool, std::move(work));
    co_return co_await future;
}

QCoro::Task<ApiReply> runs(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    const int limit = call.positiveQuery(QStringLiteral("limit"), 50);
    Workspace& workspace = context.workspace;
    std::function<ApiReply()> work = [&workspace, name = m.name, limit] {
        json out = json::array();
        for (const auto& r : workspace.store().runs(name, limit))
            out.push_back(r.toJson());
        return jsonReply(out);
    };
    auto future = offThread(context.pool, std::move(work));
    co_return co_await future;
}

QCoro::Task<ApiReply> versions(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    Workspace& workspace = context.workspace;
    std::function<ApiReply()> work = [&workspace, name = m.name] {
        json out = json::array();
        for (const auto& listed : listVersions(workspace.registry(), name).versions) // reads every file: slow
            out.push_back(listed.toJson());
        return jsonReply(out);
    };
    auto future = offThread(context.pool, std::move(work));
    co_return co_await future;
}

QCoro::Task<ApiReply> alerts(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    const bool openOnly = call.query.queryItemValue(QStringLiteral("open")) == QLatin1String("true");
    const int limit = call.positiveQuery(QStringLiteral("limit"), 100);
    Workspace& workspace = context.workspace;
    std::function<ApiReply()> work = [&workspace, name = m.name, openOnly, limit] {
        json out = json::array();
        for (const auto& a : AlertLog(workspace.store()).alerts(name, openOnly, limit))
            out.push_back(a.toJson());
        return jsonReply(out);
    };
    auto future = offThread(context.pool, std::move(work));
    co_return co_await future;
}

QCoro::Task<ApiReply> next(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    json out = json::array();
    for (const auto& moment : context.engine.automation().scheduler().upcoming(m.name))
        out.push_back({{"model", utf8(moment.model)}, {"trigger", utf8(toString(moment.kind))},
                       {"when", moment.when.isValid() ? json(utf8(moment.when.toUTC().toString(Qt::ISODate))) : json(nullptr)},
                       {"description", utf8(moment.description)}});
    co_return jsonReply(out);
}

// The data-quality report (counts, periods, column issues, readiness, drift): reads the source, so off-thread.
QCoro::Task<ApiReply> quality(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    Workspace& workspace = context.workspace;
    std::function<ApiReply()> work = [&workspace, name = m.name] { return jsonReply(checkQuality(workspace, name).toJson()); };
    auto future = offThread(context.pool, std::move(work));
    co_return co_await future;
}

QCoro::Task<ApiReply> audit(ApiContext& context, ApiCall call)
{
    const int limit = call.positiveQuery(QStringLiteral("limit"), 100);
    const QString model = call.query.queryItemValue(QStringLiteral("model"));
    Workspace& workspace = context.workspace;
    std::function<ApiReply()> work = [&workspace, model, limit] {
        json out = json::array();
        for (const auto& entry : AuditLog(workspace.store()).entries(model, limit))
            out.push_back(entry.toJson());
        return jsonReply(out);
    };
    auto future = offThread(context.pool, std::move(work));
    co_return co_await future;
}

} // namespace

std::vector<ApiRoute> readRoutes()
{
    const QString models = QStringLiteral("/api/v1/models/{name}");
    return {
        {"GET", QStringLiteral("/health"), Access::Public, health},
        {"GET", QStringLiteral("/api/v1/status"), Access::Read, status},
        {"GET", QStringLiteral("/api/v1/models"), Access::Read, retrainer::models},
        {"GET", models, Access::Read, model},
        {"GET", models + QStringLiteral("/runs"), Access::Read, runs},
        {"GET", models + QStringLiteral("/versions"), Access::Read, versions},
        {"GET", models + QStringLiteral("/alerts"), Access::Read, alerts},
        {"GET", models + QStringLiteral("/next"), Access::Read, next},
        {"GET", models + QStringLiteral("/quality"), Access::Read, quality},
        {"GET", QStringLiteral("/api/v1/audit"), Access::Admin, audit},
    };
}

} // namespace retrainer
