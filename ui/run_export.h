#pragma once
// Writes training runs to a file chosen in the History tab: CSV (one row per run, RFC 4180 quoting) or
// JSON lines (RunRecord::toJson per line). Called on a worker thread; the file is replaced atomically.
#include "run_record.h"
#include <QString>
#include <vector>

namespace retrainer {

// Empty on success, else the reason naming the file.
QString writeRunsCsv(const QString& path, const std::vector<RunRecord>& runs, const QString& metric);
QString writeRunsJsonLines(const QString& path, const std::vector<RunRecord>& runs);

} // namespace retrainer
