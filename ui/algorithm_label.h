#pragma once
// Algorithms in the administrator's words, for combo boxes in the wizard and the Settings tab.
#include "task.h"
#include <QString>

class QComboBox;

namespace retrainer {

// "Random forest", "Support vector machine (RBF kernel)"... (translatable, context "Algorithm").
QString algorithmLabel(Algorithm algorithm);

// "Automatic (chosen by cross-validation)": the label of "algorithm": "auto" (ModelConfig::autoAlgorithm).
QString autoAlgorithmLabel();

// Fills `combo` with "auto" first, then every algorithm; each item's data is "auto" or toString(algorithm).
void addAlgorithmItems(QComboBox* combo);

} // namespace retrainer
