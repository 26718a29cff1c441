#pragma once
// Shared by the engine-level tests: a workspace in a temporary folder with a CSV-backed regression model
// (timestamped rows from fixture_data.h), trained through a real Engine.
#include "engine.h"
#include "error.h"
#include "fixture_data.h"
#include "run_start.h"
#include "workspace.h"
#include <QCoroTask>
#include <QTemporaryDir>
#include <QFloat16> // QCOMPARE of two JSON values: QTest's qfloat16 overload needs the complete type
#include <QTest>

namespace retrainer::test {

inline ModelConfig csvModel(const QString& name, const QString& file, Algorithm algorithm = Algorithm::Linear)
{
    ModelConfig m;
    m.name = name;
    m.task = Task::Regression;
    m.source = QStringLiteral("csv:") + file;
    m.label = QStringLiteral("y");
    m.timestamp = QStringLiteral("when");
    m.algorithm = algorithm;
    m.triggers.paused = true; // nothing automatic fires while a test runs
    return m;
}

// Closes `workspace`, empties `dir` and creates a new workspace in it (run before each test function).
inline void recreateWorkspace(const QTemporaryDir& dir, std::unique_ptr<Workspace>& workspace)
{
    workspace.reset();
    QDir(dir.path()).removeRecursively();
    workspace = Workspace::create(dir.path() + QStringLiteral("/ws"));
}

// Trains through the engine as `actor` and waits for the terminal record.
inline RunRecord trainAndWait(Engine& engine, const QString& model, bool force = false, const QString& actor = QStringLiteral("tester"))
{
    RunRequest request;
    request.model = model;
    request.force = force;
    const qint64 id = startedRun(engine.train(request, actor));
    return QCoro::waitFor(engine.runner().waitFor(id));
}

namespace detail {
template <class T>
QCoro::Task<QString> messageOf(QCoro::Task<T> task)
{
    try {
        co_await task;
    } catch (const Error& e) {
        co_return e.message();
    }
    co_return QString();
}
} // namespace detail

// Waits for an engine task and returns the message of the Error it threw, or "" when it succeeded.
// (QCoro 0.8's waitFor never returns when the awaited task throws, so tests go through this.)
template <class T>
QString errorOf(QCoro::Task<T> task)
{
    return QCoro::waitFor(detail::messageOf(std::move(task)));
}

} // namespace retrainer::test
