// schedule, trigger, next, pause, resume, cancel, alerts: the automatic side of Retrainer.
// Inside the daemon they act on its running scheduler; without one they change the workspace directly.
#include "alert_log.h"
#include "automation.h"
#include "cli_context.h"
#include "cron_expression.h"
#include "engine.h"
#include "error.h"
#include "runner.h"
#include "source_loader.h"

namespace retrainer::cli {

using json = nlohmann::json;

namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm (ddd)")) : QStringLiteral("—");
}

// The workspace's model after a change: checked, saved, audited and picked up by a running automation.
QCoro::Task<> saveModel(Context& context, ModelConfig model)
{
    co_await context.openEngine().updateModel(model, context.user);
}

int scheduleList(Context& context, const ModelConfig& model)
{
    if (context.json) {
        context.out.json(model.triggers.toJson()["schedules"]);
        return Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& s : model.triggers.schedules) {
        const auto cron = CronExpression::tryParse(s.cron);
        rows.push_back({QString::number(s.id), s.cron, cron ? cron->describe() : QStringLiteral("?"),
                        s.conditional ? QStringLiteral("conditional (≥ %1 new)").arg(s.minNew) : QStringLiteral("full"),
                        cron ? when(cron->next(QDateTime::currentDateTimeUtc()).value_or(QDateTime())) : QString()});
    }
    context.out.table({QStringLiteral("ID"), QStringLiteral("CRON"), QStringLiteral("MEANING"), QStringLiteral("MODE"),
                       QStringLiteral("NEXT")},
                      rows);
    return Ok;
}

int schedulePreview(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QString(), QStringLiteral("ISO-8601-LOCAL")});
    parser.addOption({QStringLiteral("count"), QString(), QStringLiteral("N"), QStringLiteral("5")});
    if (!parseArguments(parser, context, 1, 1, 1, QStringLiteral("schedule preview \"CRON\" [--from ISO-8601-LOCAL] [--count N]")))
        return Usage;
    QString error;
    const auto cron = CronExpression::tryParse(parser.positionalArguments().first(), &error);
    if (!cron) {
        context.out.error(error);
        return Usage;
    }
    QDateTime from = QDateTime::currentDateTime();
    if (parser.isSet(QStringLiteral("from"))) {
        from = QDateTime::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        if (!from.isValid()) {
            context.out.error(QStringLiteral("--from must be a local date and time such as 2026-03-28T12:00"));
            return Usage;
        }
    }
    bool ok = false;
    const int count = parser.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > 1000) {
        context.out.error(QStringLiteral("--count must be between 1 and 1000"));
        return Usage;
    }
    const auto moments = cron->nextN(from, count);
    if (context.json) {
        json out = json::array();
        for (const auto& m : moments)
            out.push_back(m.toLocalTime().toString(Qt::ISODateWithMs).toStdString() + "");
        context.out.json({{"cron", cron->text().toStdString()}, {"meaning", cron->describe().toStdString()}, {"next", out}});
        return Ok;
    }
    context.out.line(QStringLiteral("%1 — %2 (local time, %3)")
                         .arg(cron->text(), cron->describe(), QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    for (const auto& m : moments)
        context.out.line(QStringLiteral("  ") + m.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm ddd t")));
    return Ok;
}

} // namespace

QCoro::Task<int> scheduleCommand(Context& context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("preview"))
        co_return schedulePreview(context);
    const QString usageText = QStringLiteral("schedule NAME list | add \"CRON\" [--conditional --min-new N] | remove ID\n"
                                             "       retrainer schedule preview \"CRON\" [--from ISO-8601-LOCAL] [--count N]");
    const QString action = context.arguments.value(1);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("conditional"), QString()});
    parser.addOption({QStringLiteral("min-new"), QString(), QStringLiteral("N"), QStringLiteral("3")});
    const int positional = action == QLatin1String("list") ? 0 : 1;
    if (sub.isEmpty() || !QStringList{QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove")}.contains(action)
        || !parseArguments(parser, context, 2, positional, positional, usageText)) {
        if (sub.isEmpty() || action.isEmpty())
            context.out.error(QStringLiteral("usage: retrainer ") + usageText);
        co_return Usage;
    }
    ModelConfig model = context.openWorkspace().requireModel(sub);
    if (action == QLatin1String("list"))
        co_return scheduleList(context, model);
    if (action == QLatin1String("add")) {
        bool ok = false;
        const int minNew = parser.value(QStringLiteral("min-new")).toInt(&ok);
        if (!ok || minNew < 1) {
            context.out.error(QStringLiteral("--min-new must be a positive number"));
            co_return Usage;
        }
        const int id = model.triggers.addSchedule(parser.positionalArguments().first(),
                                                  parser.isSet(QStringLiteral("conditional")), minNew);
        co_await saveModel(context, model);
        const auto cron = CronExpression::parse(parser.positionalArguments().first());
        context.out.line(QStringLiteral("Added schedule %1 to '%2': %3%4; next %5")
                             .arg(id).arg(model.name, cron.describe(),
                                  parser.isSet(QStringLiteral("conditional"))
                                      ? QStringLiteral(", only with at least %1 new rows").arg(minNew) : QString(),
                                  when(cron.next(QDateTime::currentDateTimeUtc()).value_or(QDateTime()))));
        co_return Ok;
    }
    bool ok = false;
    const int id = parser.positionalArguments().first().toInt(&ok);
    if (!ok || !model.triggers.removeSchedule(id)) {
        context.out.error(QStringLiteral("'%1' has no schedule %2 (see `retrainer schedule %1 list`)")
                              .arg(model.name, parser.positionalArguments().first()));
        co_return Failure;
    }
    co_await saveModel(context, model);
    context.out.line(QStringLiteral("Removed schedule %1 from '%2'").arg(id).arg(model.name));
    co_return Ok;
}

