#pragma once
// Model versions 1, 2, 3… per model. Each version is an artifact file under models/<model>/ written
// atomically (temporary file, fsync, rename via QSaveFile) with its SHA-256 and a metadata record in the
// store — or, when the store is PostgreSQL, in the store itself (table artifacts, in chunks), so that every
// instance sharing the database sees the same bytes. The active version switches in one store transaction. Every load and rollback verifies the
// checksum; a mismatch is refused with an Error and the active version stays as it was.
#include "store.h"
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace retrainer {

struct ModelVersion
{
    QString model;
    int version = 0;
    QDateTime created;           // UTC
    QString sha256;              // hex
    QString file;                // path relative to the models directory, e.g. "clinic/v3.rtm"; empty when in the store
    qint64 size = 0;
    bool active = false;
    nlohmann::json metadata = nlohmann::json::object(); // algorithm, parameters, metrics, fingerprint, sizes…
    // {} unless the version needed a person's approval: {"state": "pending"|"approved"|"rejected"|"expired",
    // "requested", "expires", "run", and once decided "by", "comment", "decided"} (times ISO 8601 UTC).
    nlohmann::json approval = nlohmann::json::object();
    bool pinned = false;         // a person pinned it: retention never deletes it

    QString approvalState() const; // "" when no approval was asked for
    nlohmann::json toJson() const; // {model, version, active, created, sha256, file, size, metrics, approval, pinned, metadata}
};

class Registry
{
public:
    Registry(Store& store, const QString& modelsDir);

    // Writes the artifact as the next version and records it (not active). Throws Error on I/O failure
    // (e.g. a full disk), leaving no partial file and no record.
    ModelVersion addVersion(const QString& model, const QByteArray& artifact, const nlohmann::json& metadata);
    // addVersion() that also puts the new version in service, in the same transaction, when the version in
    // service is still `expected` (what the candidate was compared with; nullopt: none). The file is written
    // and flushed before the store is locked, so other writers never wait for the disk.
    struct ActivateIf { std::optional<int> expected; };
    struct Added { ModelVersion version; bool activated = false; };
    Added addVersion(const QString& model, const QByteArray& artifact, const nlohmann::json& metadata,
                     std::optional<ActivateIf> activate);
    // Makes `version` active in one transaction (without verifying; see rollback).
    void activate(const QString& model, int version);

    std::optional<ModelVersion> active(const QString& model) const;
    std::optional<ModelVersion> version(const QString& model, int version) const;
    std::vector<ModelVersion> versions(const QString& model) const; // newest first

    // Reads the artifact and checks its SHA-256. Throws Error ("checksum mismatch … expected … found …",
    // or missing file) when it does not match.
    QByteArray loadVerified(const QString& model, int version) const;
    // Empty when the file matches its checksum, else the reason.
    QString verify(const QString& model, int version) const;

    // Verifies `version`, then makes it active and records a ROLLED_BACK event. Throws Error when the
    // version does not exist or fails verification; the active version is unchanged then.
    // Returns the version that was active before. Throws Error when `version` is already the active one
    // (two rollbacks at once: the second is refused instead of reporting "from 2 to 2").
    std::optional<int> rollback(const QString& model, int version);

    // Approvals. setApproval replaces the version's approval record (throws Error for an unknown version).
    void setApproval(const QString& model, int version, const nlohmann::json& approval);
    // Verifies `version`, then in one transaction makes it active, stores `approval` and records an
    // APPROVED event. Throws Error (checksum, unknown version); nothing changes then.
    void activateApproved(const QString& model, int version, const nlohmann::json& approval);
    // Versions whose approval state is "pending", newest first; every model when `model` is empty.
    std::vector<ModelVersion> pendingApprovals(const QString& model = {}) const;
    // Marks every pending request whose "expires" is at or before `now` as "expired" (with an
    // APPROVAL_EXPIRED event) and returns those versions as they were before.
    std::vector<ModelVersion> expireApprovals(const QDateTime& now);

    // Deletes a version's record (with a VERSION_DELETED event, in one transaction) and then its file.
    // Throws Error for an unknown version, the active one, a pinned one or one awaiting approval; nothing
    // changes then.
    void removeVersion(const QString& model, int version);

    // Pins or unpins `version` (a VERSION_PINNED / VERSION_UNPINNED event in the same transaction); a pinned
    // version is never pruned or deleted. Throws Error for an unknown version.
    void setPinned(const QString& model, int version, bool pinned);
    // Bytes taken by the model's version files (the sum of their recorded sizes).
    qint64 diskUse(const QString& model) const;

    QString modelsDir() const { return m_modelsDir; }

private:
    Store& m_store;
    QString m_modelsDir;
};

} // namespace retrainer
