#pragma once
// What the Versions tab says under the list, in the administrator's words: how a version's algorithm was
// chosen (from the "selection" its metadata keeps when the model's algorithm is Automatic) and how much disk
// the model's versions use with the retention rule beside it.
#include <QString>
#include <nlohmann/json.hpp>

namespace retrainer {

// "Version 4: Support vector machine (RBF kernel), chosen automatically. Each method was tried on older
// training rows only (3 forward-chaining folds); it scored accuracy 97 %. The others: Random forest
// accuracy 95 %, … Kernel ridge regression was not tried: …". Without a selection: "Version 4: Random
// forest, as set in the model's settings." `label`: the label column, for the units of an error.
QString versionChoiceText(int version, const nlohmann::json& metadata, const QString& label);

// "The 7 versions use 42.1 MB on disk. The newest 10 are kept, with any pinned one and the one in service;
// older ones are removed after each new version."
QString diskUseText(int versions, qint64 bytes, int keep);

} // namespace retrainer
