// approve, reject, predict, audit: the promotion gate's human side, serving and the audit trail.
#include "json_parse.h"
#include "on_worker.h"
#include "cli_context.h"
#include "cli_output.h"
#include "engine.h"
#include "error.h"
#include <QCoroFuture>
#include <QFile>

namespace retrainer::cli {

using json = nlohmann::json;

namespace {

QCoro::Task<int> decide(Context& context, bool approve)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("comment"), QStringLiteral("Why (required to reject)."), QStringLiteral("TEXT")});
    const QString synopsis = approve ? QStringLiteral("approve NAME VERSION [--comment TEXT]")
                                     : QStringLiteral("reject NAME VERSION --comment TEXT");
    if (!parseArguments(parser, context, 0, 2, 2, synopsis))
        co_return Usage;
    const auto version = positiveNumber(context, parser.positionalArguments().at(1),
                                        QStringLiteral("VERSION must be a version number such as 2"));
    if (!version)
        co_return Usage;
    const QString comment = parser.value(QStringLiteral("comment"));
    if (!approve && comment.trimmed().isEmpty()) {
        context.out.error(QStringLiteral("rejecting needs --comment saying why\nusage: retrainer ") + synopsis);
        co_return Usage;
    }
    const QString model = parser.positionalArguments().first();
    Engine& engine = context.openEngine();
    if (approve)
        co_await engine.approve(model, *version, context.user, comment);
    else
        co_await engine.reject(model, *version, context.user, comment);
    if (context.json) {
        const auto v = engine.workspace().registry().version(model, *version);
        context.out.json(v ? v->toJson() : json(nullptr));
    } else if (approve) {
        context.out.line(QStringLiteral("'%1' now serves version %2: approved by %3 (its checksum was verified)")
                             .arg(model).arg(*version).arg(context.user));
    } else {
        context.out.line(QStringLiteral("Version %1 of '%2' was rejected by %3; the active version stays in service")
                             .arg(*version).arg(model, context.user));
    }
    co_return Ok;
}

json readRows(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QString problem;
    auto rows = parseJson(file.readAll(), &problem);
    if (!rows)
        throw Error(QStringLiteral("%1 is not valid JSON (%2); it must hold an array of objects {column: value}")
                        .arg(path, problem));
    return rows->is_object() ? json::array({*rows}) : std::move(*rows);
}

} // namespace

QCoro::Task<int> approveCommand(Context& context) { co_return co_await decide(context, true); }
QCoro::Task<int> rejectCommand(Context& context) { co_return co_await decide(context, false); }

QCoro::Task<int> predictCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("input"), QStringLiteral("JSON file with an array of rows."), QStringLiteral("ROWS.json")});
    const QString synopsis = QStringLiteral("predict NAME --input ROWS.json [--json]");
    if (!parseArguments(parser, context, 0, 1, 1, synopsis))
        co_return Usage;
    if (!parser.isSet(QStringLiteral("input"))) {
        context.out.error(QStringLiteral("--input is required\nusage: retrainer ") + synopsis);
        co_return Usage;
    }
    const QString model = parser.positionalArguments().first();
    context.openWorkspace().requireModel(model);
    const json rows = readRows(parser.value(QStringLiteral("input")));
    // Inside the daemon: its served predictor. Standalone: the verified active version, loaded here.
    std::unique_ptr<Predictors> own;
    Predictors* predictors = context.engine ? &context.engine->predictors() : nullptr;
    if (!predictors) {
        own = std::make_unique<Predictors>(context.openWorkspace());
        own->reload(model);
        predictors = own.get();
    }
    auto predicting = [predictors, model, rows]() -> std::pair<json, QString> {
        try {
            return {predictors->predict(model, rows), QString()};
        } catch (const Error& e) {
            return {json(), e.message()};
        }
    };
    // A named result, not `auto [a, b] = co_await f;`: GCC miscompiles the hidden object of a structured
    // binding initialised by co_await (its destructor can run on memory never constructed).
    const auto outcome = co_await onWorker(context.workers(), std::move(predicting));
    const auto& answer = outcome.first;
    const auto& error = outcome.second;
    if (!error.isEmpty())
        throw Error(error);
    const bool clean = answer["errors"].empty();
    if (context.json) {
        context.out.json(answer);
        co_return clean ? Ok : Failure;
    }
    std::vector<QStringList> table;
    const auto& predictions = answer["predictions"];
    for (size_t i = 0; i < predictions.size(); ++i) {
        QString text;
        if (predictions[i].is_string())
            text = QString::fromStdString(predictions[i].get<std::string>());
        else if (predictions[i].is_number())
            text = QString::number(predictions[i].get<double>(), 'g', 6);
        else
            for (const auto& e : answer["errors"])
                if (e["row"].get<size_t>() == i)
                    text += (text.isEmpty() ? QString() : QStringLiteral("; ")) + QString::fromStdString(e["error"].get<std::string>());
        table.push_back({QString::number(i), text});
    }
    context.out.line(QStringLiteral("'%1' version %2:").arg(model).arg(answer["version"].get<int>()));
    context.out.table({QStringLiteral("ROW"), QStringLiteral("PREDICTION")}, table);
    co_return clean ? Ok : Failure;
}

QCoro::Task<int> auditCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("model"), QStringLiteral("Only this model."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N entries."), QStringLiteral("N"), QStringLiteral("50")});
    if (!parseArguments(parser, context, 0, 0, 0, QStringLiteral("audit [--model NAME] [--limit N] [--json]")))
        co_return Usage;
    const auto limit = positiveNumber(context, parser.value(QStringLiteral("limit")), QStringLiteral("--limit must be a positive number"));
    if (!limit)
        co_return Usage;
    Workspace& workspace = context.openWorkspace();
    const QString model = parser.value(QStringLiteral("model"));
    if (!model.isEmpty())
        workspace.requireModel(model);
    const auto entries = AuditLog(workspace.store()).entries(model, *limit);
    if (context.json) {
        json out = json::array();
        for (const auto& e : entries)
            out.push_back(e.toJson());
        context.out.json(out);
        co_return Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& e : entries)
        rows.push_back({localTime(e.time), e.actor, e.action, e.model.isEmpty() ? QStringLiteral("—") : e.model,
                        QString::fromStdString(e.detail.dump()).left(80)});
    context.out.table({QStringLiteral("TIME"), QStringLiteral("ACTOR"), QStringLiteral("ACTION"), QStringLiteral("MODEL"),
                       QStringLiteral("DETAIL")},
                      rows);
    co_return Ok;
}

} // namespace retrainer::cli
