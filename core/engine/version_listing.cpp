#include "version_listing.h"

namespace retrainer {

nlohmann::json ListedVersion::toJson() const
{
    nlohmann::json entry = version.toJson();
    entry["checksum_ok"] = problem.isEmpty();
    if (!problem.isEmpty())
        entry["checksum_error"] = problem.toStdString();
    return entry;
}

VersionListing listVersions(const Registry& registry, const QString& model, bool verify)
{
    VersionListing listing;
    for (auto& v : registry.versions(model))
        listing.versions.push_back({std::move(v), {}});
    listing.diskUse = registry.diskUse(model);
    if (verify)
        verifyListed(registry, listing);
    return listing;
}

void verifyListed(const Registry& registry, VersionListing& listing)
{
    for (auto& listed : listing.versions)
        listed.problem = registry.verify(listed.version.model, listed.version.version);
    listing.verified = true;
}

} // namespace retrainer
