#pragma once
// What happened to each alert on each channel, kept in the store (table alert_deliveries): sending,
// sent or failed, how many attempts, and the last reason it failed.
#include "store.h"
#include <QDateTime>
#include <QString>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

namespace retrainer {

struct DeliveryRecord
{
    qint64 id = 0;
    qint64 alertId = 0;
    QString channel;
    QString state;      // "sending" | "sent" | "failed"
    int attempts = 0;
    QString error;      // the last failure's reason (kept when a later attempt succeeds)
    QDateTime updated;  // UTC

    nlohmann::json toJson() const;
};

class DeliveryLog
{
public:
    explicit DeliveryLog(Store& store) : m_store(store) {}

    qint64 begin(qint64 alertId, const QString& channel);
    void update(qint64 id, const QString& state, int attempts, const QString& error);
    std::vector<DeliveryRecord> forAlert(qint64 alertId) const;
    // The deliveries of the alerts numbered `fromAlertId` and later, by alert.
    std::map<qint64, std::vector<DeliveryRecord>> since(qint64 fromAlertId) const;
    // Deliveries still "sending" (left by a process that stopped) become "failed" with `reason`; how many.
    int endUnfinished(const QString& reason);
    // Finished deliveries through `channel` that failed since its last success.
    int failuresInARow(const QString& channel) const;

private:
    Store& m_store;
};

} // namespace retrainer
