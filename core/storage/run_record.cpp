#include "run_record.h"
#include <array>

namespace retrainer {

using json = nlohmann::json;

namespace {

struct StateName
{
    RunState state;
    const char* name;
};

constexpr std::array<StateName, 11> kStateNames{{
    {RunState::Queued, "queued"},
    {RunState::Loading, "loading"},
    {RunState::Training, "training"},
    {RunState::Evaluating, "evaluating"},
    {RunState::Promoted, "promoted"},
    {RunState::AwaitingApproval, "awaiting_approval"},
    {RunState::Rejected, "rejected"},
    {RunState::Failed, "failed"},
    {RunState::Cancelled, "cancelled"},
    {RunState::Skipped, "skipped"},
    {RunState::Interrupted, "interrupted"},
}};

json timeJson(const QDateTime& time)
{
    if (!time.isValid())
        return nullptr;
    return time.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

} // namespace

QString toString(RunState state)
{
    for (const auto& entry : kStateNames)
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    return QStringLiteral("unknown");
}

std::optional<RunState> runStateFromString(const QString& text)
{
    for (const auto& entry : kStateNames)
        if (text == QLatin1String(entry.name))
            return entry.state;
    return std::nullopt;
}

bool isTerminal(RunState state)
{
    switch (state) {
    case RunState::Queued:
    case RunState::Loading:
    case RunState::Training:
    case RunState::Evaluating:
        return false;
    case RunState::Promoted:
    case RunState::AwaitingApproval:
    case RunState::Rejected:
    case RunState::Failed:
    case RunState::Cancelled:
    case RunState::Skipped:
    case RunState::Interrupted:
        return true;
    }
    return false;
}

json RunRecord::toJson() const
{
    return json{{"id", id},
                {"model", model.toStdString()},
                {"trigger", trigger.toStdString()},
                {"state", toString(state).toStdString()},
                {"dry_run", dryRun},
                {"queued_at", timeJson(queuedAt)},
                {"started_at", timeJson(startedAt)},
                {"finished_at", timeJson(finishedAt)},
                {"phases", phases},
                {"rows_used", rowsUsed},
                {"rows_rejected", rowsRejected},
                {"rejected_reasons", rejectedReasons},
                {"metrics", metrics},
                {"gate", gate},
                {"hygiene", hygiene},
                {"version", version ? json(*version) : json(nullptr)},
                {"error", error.toStdString()},
                {"peak_memory_bytes", peakMemoryBytes}};
}

json EventRecord::toJson() const
{
    return json{{"id", id},
                {"time", timeJson(time)},
                {"model", model.toStdString()},
                {"run_id", runId ? json(*runId) : json(nullptr)},
                {"type", type.toStdString()},
                {"detail", detail}};
}

} // namespace retrainer
