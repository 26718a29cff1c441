#include "cli.h"
#include "cli_context.h"
#include "cli_output.h"
#include "command_channel.h"
#include "engine.h"
#include "error.h"
#include "instance_lock.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>
#include <pwd.h>
#include <unistd.h>
#include <functional>
#include <map>

namespace retrainer::cli {
namespace {

using Handler = std::function<QCoro::Task<int>(Context&)>;

const std::map<QString, Handler>& commands()
{
    static const std::map<QString, Handler> table = {
        {QStringLiteral("init"), initCommand},         {QStringLiteral("model"), modelCommand},
        {QStringLiteral("import"), importCommand},     {QStringLiteral("train"), trainCommand},
        {QStringLiteral("status"), statusCommand},     {QStringLiteral("history"), historyCommand},
        {QStringLiteral("versions"), versionsCommand}, {QStringLiteral("rollback"), rollbackCommand},
        {QStringLiteral("schedule"), scheduleCommand}, {QStringLiteral("trigger"), triggerCommand},
        {QStringLiteral("next"), nextCommand},         {QStringLiteral("pause"), pauseCommand},
        {QStringLiteral("resume"), resumeCommand},     {QStringLiteral("cancel"), cancelCommand},
        {QStringLiteral("alerts"), alertsCommand},     {QStringLiteral("simulate"), simulateCommand},
        {QStringLiteral("approve"), approveCommand},   {QStringLiteral("reject"), rejectCommand},
        {QStringLiteral("predict"), predictCommand},   {QStringLiteral("audit"), auditCommand},
        {QStringLiteral("token"), tokenCommand},       {QStringLiteral("store"), storeCommand},
        {QStringLiteral("quality"), qualityCommand},   {QStringLiteral("backtest"), backtestCommand},
    };
    return table;
}

// Removes --workspace DIR / --workspace=DIR and --json from anywhere in the arguments.
bool extractGlobals(QStringList& args, QString& workspace, bool& json)
{
    for (qsizetype i = 0; i < args.size();) {
        const QString& a = args[i];
        if (a == QLatin1String("--workspace")) {
            if (i + 1 >= args.size())
                return false;
            workspace = args[i + 1];
            args.remove(i, 2);
        } else if (a.startsWith(QLatin1String("--workspace="))) {
            workspace = a.mid(12);
            args.remove(i);
        } else if (a == QLatin1String("--json")) {
            json = true;
            args.remove(i);
        } else {
            ++i;
        }
    }
    return true;
}

QString firstWord(const QStringList& args)
{
    for (const auto& a : args)
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    return {};
}

// The daemon runs in another folder: files a forwarded command reads (import FILE, predict --input FILE)
// are made absolute against the caller's working directory.
QStringList withAbsolutePaths(QStringList args)
{
    const auto absolute = [](const QString& path) { return QFileInfo(path).absoluteFilePath(); };
    QString command;
    int positional = 0; // words after the command word
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if (a == QLatin1String("--workspace") || a == QLatin1String("--input") || a == QLatin1String("--password-file")
            || a == QLatin1String("--csv")) {
            if (a != QLatin1String("--workspace") && i + 1 < args.size())
                args[i + 1] = absolute(args[i + 1]);
            ++i;
        } else if (a.startsWith(QLatin1String("--input="))) {
            args[i] = QStringLiteral("--input=") + absolute(a.mid(8));
        } else if (a.startsWith(QLatin1String("--csv="))) {
            args[i] = QStringLiteral("--csv=") + absolute(a.mid(6));
        } else if (a.startsWith(QLatin1String("--password-file="))) {
            args[i] = QStringLiteral("--password-file=") + absolute(a.mid(16));
        } else if (a.startsWith(QLatin1Char('-'))) {
            continue;
        } else if (command.isEmpty()) {
            command = a;
        } else if (command == QLatin1String("import") && ++positional == 2) { // import NAME FILE
            args[i] = absolute(a);
        }
    }
    return args;
}

} // namespace

Context::Context() = default;
Context::~Context() = default;

Workspace& Context::openWorkspace()
{
    if (workspace)
        return *workspace;
    if (!m_owned)
        m_owned = Workspace::open(workspaceDir);
    return *m_owned;
}

