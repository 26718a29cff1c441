// init, model add, model list, import.
#include "cli_context.h"
#include "on_worker.h"
#include "cli_output.h"
#include "dataset.h"
#include "demo_workspace.h"
#include "engine.h"
#include "error.h"
#include "model_identifier.h"
#include "model_setup.h"
#include "source.h"
#include "source_loader.h"
#include "training_data.h"
#include <algorithm>

namespace retrainer::cli {

using json = nlohmann::json;

QCoro::Task<int> initCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Add the clinic and logistics demo models and data.")});
    parser.addOption({QStringLiteral("no-past"), QStringLiteral("With --demo: skip replaying the demo models' past weeks.")});
    parser.addOption({QStringLiteral("store"), QString(), QStringLiteral("postgresql://user@host:port/database")});
    if (!parseArguments(parser, context, 0, 0, 0, QStringLiteral("init [--demo [--no-past]] [--store postgresql://user@host:port/db]")))
        co_return Usage;
    const bool existed = Workspace::exists(context.workspaceDir);
    auto created = Workspace::create(context.workspaceDir, parser.value(QStringLiteral("store")));
    Workspace& workspace = *created;
    QStringList demoModels;
    if (parser.isSet(QStringLiteral("demo")))
        demoModels = createDemoWorkspace(workspace);
    context.out.line(QStringLiteral("%1 workspace %2 (%3 models)")
                  .arg(existed ? QStringLiteral("Opened") : QStringLiteral("Created"), workspace.directory())
                  .arg(workspace.models().size()));
    if (workspace.store().backend() == sql::Backend::Postgres)
        context.out.line(QStringLiteral("  runs, versions and samples are kept in the shared PostgreSQL database %1")
                             .arg(workspace.storePath()));
    for (const auto& m : workspace.models())
        context.out.line(QStringLiteral("  %1 [%2] %3 of '%4' with %5")
                      .arg(m.name, m.group, toString(m.task), m.label, m.algorithmName()));
    if (!demoModels.isEmpty() && !parser.isSet(QStringLiteral("no-past")))
        co_return co_await prepareDemoPast(context, workspace, demoModels);
    co_return Ok;
}

