// token create / list / revoke: bearer tokens for the local HTTP API.
#include "cli_context.h"
#include "cli_output.h"
#include "error.h"
#include "token_store.h"

namespace retrainer::cli {

using json = nlohmann::json;

namespace {

const QString kTokenSynopsis = QStringLiteral("token create NAME --role admin|viewer | token list [--json] | token revoke NAME");

int tokenCreate(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("role"), QStringLiteral("admin (everything) or viewer (reads only)."), QStringLiteral("ROLE")});
    if (!parseArguments(parser, context, 1, 1, 1, QStringLiteral("token create NAME --role admin|viewer")))
        return Usage;
    const QString role = parser.value(QStringLiteral("role"));
    if (!TokenStore::isRole(role)) {
        context.out.error(QStringLiteral("--role must be admin or viewer\nusage: retrainer token create NAME --role admin|viewer"));
        return Usage;
    }
    const QString name = parser.positionalArguments().first();
    TokenStore tokens(context.openWorkspace().store());
    const QString token = tokens.create(name, role, context.user);
    if (context.json) {
        context.out.json({{"name", name.toStdString()}, {"role", role.toStdString()}, {"token", token.toStdString()}});
        return Ok;
    }
    context.out.line(QStringLiteral("Created %1 token '%2':\n\n  %3\n\nCopy it now: it is not shown again (only its hash "
                                    "is stored). Send it as 'Authorization: Bearer TOKEN'.").arg(role, name, token));
    return Ok;
}

int tokenList(Context& context)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, context, 1, 0, 0, QStringLiteral("token list [--json]")))
        return Usage;
    const auto tokens = TokenStore(context.openWorkspace().store()).list();
    if (context.json) {
        json out = json::array();
        for (const auto& t : tokens)
            out.push_back(t.toJson());
        context.out.json(out);
        return Ok;
    }
    if (tokens.empty()) {
        context.out.line(QStringLiteral("No API tokens yet; create one with `retrainer token create NAME --role admin|viewer`"));
        return Ok;
    }
    std::vector<QStringList> rows;
    for (const auto& t : tokens)
        rows.push_back({t.name, t.role, localTime(t.created), t.createdBy,
                        t.lastUsed.isValid() ? localTime(t.lastUsed) : QStringLiteral("never"),
                        t.revoked() ? QStringLiteral("revoked %1").arg(localTime(t.revokedAt)) : QStringLiteral("active")});
    context.out.table({QStringLiteral("NAME"), QStringLiteral("ROLE"), QStringLiteral("CREATED"), QStringLiteral("BY"),
                       QStringLiteral("LAST USED"), QStringLiteral("STATE")},
                      rows);
    return Ok;
}

int tokenRevoke(Context& context)
{
    QCommandLineParser parser;
    if (!parseArguments(parser, context, 1, 1, 1, QStringLiteral("token revoke NAME")))
        return Usage;
    const QString name = parser.positionalArguments().first();
    TokenStore(context.openWorkspace().store()).revoke(name, context.user);
    context.out.line(QStringLiteral("Token '%1' is revoked: requests with it are refused from now on").arg(name));
    return Ok;
}

} // namespace

QCoro::Task<int> tokenCommand(Context& context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("create"))
        co_return tokenCreate(context);
    if (sub == QLatin1String("list"))
        co_return tokenList(context);
    if (sub == QLatin1String("revoke"))
        co_return tokenRevoke(context);
    context.out.error(QStringLiteral("usage: retrainer ") + kTokenSynopsis);
    co_return Usage;
}

} // namespace retrainer::cli
