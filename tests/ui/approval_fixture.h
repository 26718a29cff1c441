#pragma once
// A real demo workspace in a temporary folder with a real Engine (not started: no scheduler), trainings
// of the clinic model run for real, and versions that await a person's approval.
#include "clock.h"
#include "demo_workspace.h"
#include "engine.h"
#include "workspace.h"
#include <QCoroTask>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace retrainer::test {

inline const QString kClinic = QStringLiteral("clinic-waiting-time");

struct ApprovalFixture
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Engine> engine;

    ApprovalFixture()
    {
        workspace = Workspace::create(dir.path());
        createDemoWorkspace(*workspace);
        engine = std::make_unique<Engine>(*workspace, clock);
    }
    ~ApprovalFixture()
    {
        engine.reset(); // before the workspace it acts on
    }

    Registry& registry() { return workspace->registry(); }

    // Trains the clinic model for real through the engine and waits for the run's terminal state.
    RunRecord train(const QString& actor, bool force = true)
    {
        RunRequest request;
        request.model = kClinic;
        request.force = force;
        const qint64 id = engine->train(request, actor);
        return QCoro::waitFor(engine->runner().waitFor(id));
    }

    // A new version of the clinic model awaiting approval, produced by a real training whose gate
    // compared it with the version in service (which stays in service). Returns its number.
    int candidate()
    {
        const auto before = registry().active(kClinic);
        const RunRecord run = train(QStringLiteral("trainer"));
        if (!run.version)
            qFatal("the training registered no version: %s", qPrintable(run.error));
        if (before) // the run put its version in service: the one before serves while a person decides
            registry().activate(kClinic, before->version);
        const QDateTime now = clock.now();
        registry().setApproval(kClinic, *run.version,
                               {{"state", "pending"}, {"run", run.id},
                                {"requested", now.toString(Qt::ISODate).toStdString()},
                                {"expires", now.addDays(7).toString(Qt::ISODate).toStdString()}});
        return *run.version;
    }

    // Flips one byte in the middle of a version's artifact file (its SHA-256 no longer matches).
    void corrupt(int version)
    {
        const auto v = registry().version(kClinic, version);
        QFile file(registry().modelsDir() + QLatin1Char('/') + v->file);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 middle = file.size() / 2;
        QVERIFY(file.seek(middle));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(middle));
        QVERIFY(file.putChar(char(byte ^ 0x5a)));
    }
};

} // namespace retrainer::test
