// POST models/{name}/samples: rows posted as JSON objects are checked one by one against the model and
// the good ones stored in its sample store (the data trigger sees them at once).
#include "api_audit.h"
#include "api_routes.h"
#include "automation.h"
#include "dataset.h"
#include "workspace.h"
#include <QCoroFuture>

namespace retrainer {

using json = nlohmann::json;

namespace {

// A cell as text, the way sources yield it; nullopt for a value a cell cannot hold (object, array).
std::optional<QString> cellText(const json& value)
{
    if (value.is_null())
        return QString();
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean())
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.is_number())
        return QString::fromStdString(value.dump());
    return std::nullopt;
}

struct PostedRows
{
    RawTable table;                   // the rows that are objects of plain values
    std::vector<RejectedRow> refused; // rows refused before typing
};

PostedRows toTable(const json& rows)
{
    PostedRows out;
    for (const auto& row : rows)
        if (row.is_object())
            for (const auto& [key, value] : row.items())
                if (const QString column = QString::fromStdString(key); !out.table.columns.contains(column))
                    out.table.columns << column;
    for (size_t i = 0; i < rows.size(); ++i) {
        const QString where = QStringLiteral("row %1").arg(i + 1);
        const json& row = rows[i];
        if (!row.is_object()) {
            out.refused.push_back({where, QStringLiteral("a row must be a JSON object of column: value")});
            continue;
        }
        RawRow raw;
        raw.origin = where;
        QString problem;
        for (const auto& column : std::as_const(out.table.columns)) {
            const auto it = row.find(column.toStdString());
            const auto text = it == row.end() ? std::optional<QString>(QString()) : cellText(*it);
            if (!text) {
                problem = QStringLiteral("column '%1' holds %2, not a single value").arg(column, QString::fromLatin1(it->type_name()));
                break;
            }
            raw.cells << *text;
        }
        if (problem.isEmpty())
            out.table.rows.push_back(std::move(raw));
        else
            out.refused.push_back({where, problem});
    }
    return out;
}

int rowNumber(const QString& where) { return where.section(QLatin1Char(' '), 1).toInt(); }

QCoro::Task<ApiReply> samples(ApiContext& context, ApiCall call)
{
    const ModelConfig m = requireModel(context, call);
    if (!m.source.startsWith(QLatin1String("store:")))
        throw ApiError(409, QStringLiteral("not a sample-store model"),
                       QStringLiteral("'%1' reads from %2; samples can be posted only to models whose source is store:")
                           .arg(m.name, m.source));
    const json rows = call.value();
    if (!rows.is_array())
        throw ApiError(400, QStringLiteral("wrong type"), QStringLiteral("the body must be a JSON array of row objects"));
    Workspace& workspace = context.workspace;
    const QString actor = call.caller.name;
    std::function<ApiReply()> work = [&workspace, m, rows, actor] {
        PostedRows posted = toTable(rows);
        std::vector<RejectedRow> rejected = posted.refused;
        RawTable accepted;
        accepted.columns = posted.table.columns;
        try {
            const Dataset checked = buildDataset(posted.table, m.schema());
            QSet<QString> bad;
            for (const auto& r : checked.rejected) {
                bad.insert(r.where);
                rejected.push_back(r);
            }
            for (auto& row : posted.table.rows)
                if (!bad.contains(row.origin))
                    accepted.rows.push_back(std::move(row));
        } catch (const Error& e) { // the columns do not fit the model (e.g. no label column): every row is refused
            for (const auto& row : posted.table.rows)
                rejected.push_back({row.origin, e.message()});
        }
        std::sort(rejected.begin(), rejected.end(),
                  [](const RejectedRow& a, const RejectedRow& b) { return rowNumber(a.where) < rowNumber(b.where); });
        const int stored = accepted.rows.empty() ? 0 : workspace.store().addSamples(m.name, accepted);
        workspace.store().addEvent(m.name, std::nullopt, QStringLiteral("SAMPLES_POSTED"),
                                   {{"by", utf8(actor)}, {"stored", stored}, {"rejected", rejected.size()}});
        recordAudit(workspace.store(), actor, QStringLiteral("samples"), m.name,
                    {{"stored", stored}, {"rejected", rejected.size()}});
        const json total = workspace.store().sampleCount(m.name);
        if (rejected.empty())
            return jsonReply({{"stored", stored}, {"total", total}}, 201);
        json reasons = json::array();
        for (const auto& r : rejected)
            reasons.push_back({{"row", rowNumber(r.where)}, {"where", utf8(r.where)}, {"reason", utf8(r.reason)}});
        ApiReply reply = errorReply(422, QStringLiteral("rows rejected"),
                                    QStringLiteral("%1 of %2 rows rejected; the other rows were stored")
                                        .arg(rejected.size()).arg(rows.size()));
        reply.body["stored"] = stored;
        reply.body["total"] = total;
        reply.body["rejected"] = reasons;
        return reply;
    };
    auto future = offThread(context.pool, std::move(work));
    ApiReply reply = co_await future;
    if (reply.body.value("stored", 0) > 0)
        context.automation.refreshModel(m.name); // the data trigger counts the new rows
    co_return reply;
}

} // namespace

std::vector<ApiRoute> sampleRoutes()
{
    return {
        {"POST", QStringLiteral("/api/v1/models/{name}/samples"), Access::Admin, samples},
    };
}

} // namespace retrainer
