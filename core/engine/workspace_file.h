#pragma once
// workspace.json as text: the workspace-wide settings and the models, read with an error naming the field
// (the caller adds the file's path) and written back in the same shape. No file access here, so a stranger's
// file can be checked byte by byte (tests/fuzz/fuzz_workspace_file.cpp).
#include "alert_channel.h"
#include "model_config.h"
#include <QByteArray>
#include <vector>

namespace retrainer {

struct WorkspaceSettings
{
    int maxConcurrentTrainings = 1;
    // Empty: the store is retrainer.sqlite in the workspace folder. Else the postgresql:// URL of the shared
    // store (never with a password: libpq reads it from ~/.pgpass, PGPASSWORD or a service file).
    QString store;
};

struct WorkspaceFile
{
    static constexpr int kVersion = 1; // schema_version written; files of versions 1..kVersion are read

    WorkspaceSettings settings;
    std::vector<ModelConfig> models;
    std::vector<AlertChannel> channels; // alerts sent outside this computer (their secrets are elsewhere)

    // Throws Error: not JSON (or nested too deep), not an object, an unknown schema_version, a bad setting,
    // "models" not a list, a bad model field, a model defined twice, a bad or twice-defined alert channel.
    static WorkspaceFile parse(const QByteArray& bytes);
    QByteArray serialize() const; // indented JSON ending in a newline
    static void checkChannelNames(const std::vector<AlertChannel>& channels); // throws Error for a name used twice
};

} // namespace retrainer
