// POST models/{name}/samples: JSON rows checked one by one against the model and the good ones stored in
// its sample store (through the engine, so the data trigger sees them at once and the import is audited).
// POST models/{name}/predict: predictions from the version in service.
#include "api_routes.h"
#include "engine.h"
#include "workspace.h"
#include <QCoroFuture>

namespace retrainer {

using json = nlohmann::json;

namespace {

int rowNumber(const QString& where) { return where.section(QLatin1Char(' '), 1).toInt(); }

json rowArray(const ApiCall& call)
{
    json rows = call.value();
    if (rows.is_object() && rows.contains("rows"))
        rows = rows["rows"];
    if (!rows.is_array())
        throw ApiError(400, QStringLiteral("wrong type"),
                       QStringLiteral("the body must be a JSON array of row objects (or {\"rows\": [...]})"));
    return rows;
}

QCoro::Task<ApiReply> samples(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    if (!m.source.startsWith(QLatin1String("store:")))
        throw ApiError(409, QStringLiteral("not a sample-store model"),
                       QStringLiteral("'%1' reads from %2; samples can be posted only to models whose source is store:")
                           .arg(m.name, m.source));
    const json rows = rowArray(call);
    SampleImport import;
    try {
        QStringList required = m.features;
        if (!required.isEmpty())
            required << m.label;
        RawTable table = rawTableFromJson(rows, required);
        auto adding = context.engine.addSamples(m.name, std::move(table), call.caller.name);
        import = co_await adding;
    } catch (const Error& e) { // the columns do not fit the model (e.g. no label column): nothing was stored
        throw ApiError(422, QStringLiteral("rows rejected"), e.message());
    }
    if (import.rejected.empty())
        co_return jsonReply({{"stored", import.stored}, {"total", import.total}}, 201);
    json reasons = json::array();
    for (const auto& r : import.rejected)
        reasons.push_back({{"row", rowNumber(r.where)}, {"where", utf8(r.where)}, {"reason", utf8(r.reason)}});
    ApiReply reply = errorReply(422, QStringLiteral("rows rejected"),
                                QStringLiteral("%1 of %2 rows rejected; the other rows were stored")
                                    .arg(import.rejected.size()).arg(rows.size()));
    reply.body["stored"] = import.stored;
    reply.body["total"] = import.total;
    reply.body["rejected"] = reasons;
    co_return reply;
}

QCoro::Task<ApiReply> predict(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    const json rows = rowArray(call);
    if (!context.engine.predictors().servedVersion(m.name)) {
        if (!context.engine.serving())
            throw ApiError(503, QStringLiteral("starting"),
                           QStringLiteral("the models in service are being loaded; try again in a moment"));
        const QString problem = context.engine.predictors().loadError(m.name);
        if (!problem.isEmpty())
            throw ApiError(503, QStringLiteral("model cannot be loaded"),
                           QStringLiteral("'%1': %2; roll back to an earlier version or train again").arg(m.name, problem));
        throw ApiError(409, QStringLiteral("no model in service"),
                       QStringLiteral("'%1' has no active version yet; train it first").arg(m.name));
    }
    Predictors& predictors = context.engine.predictors();
    std::function<ApiReply()> work = [&predictors, name = m.name, rows] { return jsonReply(predictors.predict(name, rows)); };
    auto future = offThread(context.pool, std::move(work)); // thread-safe; a swap in between is seen whole
    co_return co_await future;
}

} // namespace

std::vector<ApiRoute> sampleRoutes()
{
    return {
        {"POST", QStringLiteral("/api/v1/models/{name}/samples"), Access::Admin, samples},
        {"POST", QStringLiteral("/api/v1/models/{name}/predict"), Access::Read, predict},
    };
}

} // namespace retrainer
