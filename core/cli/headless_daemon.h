#pragma once
// `retrainer --headless`: the scheduler, triggers and runner without windows, for servers and systemd.
// One per workspace (daemon.lock). It answers CLI commands forwarded over a local socket by running them
// in-process against its own runner and automation. Logs go to stderr and <workspace>/retrainer.log.
// SIGTERM / SIGINT stop it gracefully: a running training is cancelled and recorded.
#include <QCoroTask>
#include <QString>

namespace retrainer::cli {

struct DaemonOptions
{
    QString workspaceDir;
    int sourcePollSecs = 60;   // how often SQLite sources are counted for new rows
    QString api;               // "HOST:PORT": serve the local HTTP API there; empty: no API
    bool apiAllowRemote = false; // allow a non-loopback API address
    qint64 apiMaxBodyBytes = 1 << 20;
};

// Runs until stopped; returns the process exit code (1 when another daemon owns the workspace).
QCoro::Task<int> runHeadlessDaemon(DaemonOptions options);

} // namespace retrainer::cli
