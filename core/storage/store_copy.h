#pragma once
// `retrainer store migrate`: everything an SQLite workspace's store holds — runs, events, versions with their
// model files, the version in service, samples, alerts and their deliveries, audit trail, API tokens and the
// scheduler's memory — copied into an empty PostgreSQL store in one transaction, together with the models'
// settings and alert channels (from workspace.json, shared_settings.h). Every model file's checksum
// is verified before it is copied (from the file) and after (from the database).
#include "shared_settings.h"
#include <QString>
#include <utility>
#include <vector>

namespace retrainer {

class Store;

struct StoreCopyReport
{
    std::vector<std::pair<QString, qint64>> rows; // table, rows copied, in copy order (model_settings and
                                                  // alert_channels last)
    int artifactsVerified = 0;                    // model files copied and verified on both sides
    qint64 rowsIn(const QString& table) const;
};

// Copies `from` (an SQLite store whose model files are under `modelsDir`) into `to` (a PostgreSQL store with
// no runs, versions, samples or audit entries yet), and adds `models` and `channels` (the workspace.json
// records) to its shared settings (ones it already holds by name stay). Throws Error naming the table, the
// model version or the reason; nothing is copied then.
StoreCopyReport copyStore(Store& from, const QString& modelsDir, Store& to, const std::vector<SharedRecord>& models = {},
                          const std::vector<SharedRecord>& channels = {});

} // namespace retrainer