QCoro::Task<int> triggerCommand(Context& context)
{
    const QString usageText = QStringLiteral("trigger NAME data [--min-new N] [--window 24h] [--cooldown 6h] [--off]\n"
                                             "       retrainer trigger NAME performance [--threshold 0.7] [--every 1h] "
                                             "[--retries 3] [--window-rows 50] [--off]");
    QCommandLineParser parser;
    for (const char* valued : {"min-new", "window", "cooldown", "threshold", "every", "retries", "window-rows"})
        parser.addOption({QString::fromLatin1(valued), QString(), QStringLiteral("value")});
    parser.addOption({QStringLiteral("off"), QString()});
    const QString kind = context.arguments.value(1);
    if (kind != QLatin1String("data") && kind != QLatin1String("performance")) {
        context.out.error(QStringLiteral("usage: retrainer ") + usageText);
        co_return Usage;
    }
    if (!parseArguments(parser, context, 2, 0, 0, usageText))
        co_return Usage;
    ModelConfig model = context.openWorkspace().requireModel(context.arguments.value(0));
    auto number = [&](const char* name, double min, double max) -> std::optional<double> {
        bool ok = false;
        const double v = parser.value(QString::fromLatin1(name)).toDouble(&ok);
        if (!ok || v < min || v > max)
            throw Error(QStringLiteral("--%1 must be a number from %2 to %3").arg(QString::fromLatin1(name)).arg(min).arg(max));
        return v;
    };
    auto duration = [&](const char* name) {
        const auto v = parseDuration(parser.value(QString::fromLatin1(name)));
        if (!v || *v <= 0)
            throw Error(QStringLiteral("--%1 must be a duration such as 30m, 6h or 2d").arg(QString::fromLatin1(name)));
        return *v;
    };
    const bool on = !parser.isSet(QStringLiteral("off"));
    if (kind == QLatin1String("data")) {
        auto& d = model.triggers.data;
        d.enabled = on;
        if (parser.isSet(QStringLiteral("min-new")))
            d.minNew = int(*number("min-new", 1, 1e9));
        if (parser.isSet(QStringLiteral("window")))
            d.windowSecs = duration("window");
        if (parser.isSet(QStringLiteral("cooldown")))
            d.cooldownSecs = duration("cooldown");
        co_await saveModel(context, model);
        context.out.line(on ? QStringLiteral("'%1' retrains when %2 new rows arrive within %3, then waits %4")
                                  .arg(model.name).arg(d.minNew).arg(formatDuration(d.windowSecs), formatDuration(d.cooldownSecs))
                            : QStringLiteral("'%1' no longer retrains on new data").arg(model.name));
    } else {
        auto& p = model.triggers.performance;
        p.enabled = on;
        if (parser.isSet(QStringLiteral("threshold")))
            p.threshold = *number("threshold", -1e9, 1e9);
        if (parser.isSet(QStringLiteral("every")))
            p.everySecs = duration("every");
        if (parser.isSet(QStringLiteral("retries")))
            p.retries = int(*number("retries", 0, 100));
        if (parser.isSet(QStringLiteral("window-rows")))
            p.windowRows = int(*number("window-rows", 5, 1e7));
        co_await saveModel(context, model);
        context.out.line(on ? QStringLiteral("'%1' is checked every %2 on its newest %3 unseen rows; below %4 it retrains up to "
                                             "%5 times, then raises an alert")
                                  .arg(model.name, formatDuration(p.everySecs)).arg(p.windowRows).arg(p.threshold).arg(p.retries)
                            : QStringLiteral("'%1' is no longer checked for performance").arg(model.name));
    }
    co_return Ok;
}