Engine& Context::openEngine()
{
    if (engine)
        return *engine;
    if (!m_ownedEngine) {
        m_clock = std::make_unique<SystemClock>();
        m_ownedEngine = std::make_unique<Engine>(openWorkspace(), *m_clock);
    }
    return *m_ownedEngine;
}

WorkerPool& Context::workers()
{
    if (engine)
        return engine->workers();
    if (!m_ownWorkers)
        m_ownWorkers = std::make_unique<WorkerPool>();
    return *m_ownWorkers;
}

bool parseArguments(QCommandLineParser& parser, Context& context, int skip, int minPositional,
                    int maxPositional, const QString& synopsis)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList args = context.arguments.mid(skip);
    args.prepend(QStringLiteral("retrainer"));
    if (!parser.parse(args)) {
        context.out.error(parser.errorText() + QStringLiteral("\nusage: retrainer ") + synopsis);
        return false;
    }
    const auto count = parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional) {
        context.out.error(QStringLiteral("usage: retrainer ") + synopsis);
        return false;
    }
    return true;
}

std::optional<int> positiveNumber(Context& context, const QString& text, const QString& complaint)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok && value >= 1)
        return value;
    context.out.error(complaint);
    return std::nullopt;
}

QString usage()
{
    return QStringLiteral(
        "usage: retrainer [--workspace DIR] [--json] COMMAND ...\n"
        "\n"
        "Keeps prediction models fresh: trains them on your data, tests each new version against the one\n"
        "in service, and keeps every version for rollback.\n"
        "\n"
        "commands:\n"
        "  init [--demo] [--store URL]         create a workspace (--demo: with a clinic and logistics demo and\n"
        "                                      four weeks of replayed past trainings, --no-past: without them;\n"
        "                                      --store postgresql://user@host:port/db: keep runs, versions and\n"
        "                                      samples in a PostgreSQL database shared by several machines)\n"
        "  store migrate --to URL              copy this workspace's SQLite store (runs, versions and their files,\n"
        "                                      samples, audit, alerts, tokens) into an empty PostgreSQL database\n"
        "                                      and use it from now on; counts and checksums are reported\n"
        "  model add NAME --source URI --task classification|regression --label COL\n"
        "            [--features a,b,c] [--timestamp COL] [--algorithm random_forest|svm_rbf|linear|krr] [--group G]\n"
        "            [--text COL] [--base-source URI]     (a text column: a linear text classifier)\n"
        "            [--display-name TEXT]   NAME may have spaces (\"Waiting time (north clinic)\"): it is then\n"
        "                                    shown as given and the identifier is derived from it\n"
        "  model list                          the models and their settings\n"
        "  import NAME FILE.csv|FILE.jsonl     add rows to a model's sample store (source store:; PII removed)\n"
        "  quality NAME [--now ISO-8601]       data quality: new rows by period, readiness, score, issues, drift\n"
        "  backtest NAME --from DATE --to DATE [--policy current|nightly|data|never] [--min-new N] [--csv FILE]\n"
        "                                      what retraining would have done over those days (nothing is written)\n"
        "  train NAME|--all [--force] [--dry-run]\n"
        "                                      train now and wait for the outcome\n"
        "  status [NAME]                       active version, metric and last run per model\n"
        "  history NAME [--limit N]            the model's runs, newest first\n"
        "  versions NAME                       the model's versions with checksum state\n"
        "  rollback NAME VERSION               put an earlier version back in service\n"
        "  approve NAME VERSION [--comment TEXT]   put a candidate awaiting approval in service\n"
        "  reject NAME VERSION --comment TEXT  refuse a candidate awaiting approval\n"
        "  predict NAME --input ROWS.json      predictions of the active version for rows [{column: value}]\n"
        "  audit [--model NAME] [--limit N]    who changed what, newest first\n"
        "  schedule NAME list | add \"CRON\" [--conditional --min-new N] | remove ID\n"
        "  schedule preview \"CRON\" [--from ISO-8601-LOCAL] [--count N]   next moments, local time\n"
        "  trigger NAME data [--min-new N] [--window 24h] [--cooldown 6h] [--off]\n"
        "  trigger NAME performance [--threshold 0.7] [--every 1h] [--retries 3] [--off]\n"
        "  next [NAME]                         what will happen next, per model and trigger\n"
        "  pause [NAME] | resume [NAME]        stop or restart automatic retraining\n"
        "  cancel NAME                         stop the model's run (the active version stays)\n"
        "  alerts [--all] | alerts ack ID      alerts that need a person\n"
        "  simulate [--every 5s] [--rows 1]    demo: add new clinic consultations until Ctrl+C\n"
        "  token create NAME --role admin|viewer   an API token (printed once) | token list | token revoke NAME\n"
        "  --headless [--source-poll SECONDS] [--api HOST:PORT [--api-allow-remote]] [--api-max-body BYTES]\n"
        "                                      run the scheduler without windows (one per workspace);\n"
        "                                      --api also serves the local HTTP API (loopback unless allowed)\n"
        "\n"
        "sources: csv:PATH, jsonl:PATH, sqlite:PATH?table=T, sqlite:PATH?query=SELECT..., store:\n"
        "workspace: --workspace DIR, else $RETRAINER_WORKSPACE, else the per-user data folder.\n"
        "exit codes: 0 ok, 1 failure, 2 usage.");
}

