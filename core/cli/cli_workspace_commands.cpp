// init, model add, model list, import.
#include "cli_context.h"
#include "cli_output.h"
#include "dataset.h"
#include "demo_workspace.h"
#include "automation.h"
#include "error.h"
#include "source.h"
#include "source_loader.h"
#include "training_data.h"
#include <algorithm>
#include <set>

namespace retrainer::cli {

using json = nlohmann::json;

QCoro::Task<int> initCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Add the clinic and logistics demo models and data.")});
    if (!parseArguments(parser, context, 0, 0, 0, QStringLiteral("init [--demo]")))
        co_return Usage;
    const bool existed = Workspace::exists(context.workspaceDir);
    auto created = Workspace::create(context.workspaceDir);
    Workspace& workspace = *created;
    if (parser.isSet(QStringLiteral("demo")))
        createDemoWorkspace(workspace);
    context.out.line(QStringLiteral("%1 workspace %2 (%3 models)")
                  .arg(existed ? QStringLiteral("Opened") : QStringLiteral("Created"), workspace.directory())
                  .arg(workspace.models().size()));
    for (const auto& m : workspace.models())
        context.out.line(QStringLiteral("  %1 [%2] %3 of '%4' with %5")
                      .arg(m.name, m.group, toString(m.task), m.label, toString(m.algorithm)));
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

QStringList identifierLikeColumns(const Dataset& data)
{
    QStringList out;
    const size_t rows = data.samples.size();
    for (size_t i = 0; i < data.features.size(); ++i) {
        if (data.features[i].kind != ColumnKind::Categorical)
            continue;
        std::set<std::string> distinct;
        for (const auto& s : data.samples)
            distinct.insert(s.categories[i]);
        if (distinct.size() > 50 && distinct.size() * 2 > rows)
            out << data.features[i].name;
    }
    return out;
}

// A model with a text column is a text classifier: the linear algorithm unless the user chose one.
void adoptTextAlgorithm(Context& context, ModelConfig& model, bool algorithmGiven)
{
    const bool hasText = std::any_of(model.kinds.cbegin(), model.kinds.cend(), [](ColumnKind k) { return k == ColumnKind::Text; });
    if (!hasText || algorithmGiven || model.algorithm == Algorithm::Linear)
        return;
    model.algorithm = Algorithm::Linear;
    context.out.line(QStringLiteral("  a text column is learnt by the linear text classifier: algorithm set to linear"));
}

int modelAdd(Context& context)
{
    QCommandLineParser parser;
    const QString synopsis = QStringLiteral("model add NAME --source URI --task classification|regression --label COL "
                                            "[--features a,b,c] [--timestamp COL] [--algorithm A] [--group G] "
                                            "[--text COL] [--base-source URI]");
    for (const char* valued : {"source", "task", "label", "features", "timestamp", "algorithm", "group", "text", "base-source"})
        parser.addOption({QString::fromLatin1(valued), QString(), QStringLiteral("value")});
    if (!parseArguments(parser, context, 1, 1, 1, synopsis))
        return Usage;
    for (const char* required : {"source", "task", "label"})
        if (!parser.isSet(QString::fromLatin1(required))) {
            context.out.error(QStringLiteral("--%1 is required\nusage: retrainer %2").arg(QString::fromLatin1(required), synopsis));
            return Usage;
        }
    ModelConfig model;
    model.name = parser.positionalArguments().first();
    if (const auto why = ModelConfig::validateName(model.name); !why.isEmpty()) {
        context.out.error(why);
        return Usage;
    }
    const auto task = taskFromString(parser.value(QStringLiteral("task")));
    if (!task) {
        context.out.error(QStringLiteral("--task must be 'classification' or 'regression'"));
        return Usage;
    }
    model.task = *task;
    if (parser.isSet(QStringLiteral("algorithm"))) {
        const auto algorithm = algorithmFromString(parser.value(QStringLiteral("algorithm")));
        if (!algorithm) {
            context.out.error(QStringLiteral("--algorithm must be one of random_forest, svm_rbf, linear, krr"));
            return Usage;
        }
        model.algorithm = *algorithm;
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
    SourceUri::parse(model.source, workspace.directory()); // a malformed URI is refused before anything is saved
    if (!model.baseSource.isEmpty())
        SourceUri::parse(model.baseSource, workspace.directory());
    const bool fromStore = model.source.startsWith(QLatin1String("store:"));
    if (!fromStore) {
        // Check the columns against the source and fix the kind of each feature now, so that a later bad
        // value is rejected as a bad row instead of changing the column's kind.
        const RawTable table = loadModelRows(model, workspace.directory(), workspace.store()).table;
        DatasetSchema schema = model.schema();
        // A text column makes a classifier the linear text classifier (chosen below) unless an algorithm was given.
        schema.detectText = schema.detectText || (!parser.isSet(QStringLiteral("algorithm")) && model.task == Task::Classification);
        Dataset data = buildDataset(table, schema);
        if (model.features.isEmpty()) {
            // A text column with a different value in almost every row (an identifier, a free-form date) teaches
            // the model nothing and makes training slow: leave it out unless the user names it.
            const QStringList excluded = identifierLikeColumns(data);
            if (!excluded.isEmpty()) {
                for (const auto& f : data.features)
                    if (!excluded.contains(f.name))
                        model.features << f.name;
                for (const auto& name : excluded)
                    context.out.line(QStringLiteral("  left out '%1': almost every row has a different value, so it looks like an "
                                                    "identifier or a date (name it in --features to use it, or as --timestamp)").arg(name));
                schema.features = model.features;
                data = buildDataset(table, schema);
            }
        }
        for (const auto& f : data.features)
            model.kinds.insert(f.name, f.kind);
        context.out.line(QStringLiteral("Source %1: %2 rows readable, %3 rejected").arg(model.source).arg(data.samples.size()).arg(data.rejected.size()));
        for (const auto& f : data.features)
            context.out.line(QStringLiteral("  feature %1: %2").arg(f.name, columnKindName(f.kind)));
        adoptTextAlgorithm(context, model, parser.isSet(QStringLiteral("algorithm")));
    } else if (adoptTextAlgorithm(context, model, parser.isSet(QStringLiteral("algorithm"))); model.features.isEmpty()) {
        context.out.line(QStringLiteral("The sample store is empty until `retrainer import %1 FILE.csv`; features default to every "
                                 "column but the label and timestamp.").arg(model.name));
    }
    workspace.addModel(model);
    if (context.automation)
        context.automation->refreshModel(model.name);
    context.out.line(QStringLiteral("Added model '%1' (%2 of '%3' with %4)")
                  .arg(model.name, toString(model.task), model.label, toString(model.algorithm)));
    return Ok;
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
        rows.push_back({m.name, m.group, toString(m.task), m.label, toString(m.algorithm), m.source});
    context.out.table({QStringLiteral("MODEL"), QStringLiteral("GROUP"), QStringLiteral("TASK"), QStringLiteral("LABEL"),
                QStringLiteral("ALGORITHM"), QStringLiteral("SOURCE")},
               rows);
    return Ok;
}

} // namespace

QCoro::Task<int> modelCommand(Context& context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("add"))
        co_return modelAdd(context);
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
    RawTable table = file.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive) ? readJsonl(file) : readCsv(file);
    // Personal data never reaches the store: text columns are scrubbed before the rows are checked and stored.
    const PiiCounts pii = model.hygiene.scrubPii ? scrubTable(table, modelTextColumns(model, table)) : PiiCounts();
    // Validate every row against the model before anything is stored; keep only the good ones.
    const Dataset checked = buildDataset(table, model.schema());
    RawTable accepted;
    accepted.columns = table.columns;
    QSet<QString> rejectedOrigins;
    for (const auto& r : checked.rejected)
        rejectedOrigins.insert(r.where);
    for (auto& row : table.rows)
        if (!rejectedOrigins.contains(row.origin))
            accepted.rows.push_back(std::move(row));
    const int stored = accepted.rows.empty() ? 0 : workspace.store().addSamples(name, accepted);
    if (context.automation && stored > 0)
        co_await context.automation->refreshModel(name); // the data trigger sees the new rows at once
    workspace.store().addEvent(name, std::nullopt, QStringLiteral("SAMPLES_IMPORTED"),
                                {{"file", file.toStdString()}, {"stored", stored}, {"rejected", checked.rejected.size()},
                                 {"pii_replaced", pii.toJson()}});
    if (context.json) {
        json rejected = json::array();
        for (const auto& r : checked.rejected)
            rejected.push_back({{"where", r.where.toStdString()}, {"reason", r.reason.toStdString()}});
        context.out.json({{"stored", stored}, {"rejected", rejected}, {"total", workspace.store().sampleCount(name)},
                          {"pii_replaced", pii.toJson()}});
    } else {
        context.out.line(QStringLiteral("Stored %1 rows for '%2' (%3 in the store); rejected %4")
                      .arg(stored).arg(name).arg(workspace.store().sampleCount(name)).arg(checked.rejected.size()));
        if (pii.total() > 0)
            context.out.line(QStringLiteral("  personal data replaced: %1 e-mail, %2 phone, %3 ID, %4 URL")
                                 .arg(pii.email).arg(pii.phone).arg(pii.idNumber).arg(pii.url));
        for (const auto& r : checked.rejected)
            context.out.line(QStringLiteral("  %1: %2").arg(r.where, r.reason));
    }
    co_return checked.rejected.empty() ? Ok : Failure;
}

} // namespace retrainer::cli
