#include "alert_delivery.h"
#include "alert_message.h"
#include "delivery_log.h"
#include "error.h"
#include <QCoroFuture>
#include <QCoroTimer>
#include <QPointer>
#include <QtConcurrent>

namespace retrainer {

namespace {

struct AttemptOutcome
{
    DeliveryAttempt attempt;
    int failuresInARow = 0; // known once the delivery has ended
};

} // namespace

AlertDelivery::AlertDelivery(Store& store, const QString& secretsPath, ChannelList channels, QObject* parent)
    : QObject(parent), m_store(store), m_secrets(secretsPath), m_channels(std::move(channels))
{
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("alert-delivery"));
}

AlertDelivery::~AlertDelivery()
{
    m_closing = true;
    m_pool.waitForDone();
}

void AlertDelivery::deliver(const AlertRecord& alert)
{
    const bool aboutAChannel = alert.kind == QLatin1String("channel-failing");
    for (const AlertChannel& channel : m_channels()) {
        if (!channel.wants(alert) || (aboutAChannel && m_failing.contains(channel.name)))
            continue;
        deliverThrough(alert, channel);
    }
}

QCoro::Task<> AlertDelivery::deliverThrough(AlertRecord alert, AlertChannel channel)
{
    QPointer<AlertDelivery> self(this);
    ++m_inFlight;
    Store* store = &m_store;
    SecretFile secrets = m_secrets;
    const std::atomic<bool>* closing = &m_closing;
    const RetryPolicy retry = m_retry;
    auto started = QtConcurrent::run(&m_pool, [store, alertId = alert.id, name = channel.name]() -> qint64 {
        try {
            return DeliveryLog(*store).begin(alertId, name);
        } catch (const Error& e) {
            qWarning("%s", qPrintable(e.message()));
            return 0;
        }
    });
    const qint64 logId = co_await started;
    AttemptOutcome outcome;
    QString lastError; // kept in the log when a later attempt succeeds
    auto pause = retry.firstPause;
    for (int attempt = 1; attempt <= retry.attempts; ++attempt) {
        if (!self)
            co_return;
        const bool last = attempt == retry.attempts;
        const QString previousError = lastError;
        auto sending = QtConcurrent::run(&self->m_pool, [=]() -> AttemptOutcome {
            AttemptOutcome out;
            try {
                out.attempt = sendThroughChannel(channel, secrets.load(channel.name), alert, closing);
            } catch (const Error& e) {
                out.attempt = {false, e.message()};
            }
            // Closing stops the retries: the delivery ends failed, with that reason, never left "sending".
            const bool ends = out.attempt.sent || last || closing->load();
            if (!out.attempt.sent && closing->load())
                out.attempt.error = QStringLiteral("Retrainer closed before it was delivered (%1)").arg(out.attempt.error);
            try {
                DeliveryLog log(*store);
                if (logId)
                    log.update(logId, out.attempt.sent ? QStringLiteral("sent") : ends ? QStringLiteral("failed") : QStringLiteral("sending"),
                               attempt, out.attempt.sent ? previousError : out.attempt.error);
                if (ends)
                    out.failuresInARow = log.failuresInARow(channel.name);
            } catch (const Error& e) {
                qWarning("%s", qPrintable(e.message()));
            }
            return out;
        });
        outcome = co_await sending;
        if (!self)
            co_return;
        if (!outcome.attempt.sent)
            lastError = outcome.attempt.error;
        if (outcome.attempt.sent || last || self->m_closing) {
            --self->m_inFlight;
            if (outcome.attempt.sent) {
                self->m_failing.remove(channel.name);
            } else {
                qWarning("alert %lld could not be delivered to '%s' after %d attempt(s): %s", alert.id,
                         qPrintable(channel.name), attempt, qPrintable(outcome.attempt.error));
                if (outcome.failuresInARow >= self->m_failureThreshold) {
                    const bool newStreak = !self->m_failing.contains(channel.name);
                    self->m_failing.insert(channel.name);
                    if (newStreak)
                        Q_EMIT self->channelFailing(channel.name, outcome.failuresInARow, outcome.attempt.error);
                }
            }
            Q_EMIT self->deliveryFinished(alert.id, channel.name, outcome.attempt.sent, attempt);
            co_return;
        }
        auto pausing = QCoro::sleepFor(pause);
        co_await pausing;
        pause *= retry.growth;
    }
}

QCoro::Task<DeliveryAttempt> AlertDelivery::sendTest(AlertChannel channel, ChannelSecrets given)
{
    SecretFile secrets = m_secrets;
    const std::atomic<bool>* closing = &m_closing;
    auto sending = QtConcurrent::run(&m_pool, [=]() -> DeliveryAttempt {
        try {
            ChannelSecrets use = secrets.load(channel.name);
            if (!given.url.isEmpty())
                use.url = given.url;
            if (!given.password.isEmpty())
                use.password = given.password;
            return sendThroughChannel(channel, use, testAlert(channel.name), closing);
        } catch (const Error& e) {
            return DeliveryAttempt{false, e.message()};
        }
    });
    const DeliveryAttempt result = co_await sending;
    co_return result;
}

} // namespace retrainer
