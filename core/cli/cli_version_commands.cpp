// versions, rollback.
#include "cli_context.h"
#include "audit_log.h"
#include "retention.h"
#include "version_listing.h"
#include "cli_output.h"
#include "engine.h"
#include "error.h"
#include "on_worker.h"

namespace retrainer::cli {

using json = nlohmann::json;

namespace {

// "pending until 2026-11-30 14:00", "approved by alice", "rejected by bob", "expired", or "" when not asked.
QString approvalText(const ModelVersion& v)
{
    const QString state = v.approvalState();
    const auto text = [&](const char* key) { return QString::fromStdString(v.approval.value(key, std::string())); };
    if (state == QLatin1String("pending"))
        return QStringLiteral("pending until %1").arg(localTime(QDateTime::fromString(text("expires"), Qt::ISODate)));
    if (state == QLatin1String("approved") || state == QLatin1String("rejected"))
        return QStringLiteral("%1 by %2").arg(state, text("by"));
    return state;
}

} // namespace

QCoro::Task<int> versionsCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("prune"), QStringLiteral("Delete the versions past the model's keep_versions.")});
    parser.addOption({QStringLiteral("pin"), QStringLiteral("Keep version V whatever the retention (keep_versions) says."),
                      QStringLiteral("V")});
    parser.addOption({QStringLiteral("unpin"), QStringLiteral("Let retention delete version V again when it is old."),
                      QStringLiteral("V")});
    if (!parseArguments(parser, context, 0, 1, 1, QStringLiteral("versions NAME [--prune | --pin V | --unpin V] [--json]")))
        co_return Usage;
    Workspace& workspace = context.openWorkspace();
    const ModelConfig model = workspace.requireModel(parser.positionalArguments().first());
    if (parser.isSet(QStringLiteral("pin")) || parser.isSet(QStringLiteral("unpin"))) {
        const bool pin = parser.isSet(QStringLiteral("pin"));
        const auto number = positiveNumber(context, parser.value(pin ? QStringLiteral("pin") : QStringLiteral("unpin")),
                                           QStringLiteral("--pin and --unpin take a version number such as 2"));
        if (!number)
            co_return Usage;
        AuditLog audit(workspace.store());
        try {
            pinVersion(workspace.registry(), audit, model.name, *number, pin, context.user);
        } catch (const Error& e) {
            context.out.error(e.message());
            co_return Failure;
        }
        if (context.json)
            context.out.json({{"model", model.name.toStdString()}, {"version", *number}, {"pinned", pin}});
        else
            context.out.line(pin ? QStringLiteral("version %1 of '%2' is pinned: retention will keep it").arg(*number).arg(model.name)
                                 : QStringLiteral("version %1 of '%2' is no longer pinned: retention keeps the newest %3")
                                       .arg(*number).arg(model.name).arg(model.keepVersions));
        co_return Ok;
    }
    if (parser.isSet(QStringLiteral("prune"))) {
        AuditLog audit(workspace.store());
        const auto pruned = pruneVersions(workspace.registry(), audit, model.name, model.keepVersions, context.user);
        json deleted = json::array();
        for (const auto& p : pruned) {
            deleted.push_back({{"version", p.version}, {"size", p.size}});
            if (!context.json)
                context.out.line(QStringLiteral("deleted version %1 of '%2' (%3 bytes)").arg(p.version).arg(model.name).arg(p.size));
        }
        if (context.json)
            context.out.json({{"model", model.name.toStdString()}, {"keep_versions", model.keepVersions}, {"deleted", deleted}});
        else if (pruned.empty())
            context.out.line(QStringLiteral("'%1' keeps %2 versions at most; nothing to delete").arg(model.name).arg(model.keepVersions));
        co_return Ok;
    }
    const QString metric = model.effectivePrimaryMetric();
    json out = json::array();
    std::vector<QStringList> rows;
    // Every artifact is read and hashed: on a worker, as inside the console this runs on the GUI thread.
    Registry* registry = &workspace.registry();
    auto list = [registry, name = model.name] { return listVersions(*registry, name); };
    const VersionListing listing = co_await onWorker(context.workers(), std::move(list));
    for (const auto& listed : listing.versions) {
        const ModelVersion& v = listed.version;
        out.push_back(listed.toJson());
        rows.push_back({QString::number(v.version), v.active ? QStringLiteral("*") : QString(), localTime(v.created),
                        formatMetric(v.metadata.value("metrics", json::object()), metric),
                        QString::fromStdString(v.metadata.value("algorithm", std::string())),
                        QString::number(v.metadata.value("train_size", 0)), shortHash(v.sha256),
                        listed.problem.isEmpty() ? QStringLiteral("ok") : QStringLiteral("DAMAGED"),
                        v.pinned ? QStringLiteral("pinned") : QString(), approvalText(v)});
    }
    if (context.json) {
        context.out.json(out);
        co_return Ok;
    }
    if (listing.versions.empty()) {
        context.out.line(QStringLiteral("'%1' has no versions yet; train it with `retrainer train %1`").arg(model.name));
        co_return Ok;
    }
    context.out.table({QStringLiteral("VERSION"), QStringLiteral("ACTIVE"), QStringLiteral("CREATED"), metric.toUpper(),
                QStringLiteral("ALGORITHM"), QStringLiteral("TRAIN ROWS"), QStringLiteral("SHA-256"), QStringLiteral("CHECKSUM"),
                QStringLiteral("PINNED"), QStringLiteral("APPROVAL")},
               rows);
    for (const auto& listed : listing.versions) // why the version in service has its algorithm ("auto" models)
        if (listed.version.active && listed.version.metadata.contains("selection"))
            context.out.line(QStringLiteral("Version %1 %2").arg(listed.version.version)
                                 .arg(QString::fromStdString(listed.version.metadata["selection"].value("why", std::string()))));
    context.out.line(QStringLiteral("Disk use: %1 in %2 version files; the newest %3 are kept, and pinned ones")
                         .arg(byteSize(listing.diskUse)).arg(listing.versions.size()).arg(model.keepVersions));
    co_return Ok;
}

QCoro::Task<int> rollbackCommand(Context& context)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, context, 0, 2, 2, QStringLiteral("rollback NAME VERSION")))
        co_return Usage;
    const auto number = positiveNumber(context, parser.positionalArguments().at(1),
                                       QStringLiteral("VERSION must be a version number such as 2"));
    if (!number)
        co_return Usage;
    const int version = *number;
    Workspace& workspace = context.openWorkspace();
    const ModelConfig model = workspace.requireModel(parser.positionalArguments().first());
    const auto before = workspace.registry().active(model.name);
    try {
        co_await context.openEngine().rollback(model.name, version, context.user);
    } catch (const Error& e) {
        context.out.error(QStringLiteral("rollback of '%1' to version %2 refused: %3; the active version is still %4")
                       .arg(model.name).arg(version).arg(e.message())
                       .arg(before ? QString::number(before->version) : QStringLiteral("none")));
        co_return Failure;
    }
    if (context.json)
        context.out.json({{"model", model.name.toStdString()}, {"active_version", version},
                   {"previous_version", before ? json(before->version) : json(nullptr)}});
    else
        context.out.line(QStringLiteral("'%1' now serves version %2 (was %3); its checksum was verified")
                      .arg(model.name).arg(version)
                      .arg(before ? QString::number(before->version) : QStringLiteral("none")));
    co_return Ok;
}

} // namespace retrainer::cli
