#pragma once
#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace retrainer {

// queued -> loading -> training -> evaluating -> one terminal state. AwaitingApproval: the candidate is
// registered as a version but waits for a person (approve / reject / expiry) before it serves.
enum class RunState {
    Queued, Loading, Training, Evaluating,
    Promoted, AwaitingApproval, Rejected, Failed, Cancelled, Skipped, Interrupted
};

QString toString(RunState state);
std::optional<RunState> runStateFromString(const QString& text);
bool isTerminal(RunState state);

struct RunRecord
{
    qint64 id = 0;
    QString model;
    QString trigger;               // manual, schedule, data, performance, catch-up, api...
    RunState state = RunState::Queued;
    bool dryRun = false;
    QDateTime queuedAt, startedAt, finishedAt; // UTC; invalid when not reached
    nlohmann::json phases = nlohmann::json::object(); // phase name -> seconds
    long rowsUsed = 0;             // accepted rows (train + holdout)
    long rowsRejected = 0;
    nlohmann::json rejectedReasons = nlohmann::json::array(); // first 20: [{"where":…,"reason":…}]
    nlohmann::json metrics = nlohmann::json::object();        // candidate metrics on the holdout
    nlohmann::json gate = nlohmann::json::object();           // decision, figures, rule
    nlohmann::json hygiene = nlohmann::json::object();        // {duplicates_removed, filtered, pii_replaced: {…}}
    std::optional<int> version;    // the version this run registered, if any
    QString error;                 // failed / skipped / cancelled: why
    qint64 peakMemoryBytes = 0;    // the process's peak resident memory while the run was in progress; 0 unknown

    nlohmann::json toJson() const;
};

struct EventRecord
{
    qint64 id = 0;
    QDateTime time;                // UTC
    QString model;
    std::optional<qint64> runId;
    QString type;                  // TRAINING_STARTED, TRAINING_COMPLETED, TRAINING_FAILED, TRAINING_SKIPPED, ROLLBACK...
    nlohmann::json detail = nlohmann::json::object();

    nlohmann::json toJson() const;
};

} // namespace retrainer
