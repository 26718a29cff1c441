#pragma once
// Sends every new alert to the outside channels that want it, off the caller's thread (an owned pool of
// two workers), retrying with growing pauses, and records each delivery in the store (DeliveryLog).
// When a channel fails `failureThreshold` deliveries in a row it emits channelFailing once for that
// streak; the alert raised for it is not sent to channels that are themselves failing, so a broken
// channel never feeds on its own alerts. Lives in core: the daemon delivers as the console does.
#include "alert_channel.h"
#include "channel_secrets.h"
#include "channel_transport.h"
#include "store.h"
#include <QCoroTask>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <atomic>
#include <chrono>
#include <functional>

namespace retrainer {

struct RetryPolicy
{
    int attempts = 4;                                  // in all, the first included
    std::chrono::milliseconds firstPause{10'000};      // then 3x longer each time: 10 s, 30 s, 90 s
    int growth = 3;
};

class AlertDelivery : public QObject
{
    Q_OBJECT
public:
    using ChannelList = std::function<std::vector<AlertChannel>()>;

    AlertDelivery(Store& store, const QString& secretsPath, ChannelList channels, QObject* parent = nullptr);
    ~AlertDelivery() override; // stops transfers in flight and waits for the workers

    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }
    void setFailureThreshold(int deliveries) { m_failureThreshold = deliveries; }
    int failureThreshold() const { return m_failureThreshold; }
    SecretFile& secrets() { return m_secrets; }

    // One delivery per channel that wants the alert (the alert must be stored: it has an id).
    void deliver(const AlertRecord& alert);
    // One attempt now through `channel`, not recorded (the "Send test alert" button). Secrets not given
    // (empty fields) are read from the secrets file / environment.
    QCoro::Task<DeliveryAttempt> sendTest(AlertChannel channel, ChannelSecrets secrets = {});
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void deliveryFinished(qint64 alertId, const QString& channel, bool sent, int attempts);
    void channelFailing(const QString& channel, int failuresInARow, const QString& lastError);

private:
    QCoro::Task<> deliverThrough(AlertRecord alert, AlertChannel channel);

    Store& m_store;
    SecretFile m_secrets;
    ChannelList m_channels;
    RetryPolicy m_retry;
    int m_failureThreshold = 3;
    int m_inFlight = 0;
    QSet<QString> m_failing; // channels whose last `m_failureThreshold` deliveries or more failed
    std::atomic<bool> m_closing{false};
    QThreadPool m_pool;
};

} // namespace retrainer