namespace {

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const auto& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

// A model with a text column is a text classifier: the linear algorithm unless the user chose one.
void adoptTextAlgorithm(Context& context, ModelConfig& model, bool algorithmGiven)
{
    const bool hasText = std::any_of(model.kinds.cbegin(), model.kinds.cend(), [](ColumnKind k) { return k == ColumnKind::Text; });
    if (!hasText || algorithmGiven || (model.algorithm == Algorithm::Linear && !model.autoAlgorithm))
        return;
    model.algorithm = Algorithm::Linear;
    model.autoAlgorithm = false;
    context.out.line(QStringLiteral("  a text column is learnt by the linear text classifier: algorithm set to linear"));
}

QCoro::Task<int> modelAdd(Context& context)
{
    QCommandLineParser parser;
    const QString synopsis = QStringLiteral("model add NAME --source URI --task classification|regression --label COL "
                                            "[--features a,b,c] [--timestamp COL] [--algorithm auto|A] [--group G] "
                                            "[--text COL] [--base-source URI] [--display-name TEXT]");
    for (const char* valued : {"source", "task", "label", "features", "timestamp", "algorithm", "group", "text", "base-source",
                               "display-name"})
        parser.addOption({QString::fromLatin1(valued), QString(), QStringLiteral("value")});
    if (!parseArguments(parser, context, 1, 1, 1, synopsis))
        co_return Usage;
    for (const char* required : {"source", "task", "label"})
        if (!parser.isSet(QString::fromLatin1(required))) {
            context.out.error(QStringLiteral("--%1 is required\nusage: retrainer %2").arg(QString::fromLatin1(required), synopsis));
            co_return Usage;
        }
    ModelConfig model;
    // NAME is the identifier when it is one ("waiting-time"); a name with spaces or other characters
    // ("Waiting time (north clinic)") is the display name, and the identifier is derived from it below.
    const QString given = parser.positionalArguments().first();
    const bool givenIsIdentifier = ModelConfig::validateName(given).isEmpty();
    model.displayName = parser.isSet(QStringLiteral("display-name")) ? parser.value(QStringLiteral("display-name")).trimmed()
                        : givenIsIdentifier                          ? QString()
                                                                     : given.trimmed();
    if (!givenIsIdentifier && parser.isSet(QStringLiteral("display-name"))) {
        context.out.error(ModelConfig::validateName(given));
        co_return Usage;
    }
    if (!model.displayName.isEmpty())
        if (const QString why = displayNameProblem(model.displayName); !why.isEmpty()) {
            context.out.error(QStringLiteral("model name '%1': %2").arg(model.displayName, why));
            co_return Usage;
        }
    const auto task = taskFromString(parser.value(QStringLiteral("task")));
    if (!task) {
        context.out.error(QStringLiteral("--task must be 'classification' or 'regression'"));
        co_return Usage;
    }
    model.task = *task;
    // auto (the default): chosen at each run by cross-validation on the training rows (model_selection.h).
    const QString algorithmText = parser.value(QStringLiteral("algorithm"));
    model.autoAlgorithm = !parser.isSet(QStringLiteral("algorithm")) || algorithmText == QLatin1String("auto");
    if (!model.autoAlgorithm) {
        const auto algorithm = algorithmFromString(algorithmText);
        if (!algorithm) {
            context.out.error(QStringLiteral("--algorithm must be one of auto, random_forest, svm_rbf, linear, krr"));
            co_return Usage;
        }
        model.algorithm = *algorithm;
    } else {
        model.algorithm = Algorithm::Linear; // as ModelConfig::fromJson: what a text column is learnt with
    }
    model.source = parser.value(QStringLiteral("source"));
    model.label = parser.value(QStringLiteral("label"));
    model.timestamp = parser.value(QStringLiteral("timestamp"));
    model.features = splitList(parser.value(QStringLiteral("features")));
    if (parser.isSet(QStringLiteral("group")))
        model.group = parser.value(QStringLiteral("group"));
    model.baseSource = parser.value(QStringLiteral("base-source"));
    if (parser.isSet(QStringLiteral("text")))
        model.kinds.insert(parser.value(QStringLiteral("text")), ColumnKind::Text);

    Workspace& workspace = context.openWorkspace();
    model.name = givenIsIdentifier ? given : identifierFor(given, [&](const QString& id) { return workspace.model(id).has_value(); });
    SourceUri::parse(model.source, workspace.directory()); // a malformed URI is refused before anything is saved
    if (!model.baseSource.isEmpty())
        SourceUri::parse(model.baseSource, workspace.directory());
    const bool fromStore = model.source.startsWith(QLatin1String("store:"));
    if (!fromStore) {
        // Check the columns against the source and fix the kind of each feature now, so that a later bad
        // value is rejected as a bad row instead of changing the column's kind.
        // A text column makes a classifier the linear text classifier (chosen below) unless an algorithm was given.
        const bool detectText = !parser.isSet(QStringLiteral("algorithm")) && model.task == Task::Classification;
        // Reading the whole source and typing its columns run on a worker (in the console, this is the GUI thread).
        Store* store = &workspace.store();
        // setUpModelColumns fixes the model's kinds, features and metric: the worker returns the model with them.
        auto setUp = [model, directory = workspace.directory(), store, detectText] {
            ModelConfig withColumns = model;
            const RawTable table = loadModelRows(withColumns, directory, *store).table;
            ModelSetup columns = setUpModelColumns(withColumns, table, detectText);
            return std::pair<ModelConfig, ModelSetup>(std::move(withColumns), std::move(columns));
        };
        const std::pair<ModelConfig, ModelSetup> configured = co_await onWorker(context.workers(), std::move(setUp));
        model = configured.first;
        const ModelSetup& setup = configured.second;
        const Dataset& data = setup.data;
        for (const auto& name : setup.leftOut)
            context.out.line(QStringLiteral("  left out '%1': almost every row has a different value, so it looks like an "
                                            "identifier or a date (name it in --features to use it, or as --timestamp)").arg(name));
        context.out.line(QStringLiteral("Source %1: %2 rows readable, %3 rejected").arg(model.source).arg(data.samples.size()).arg(data.rejected.size()));
        for (const auto& f : data.features)
            context.out.line(QStringLiteral("  feature %1: %2").arg(f.name, columnKindName(f.kind)));
        adoptTextAlgorithm(context, model, parser.isSet(QStringLiteral("algorithm")));
        if (!setup.metricNote.isEmpty())
            context.out.line(QStringLiteral("  primary metric %1: %2").arg(model.primaryMetric, setup.metricNote));
    } else if (adoptTextAlgorithm(context, model, parser.isSet(QStringLiteral("algorithm"))); model.features.isEmpty()) {
        context.out.line(QStringLiteral("The sample store is empty until `retrainer import %1 FILE.csv`; features default to every "
                                 "column but the label and timestamp.").arg(model.name));
    }
    if (workspace.model(model.name))
        throw Error(QStringLiteral("a model named '%1' already exists").arg(model.name));
    if (const auto other = model.displayName.isEmpty() ? std::nullopt : modelCalled(workspace.models(), model.displayName))
        throw Error(QStringLiteral("a model named '%1' already exists (its identifier is '%2')").arg(other->shownName(), other->name));
    co_await context.openEngine().updateModel(model, context.user);
    context.out.line(QStringLiteral("Added model '%1' (%2 of '%3' with %4)")
                  .arg(model.name, toString(model.task), model.label, model.algorithmName()));
    if (!model.displayName.isEmpty())
        context.out.line(QStringLiteral("  shown as \"%1\"; commands and the API use the identifier '%2'").arg(model.displayName, model.name));
    co_return Ok;
}

int modelList(Context& context)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, context, 1, 0, 0, QStringLiteral("model list [--json]")))
        return Usage;
    Workspace& workspace = context.openWorkspace();
    if (context.json) {
        json out = json::array();
        for (const auto& m : workspace.models())
            out.push_back(m.toJson());
        context.out.json(out);
        return Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& m : workspace.models())
        rows.push_back({m.name, m.displayName, m.group, toString(m.task), m.label, m.algorithmName(), m.source});
    context.out.table({QStringLiteral("MODEL"), QStringLiteral("DISPLAY NAME"), QStringLiteral("GROUP"), QStringLiteral("TASK"), QStringLiteral("LABEL"),
                QStringLiteral("ALGORITHM"), QStringLiteral("SOURCE")},
               rows);
    return Ok;
}

} // namespace

