#pragma once
// Algorithms in the administrator's words, for combo boxes in the wizard and the Settings tab.
#include "task.h"
#include <QString>

class QComboBox;

namespace retrainer {

// "Random forest", "Support vector machine (RBF kernel)"... (translatable, context "Algorithm").
QString algorithmLabel(Algorithm algorithm);

// Fills `combo` with every algorithm; each item's data is toString(algorithm).
void addAlgorithmItems(QComboBox* combo);

} // namespace retrainer