QCoro::Task<int> nextCommand(Context& context)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, context, 0, 0, 1, QStringLiteral("next [NAME] [--json]")))
        co_return Usage;
    Workspace& workspace = context.openWorkspace();
    const QString only = parser.positionalArguments().value(0);
    if (!only.isEmpty())
        workspace.requireModel(only);
    std::vector<UpcomingMoment> moments;
    if (context.engine) {
        moments = context.engine->automation().scheduler().upcoming(only);
    } else {
        // No daemon: what would happen if one started now, from the saved state.
        Automation& automation = context.openEngine().automation(); // this command's own engine, not started
        co_await automation.start();
        automation.scheduler().setPausedAll(true); // a preview: nothing may fire from here
        moments = automation.scheduler().upcoming(only);
    }
    if (context.json) {
        json out = json::array();
        for (const auto& m : moments)
            out.push_back({{"model", m.model.toStdString()}, {"trigger", toString(m.kind).toStdString()},
                           {"when", m.when.isValid() ? json(m.when.toUTC().toString(Qt::ISODate).toStdString()) : json(nullptr)},
                           {"description", m.description.toStdString()}});
        context.out.json(out);
        co_return Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& m : moments)
        rows.push_back({m.model, toString(m.kind), when(m.when), m.description});
    context.out.table({QStringLiteral("MODEL"), QStringLiteral("TRIGGER"), QStringLiteral("WHEN"), QStringLiteral("WHAT")}, rows);
    if (!context.engine)
        context.out.line(QStringLiteral("(no daemon runs for this workspace: start `retrainer --headless` to make this happen)"));
    co_return Ok;
}

namespace {

QCoro::Task<int> pauseOrResume(Context& context, bool pause)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, context, 0, 0, 1, pause ? QStringLiteral("pause [NAME]") : QStringLiteral("resume [NAME]")))
        co_return Usage;
    const QString name = parser.positionalArguments().value(0);
    Workspace& workspace = context.openWorkspace();
    auto pausing = context.openEngine().setPaused(name, pause, context.user); // without a daemon: saved for the next one
    co_await pausing;
    workspace.store().addEvent(name.isEmpty() ? QStringLiteral("*") : name, std::nullopt,
                               pause ? QStringLiteral("PAUSED") : QStringLiteral("RESUMED"), {{"by", context.user.toStdString()}});
    const QString what = name.isEmpty() ? QStringLiteral("All automatic retraining") : QStringLiteral("Automatic retraining of '%1'").arg(name);
    context.out.line(pause ? what + QStringLiteral(" is paused; moments passed while paused are not caught up")
                           : what + QStringLiteral(" is running again"));
    co_return Ok;
}

} // namespace

