#pragma once
// What `retrainer` and `retrainerd` share: --version, --headless (the daemon) and every CLI command, over
// core only. `retrainer` adds the console in front of it (main.cpp); `retrainerd` links no GUI library.
#include "headless_daemon.h"
#include <QStringList>

namespace retrainer::app {

// Takes "--name VALUE" or "--name=VALUE" out of the arguments; empty when absent.
QString takeOption(QStringList& arguments, const QString& name);

// Runs the headless daemon in a QCoreApplication until it stops; returns its exit code.
int runDaemon(int argc, char* argv[], const cli::DaemonOptions& options);

// `--version`, `--headless [options]` or a command. With `daemonWithoutCommand`, no command at all (or only
// --workspace DIR) starts the daemon too, as `retrainerd` does.
int runCommandLine(int argc, char* argv[], bool daemonWithoutCommand);

} // namespace retrainer::app
