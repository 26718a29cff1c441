#pragma once
// The models' settings and the outside alert channels as the instances sharing a PostgreSQL store keep them:
// one row per model (its ModelConfig::toJson record) and one per channel (AlertChannel::toJson, which holds
// no secret), with who changed it and when (store step 9). Every write is one transaction that announces
// notice::kSettings, so every other instance reloads within a second. An SQLite workspace keeps its models
// in workspace.json and does not use this (one instance per workspace: there is nobody to tell).
// JSON records only: the engine's types (ModelConfig, AlertChannel) check them when they are read.
#include <QString>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

class QSqlDatabase;

namespace retrainer {

class Store;

struct SharedRecord
{
    QString name;
    nlohmann::json settings;
};

// The records of models or channels (anything with a name and toJson()).
template <class T>
std::vector<SharedRecord> recordsOf(const std::vector<T>& items)
{
    std::vector<SharedRecord> out;
    for (const auto& item : items)
        out.push_back({item.name, item.toJson()});
    return out;
}

class SharedSettings
{
public:
    explicit SharedSettings(Store& store) : m_store(store) {}

    // In the order they were first added. Throws Error naming the store (or the row that is not JSON).
    std::vector<SharedRecord> models() const;
    std::vector<SharedRecord> channels() const;

    // Adds or replaces one model's record (a new one goes last) and announces it.
    void saveModel(const SharedRecord& model);
    // Adds the records whose names the store does not know yet, keeping the ones it has (a workspace.json
    // from before the settings were shared, or a migration). Returns how many were added; announces when any.
    int adoptModels(const std::vector<SharedRecord>& models);
    int adoptChannels(const std::vector<SharedRecord>& channels);
    // For a migration, inside the caller's transaction on `db`: adds the models and channels the store does
    // not hold yet; returns how many of each were added. Announces nothing (nobody shares the store yet).
    static std::pair<int, int> addInto(const QSqlDatabase& db, const std::vector<SharedRecord>& models,
                                       const std::vector<SharedRecord>& channels, const QString& what);
    // The channels become exactly `channels` (in that order) and it is announced.
    void replaceChannels(const std::vector<SharedRecord>& channels);

private:
    Store& m_store;
};

} // namespace retrainer
