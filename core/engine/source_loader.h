#pragma once
// Reads a model's rows from its source URI, on the calling thread.
#include "raw_table.h"
#include <QString>

namespace retrainer {

class Store;

// csv:, sqlite: and store: sources; relative paths are resolved against the workspace folder.
// Throws Error naming the source when it cannot be read.
RawTable loadSourceRows(const QString& uri, const QString& workspaceDir, const Store& store, const QString& model);

} // namespace retrainer
