#pragma once
// A workspace in a temporary folder, an engine over it (automation not started) and the API server on a
// free port of 127.0.0.1, with an admin and a viewer token: what the API suites share.
#include "api_server.h"
#include "api_test_client.h"
#include "engine.h"
#include "workspace.h"
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace retrainer::test {

struct LocalApi
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    SystemClock clock;
    std::unique_ptr<Engine> engine;
    std::unique_ptr<ApiServer> server;
    ApiClient http;
    QString admin, viewer;

    // `prepare` may add files and models before the engine opens the workspace. False when it cannot listen.
    bool start(const std::function<void(Workspace&)>& prepare = {})
    {
        if (!dir.isValid())
            return false;
        workspace = Workspace::create(dir.path());
        if (prepare)
            prepare(*workspace);
        engine = std::make_unique<Engine>(*workspace, clock);
        server = std::make_unique<ApiServer>(*engine);
        const quint16 port = server->listen(QHostAddress(QHostAddress::LocalHost), 0);
        http.setPort(port);
        admin = server->tokens().create(QStringLiteral("ops"), QStringLiteral("admin"), QStringLiteral("test"));
        viewer = server->tokens().create(QStringLiteral("wall"), QStringLiteral("viewer"), QStringLiteral("test"));
        return port > 0;
    }
    void stop()
    {
        server.reset();
        engine.reset();
    }
};

} // namespace retrainer::test
