#include "api_routes.h"
#include "workspace.h"
#include <QtConcurrent/QtConcurrentRun>

namespace retrainer {

ModelConfig requireModel(ApiContext& context, const ApiCall& call)
{
    const QString name = call.param(QStringLiteral("name"));
    if (auto model = context.workspace.model(name))
        return *model;
    QStringList known;
    for (const auto& m : context.workspace.models())
        known << m.name;
    throw ApiError(404, QStringLiteral("unknown model"),
                   QStringLiteral("there is no model '%1'; models: %2").arg(name, known.join(QStringLiteral(", "))));
}

ApiReply guarded(const std::function<ApiReply()>& work)
{
    try {
        return work();
    } catch (const ApiError& e) {
        return e.reply();
    } catch (const Error& e) {
        return errorReply(500, QStringLiteral("internal error"), e.message());
    } catch (const std::exception& e) {
        return errorReply(500, QStringLiteral("internal error"), QString::fromUtf8(e.what()));
    }
}

QFuture<ApiReply> offThread(QThreadPool& pool, std::function<ApiReply()> work)
{
    return QtConcurrent::run(&pool, [work = std::move(work)] { return guarded(work); });
}

ApiReply jsonReply(nlohmann::json body, int status)
{
    ApiReply reply;
    reply.status = status;
    reply.body = std::move(body);
    return reply;
}

} // namespace retrainer
