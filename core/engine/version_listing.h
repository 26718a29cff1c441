#pragma once
// A model's versions as the CLI (`versions`), the API (GET …/versions) and the console's Versions tab show them:
// each version with the result of checking its artifact against its SHA-256, and the disk the model's versions
// use. Checking reads and hashes every artifact: call listVersions on a worker, never on the GUI thread.
#include "registry.h"
#include <QString>
#include <nlohmann/json.hpp>
#include <vector>

namespace retrainer {

struct ListedVersion
{
    ModelVersion version;
    QString problem; // why its artifact does not match its checksum; empty when it does (or was not checked)

    // ModelVersion::toJson() with "checksum_ok" and, for a damaged one, "checksum_error".
    nlohmann::json toJson() const;
};

struct VersionListing
{
    std::vector<ListedVersion> versions; // newest first
    qint64 diskUse = 0;                  // bytes of the model's version files (Registry::diskUse)
    bool verified = false;               // every artifact was checked
};

// `verify` false skips reading the artifacts (the console shows the list first and checks after).
VersionListing listVersions(const Registry& registry, const QString& model, bool verify = true);

// Checks each listed version's artifact (ListedVersion::problem) and sets `verified`.
void verifyListed(const Registry& registry, VersionListing& listing);

} // namespace retrainer
