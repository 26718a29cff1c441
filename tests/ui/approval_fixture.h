#pragma once
// A real demo workspace in a temporary folder with a real Engine (not started: no scheduler) on a manual
// clock that starts now, trainings of the clinic model run for real, and candidates that the model's gate
// (set to require approval) keeps waiting for a person.
#include "clock.h"
#include "../engine/run_start.h"
#include "demo_workspace.h"
#include "engine.h"
#include "workspace.h"
#include <QCoroTask>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace retrainer::test {

inline const QString kClinic = QStringLiteral("clinic-waiting-time");

struct ApprovalFixture
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime::currentDateTimeUtc()}; // the engine's: advance it to let requests expire
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Engine> engine;
    std::uint64_t trainings = 0;

    ApprovalFixture()
    {
        workspace = Workspace::create(dir.path());
        createDemoWorkspace(*workspace);
        // Each training below sees some new (random) consultations, and the gate lets a candidate up to 1.0
        // worse through, so that every training that a test expects to register does (a forced retrain on
        // unchanged data whose candidate only equals the active version registers nothing).
        ModelConfig clinic = workspace->requireModel(kClinic);
        clinic.gate.minimumImprovement = -1.0;
        workspace->updateModel(clinic);
        engine = std::make_unique<Engine>(*workspace, clock);
    }
    ~ApprovalFixture()
    {
        engine.reset(); // before the workspace it acts on
    }

    Registry& registry() { return workspace->registry(); }

    // Adds 10 consultations, trains the clinic model for real through the engine and waits for the run's
    // terminal state.
    RunRecord train(const QString& actor, bool force = true)
    {
        appendDemoConsultations(workspace->directory(), 10, ++trainings);
        RunRequest request;
        request.model = kClinic;
        request.force = force;
        const qint64 id = test::startedRun(engine->train(request, actor));
        return QCoro::waitFor(engine->runner().waitFor(id));
    }

    // Sets the clinic model's gate to require (or not) a person's approval, as the settings page would.
    void requireApproval(bool required)
    {
        ModelConfig clinic = workspace->requireModel(kClinic);
        clinic.gate.requireApproval = required;
        QCoro::waitFor(engine->updateModel(clinic, QStringLiteral("admin")));
    }

    // A new version of the clinic model awaiting approval: a real training that the gate passed but, as
    // the model requires approval, registered without putting it in service. Returns its number.
    int candidate()
    {
        if (!workspace->requireModel(kClinic).gate.requireApproval)
            requireApproval(true);
        const RunRecord run = train(QStringLiteral("trainer"));
        if (run.state != RunState::AwaitingApproval || !run.version)
            qFatal("the training did not ask for approval: %s %s", qPrintable(toString(run.state)),
                   qPrintable(run.error + QString::fromStdString(run.gate.dump())));
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
