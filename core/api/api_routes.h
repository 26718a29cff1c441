#pragma once
// The API's routes, split by resource: each file contributes a table of (method, path, access, handler).
// Handlers are coroutines over the running engine; they throw ApiError to answer with an error status.
#include "api_call.h"
#include "registry.h"
#include <QCoroTask>
#include <QFuture>
#include <QThreadPool>
#include <functional>
#include <vector>

namespace retrainer {

class Engine;
class EventHub;
class TokenStore;
class Workspace;
struct ModelConfig;

// What handlers act on: every mutation goes through the engine (checked, audited with the token's name,
// announced by its signals); reads go to its parts or the store.
struct ApiContext
{
    Engine& engine;
    Workspace& workspace;      // engine.workspace()
    TokenStore& tokens;
    EventHub& events;
    QThreadPool& pool;         // store queries that could be slow run here, off the server's thread
};

enum class Access { Public, Read, Admin };

using ApiHandler = QCoro::Task<ApiReply> (*)(ApiContext&, ApiCall);

struct ApiRoute
{
    QByteArray method;
    QString path;              // "/api/v1/models/{name}/runs": {x} captures one path segment as param x
    Access access;
    ApiHandler handler;
};

std::vector<ApiRoute> readRoutes();
std::vector<ApiRoute> actionRoutes();
std::vector<ApiRoute> approvalRoutes();
std::vector<ApiRoute> sampleRoutes();
std::vector<ApiRoute> alertRoutes();
std::vector<ApiRoute> backtestRoutes();

// The model named by {name}; ApiError 404 naming the known models when there is none.
ModelConfig requireModel(ApiContext& context, const ApiCall& call);
// The model's version `version`; ApiError 404 when there is none.
ModelVersion requireVersion(ApiContext& context, const ModelConfig& model, int version);

// Runs `work` on the pool; ApiError and Error thrown by the work become error replies. Await the future
// by name (`auto future = offThread(…); co_return co_await future;`).
QFuture<ApiReply> offThread(QThreadPool& pool, std::function<ApiReply()> work);
// Calls `work`, turning ApiError / Error / other exceptions into error replies (500 for the unexpected).
ApiReply guarded(const std::function<ApiReply()>& work);

ApiReply jsonReply(nlohmann::json body, int status = 200);

} // namespace retrainer
