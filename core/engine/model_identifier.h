#pragma once
// A model has two names: the one a person gives it and reads in the console ("Waiting time (north
// clinic)"), and the identifier the command line, the API, the store and file names use
// ("waiting-time-north-clinic"), derived from the first.
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace retrainer {

struct ModelConfig;

// Empty when the display name is usable: 1 to 100 characters after trimming, no line breaks or other
// control characters. Otherwise a sentence saying what is wrong.
QString displayNameProblem(const QString& displayName);

// The identifier for a display name: accents dropped, lowercase, every run of other characters a single
// '-', at most 60 characters, "model" when nothing is left; "-2", "-3"... appended while `taken` says the
// identifier is in use.
QString identifierFor(const QString& displayName, const std::function<bool(const QString&)>& taken = {});

// The model among `models`, other than the one whose identifier is `except`, that a person would confuse
// with `displayName`: its shown name is the same in any letter case, or its identifier is exactly that text.
std::optional<ModelConfig> modelCalled(const std::vector<ModelConfig>& models, const QString& displayName,
                                       const QString& except = {});

} // namespace retrainer
