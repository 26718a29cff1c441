#pragma once
// Sends one alert through one channel, once, with libcurl (the same client for HTTP and SMTP: its SMTP
// support does STARTTLS, login and dot-stuffing, which we must not hand-write). Blocking: call it on a
// worker thread. Never throws; a failure comes back as a plain reason.
#include "alert_channel.h"
#include "channel_secrets.h"
#include <atomic>

namespace retrainer {

struct DeliveryAttempt
{
    bool sent = false;
    QString error; // when not sent: "the server answered 500", "could not connect to 127.0.0.1:25…"
};

// `abort`, when given and set, stops a transfer in flight (when the program closes).
DeliveryAttempt sendThroughChannel(const AlertChannel& channel, const ChannelSecrets& secrets, const AlertRecord& alert,
                                   const std::atomic<bool>* abort = nullptr, int timeoutSecs = 20);

} // namespace retrainer
