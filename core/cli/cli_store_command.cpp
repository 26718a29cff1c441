// store migrate --to postgresql://…: an SQLite workspace moves to a shared PostgreSQL store.
#include "cli_context.h"
#include "engine.h"
#include "error.h"
#include "postgres_url.h"
#include "registry_artifacts.h"
#include "store_copy.h"
#include "workspace_file.h"
#include <QFile>

namespace retrainer::cli {

namespace {

// workspace.json names the new store and keeps only this machine's settings (written atomically): the models
// and channels are in the store now.
void pointWorkspaceAt(const Workspace& workspace, const QString& url)
{
    QFile file(workspace.configPath());
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read %1: %2").arg(workspace.configPath(), file.errorString()));
    WorkspaceFile config = WorkspaceFile::parse(file.readAll());
    file.close();
    config.settings.store = url;
    config.models.clear();
    config.channels.clear();
    artifacts::writeFile(workspace.configPath(), config.serialize());
}

QCoro::Task<int> storeMigrate(Context& context)
{
    QCommandLineParser parser;
    const QString synopsis = QStringLiteral("store migrate --to postgresql://user@host:port/db");
    parser.addOption({QStringLiteral("to"), QString(), QStringLiteral("postgresql://user@host:port/database")});
    if (!parseArguments(parser, context, 1, 0, 0, synopsis))
        co_return Usage;
    if (!parser.isSet(QStringLiteral("to"))) {
        context.out.error(QStringLiteral("--to is required\nusage: retrainer ") + synopsis);
        co_return Usage;
    }
    if (context.engine) {
        context.out.error(QStringLiteral("Retrainer is running on this workspace (the daemon or the console); stop it first, "
                                         "so that nothing it records during the copy is left behind"));
        co_return Failure;
    }
    Workspace& workspace = context.openWorkspace();
    if (workspace.store().backend() != sql::Backend::Sqlite)
        throw Error(QStringLiteral("workspace %1 already keeps its store in PostgreSQL (%2)")
                        .arg(workspace.directory(), workspace.storePath()));
    const QString url = PostgresUrl::parse(parser.value(QStringLiteral("to"))).toString();
    StoreCopyReport report;
    {
        Store target(url); // creates the tables (the same numbered steps) in the empty database
        report = copyStore(workspace.store(), workspace.modelsDir(), target, recordsOf(workspace.models()),
                           recordsOf(workspace.alertChannels()));
    }
    pointWorkspaceAt(workspace, url);

    if (context.json) {
        nlohmann::json out = {{"store", url.toStdString()}, {"verified_model_files", report.artifactsVerified}};
        for (const auto& [table, rows] : report.rows)
            out["rows"][table.toStdString()] = rows;
        context.out.json(out);
        co_return Ok;
    }
    context.out.line(QStringLiteral("Copied the store of %1 to %2:").arg(workspace.directory(), url));
    const std::pair<const char*, const char*> shown[] = {
        {"runs", "runs"}, {"events", "events"}, {"versions", "versions"}, {"samples", "samples"}, {"alerts", "alerts"},
        {"alert_deliveries", "alert deliveries"}, {"audit", "audit entries"}, {"tokens", "API tokens"},
        {"state", "saved scheduler and pause states"}, {"model_settings", "models' settings"},
        {"alert_channels", "alert channels (their secrets stay in this machine's secrets.json)"}};
    for (const auto& [table, words] : shown)
        context.out.line(QStringLiteral("  %1 %2").arg(report.rowsIn(QString::fromLatin1(table)), 8).arg(QString::fromLatin1(words)));
    context.out.line(QStringLiteral("  %1 model files, each checksum verified before the copy and again in PostgreSQL")
                         .arg(report.artifactsVerified, 8));
    context.out.line(QStringLiteral("The workspace now uses the PostgreSQL store; retrainer.sqlite and models/ are left as "
                                    "they were (a copy of the old state). On another machine, `retrainer init --store %1` shows the same "
                                    "models.").arg(url));
    co_return Ok;
}

} // namespace

QCoro::Task<int> storeCommand(Context& context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("migrate"))
        co_return co_await storeMigrate(context);
    context.out.error(QStringLiteral("usage: retrainer store migrate --to postgresql://user@host:port/db"));
    co_return Usage;
}

} // namespace retrainer::cli