QCoro::Task<int> modelCommand(Context& context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("add"))
        co_return co_await modelAdd(context);
    if (sub == QLatin1String("list"))
        co_return modelList(context);
    context.out.error(QStringLiteral("usage: retrainer model add NAME ... | model list"));
    co_return Usage;
}

QCoro::Task<int> importCommand(Context& context)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, context, 0, 2, 2, QStringLiteral("import NAME FILE.csv")))
        co_return Usage;
    const QString name = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    Workspace& workspace = context.openWorkspace();
    const ModelConfig model = workspace.requireModel(name);
    if (!model.source.startsWith(QLatin1String("store:")))
        throw Error(QStringLiteral("model '%1' reads from %2, not from the sample store; import is for models whose "
                                   "source is store:").arg(name, model.source));
    // Read on a worker: inside the console (a forwarded command) this runs on the GUI thread.
    auto read = [file] { return file.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive) ? readJsonl(file) : readCsv(file); };
    RawTable rows = co_await onWorker(context.workers(), std::move(read));
    const SampleImport result = co_await context.openEngine().addSamples(name, std::move(rows), context.user);
    if (context.json) {
        context.out.json(result.toJson());
    } else {
        context.out.line(QStringLiteral("Stored %1 rows for '%2' (%3 in the store); rejected %4")
                      .arg(result.stored).arg(name).arg(result.total).arg(result.rejected.size()));
        if (result.pii.total() > 0)
            context.out.line(QStringLiteral("  personal data replaced: %1 e-mail, %2 phone, %3 ID, %4 URL")
                                 .arg(result.pii.email).arg(result.pii.phone).arg(result.pii.idNumber).arg(result.pii.url));
        for (const auto& r : result.rejected)
            context.out.line(QStringLiteral("  %1: %2").arg(r.where, r.reason));
    }
    co_return result.rejected.empty() ? Ok : Failure;
}

} // namespace retrainer::cli