QCoro::Task<int> pauseCommand(Context& context) { co_return co_await pauseOrResume(context, true); }
QCoro::Task<int> resumeCommand(Context& context) { co_return co_await pauseOrResume(context, false); }

QCoro::Task<int> cancelCommand(Context& context)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, context, 0, 1, 1, QStringLiteral("cancel NAME")))
        co_return Usage;
    const ModelConfig model = context.openWorkspace().requireModel(parser.positionalArguments().first());
    std::optional<qint64> id;
    if (context.engine) {
        auto queued = context.engine->runner().queuedRun(model.name); // a run still starting: once its row exists
        id = co_await queued;
    }
    if (!id || !context.engine->cancel(model.name, context.user)) {
        context.out.error(QStringLiteral("nothing is training '%1'%2").arg(model.name,
            context.engine ? QString() : QStringLiteral(" in a daemon (a `retrainer train` in a terminal stops with Ctrl+C)")));
        co_return Failure;
    }
    const RunRecord run = co_await context.engine->runner().waitFor(*id);
    context.out.line(QStringLiteral("Run %1 of '%2' ended %3; the active version stays in service")
                         .arg(*id).arg(model.name, toString(run.state)));
    co_return Ok;
}

QCoro::Task<int> alertsCommand(Context& context)
{
    if (context.arguments.value(0) == QLatin1String("channel"))
        co_return co_await alertChannelCommand(context);
    if (context.arguments.value(0) == QLatin1String("deliveries"))
        co_return co_await alertDeliveriesCommand(context);
    const bool ack = context.arguments.value(0) == QLatin1String("ack");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("all"), QString()});
    if (!parseArguments(parser, context, ack ? 1 : 0, ack ? 1 : 0, ack ? 1 : 0,
                        QStringLiteral("alerts [--all] [--json] | alerts ack ID | alerts deliveries [ID] | alerts channel add|list|remove|test …")))
        co_return Usage;
    AlertLog log(context.openWorkspace().store());
    if (ack) {
        bool ok = false;
        const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
        if (!ok) {
            context.out.error(QStringLiteral("ID must be an alert number (see `retrainer alerts`)"));
            co_return Usage;
        }
        const AlertRecord alert = log.acknowledge(id, context.user);
        context.out.line(QStringLiteral("Alert %1 acknowledged by %2").arg(id).arg(alert.acknowledgedBy));
        co_return Ok;
    }
    const auto alerts = log.alerts({}, !parser.isSet(QStringLiteral("all")));
    if (context.json) {
        json out = json::array();
        for (const auto& a : alerts)
            out.push_back(a.toJson());
        context.out.json(out);
        co_return Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& a : alerts)
        rows.push_back({QString::number(a.id), localTime(a.time), a.severity, a.model, a.text,
                        a.isOpen() ? QStringLiteral("open") : QStringLiteral("acknowledged by ") + a.acknowledgedBy});
    if (rows.empty())
        context.out.line(parser.isSet(QStringLiteral("all")) ? QStringLiteral("No alerts.") : QStringLiteral("No open alerts."));
    else
        context.out.table({QStringLiteral("ID"), QStringLiteral("TIME"), QStringLiteral("SEVERITY"), QStringLiteral("MODEL"),
                           QStringLiteral("ALERT"), QStringLiteral("STATE")},
                          rows);
    co_return Ok;
}

} // namespace retrainer::cli
