#pragma once
// A console engine on a fresh demo workspace (5 models, real data) in a temporary folder, hosted and started
// like the GUI starts it (WorkspaceHost), with QSettings in test mode. Shared by the console's widget tests.
#include "console_engine.h"
#include "../engine/run_start.h"
#include "demo_workspace.h"
#include "workspace.h"
#include "workspace_host.h"
#include <QCoroTask>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace retrainer::test {

inline const QString kClinic = QStringLiteral("clinic-waiting-time");

struct ConsoleFixture
{
    QTemporaryDir dir;
    std::unique_ptr<WorkspaceHost> host; // outlives the console engine below
    std::unique_ptr<ConsoleEngine> engine;

    // Returns false (with a QTest failure recorded) when the workspace cannot be made. With start false the
    // engine is made but not started (as when the console's window opens before automation runs).
    bool setUp(bool start = true)
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!dir.isValid())
            return false;
        host = std::make_unique<WorkspaceHost>(dir.path());
        if (host->open(/*createIfMissing=*/true) != WorkspaceHost::Opening::Opened) {
            QTest::qFail(qPrintable(QStringLiteral("the workspace did not open: ") + host->failure()), __FILE__, __LINE__);
            return false;
        }
        createDemoWorkspace(*host->workspace());
        engine = std::make_unique<ConsoleEngine>(host->createEngine());
        if (start)
            QCoro::waitFor(engine->start());
        return true;
    }

    // Trains a model through the engine and waits until its run is recorded; returns the final record.
    std::optional<RunRecord> trainAndWait(const QString& model)
    {
        const qint64 id = test::startedRun(engine->train(model));
        if (!QTest::qWaitFor([&] { return !engine->isTraining(model); }, 60000))
            return std::nullopt;
        return engine->workspace().store().run(id);
    }
};

} // namespace retrainer::test
