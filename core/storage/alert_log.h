#pragma once
// Alerts (a failed run, performance still low after retries, missed scheduled runs, a run far longer than
// usual, an unreadable source) and named state documents (the scheduler's memory across restarts),
// both kept in the store.
#include "store.h"
#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace retrainer {

struct AlertRecord
{
    qint64 id = 0;
    QDateTime time;           // UTC
    QString model;
    QString severity;         // "warning" | "critical"
    QString kind;             // "run-failed", "performance", "missed-runs", "slow-run", "source-unreadable", "drift"
    QString text;
    QDateTime acknowledgedAt; // invalid while open
    QString acknowledgedBy;

    bool isOpen() const { return !acknowledgedAt.isValid(); }
    nlohmann::json toJson() const;
};

class AlertLog
{
public:
    explicit AlertLog(Store& store) : m_store(store) {}

    qint64 raise(const QString& model, const QString& severity, const QString& kind, const QString& text);
    // Newest first; all models when `model` is empty.
    std::vector<AlertRecord> alerts(const QString& model = {}, bool openOnly = false, int limit = -1) const;
    // Throws Error when there is no such alert; acknowledging twice keeps the first acknowledgement.
    AlertRecord acknowledge(qint64 id, const QString& by);

private:
    Store& m_store;
};

// Named JSON documents, replaced whole (e.g. "scheduler").
class StateDocuments
{
public:
    explicit StateDocuments(Store& store) : m_store(store) {}
    nlohmann::json load(const QString& name) const; // null when absent
    void save(const QString& name, const nlohmann::json& value);

private:
    Store& m_store;
};

} // namespace retrainer