bool isCommand(const QStringList& arguments)
{
    QStringList args = arguments;
    QString ws;
    bool json = false;
    extractGlobals(args, ws, json);
    return !firstWord(args).isEmpty() || args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
}

QCoro::Task<int> run(QStringList arguments)
{
    Context context;
    context.user = currentUser();
    // While a daemon owns the workspace, it answers every command: it holds the scheduler, the runner
    // and the configuration in memory, so acting beside it would race it.
    QStringList probe = arguments;
    QString option;
    bool json = false;
    extractGlobals(probe, option, json);
    const QString dir = Workspace::resolveDirectory(option);
    const QString word = firstWord(probe);
    const bool local = word == QLatin1String("simulate"); // long-running, only writes the demo's own database
    if (commands().count(word) > 0 && !local && Workspace::exists(dir)) {
        InstanceLock lock(dir);
        if (const auto holder = lock.holder(); holder && holder->pid != QCoreApplication::applicationPid()) {
            CommandRequest request;
            request.arguments = withAbsolutePaths(arguments);
            request.user = context.user;
            const auto response = co_await sendCommand(InstanceLock::socketName(dir), std::move(request));
            if (!response) {
                context.out.error(QStringLiteral("the Retrainer daemon (pid %1) owns %2 but does not answer yet; try again "
                                                 "in a moment").arg(holder->pid).arg(dir));
                co_return Failure;
            }
            std::fputs(response->out.toLocal8Bit().constData(), stdout);
            std::fputs(response->err.toLocal8Bit().constData(), stderr);
            std::fflush(stdout);
            co_return response->exitCode;
        }
    }
    co_return co_await execute(context, std::move(arguments));
}

QCoro::Task<int> execute(Context& context, QStringList arguments)
{
    QString workspace;
    if (!extractGlobals(arguments, workspace, context.json)) {
        context.out.error(QStringLiteral("--workspace needs a folder"));
        co_return Usage;
    }
    if (context.workspaceDir.isEmpty())
        context.workspaceDir = Workspace::resolveDirectory(workspace);
    context.arguments = arguments;
    const QString word = firstWord(arguments);
    const bool help = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    if (word.isEmpty() || word == QLatin1String("help") || (help && word.isEmpty())) {
        context.out.line(usage());
        co_return (word.isEmpty() && !help) ? Usage : Ok;
    }
    const auto it = commands().find(word);
    if (it == commands().end()) {
        context.out.error(QStringLiteral("unknown command '%1'; run `retrainer --help` for the list").arg(word));
        co_return Usage;
    }
    context.arguments.removeOne(word);
    try {
        co_return co_await it->second(context);
    } catch (const Error& e) {
        context.out.error(e.message());
        co_return Failure;
    } catch (const std::exception& e) {
        context.out.error(QStringLiteral("internal error: %1").arg(QString::fromUtf8(e.what())));
        co_return Failure;
    }
}

QString currentUser()
{
    if (const passwd* entry = ::getpwuid(::getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("unknown"));
}

} // namespace retrainer::cli
