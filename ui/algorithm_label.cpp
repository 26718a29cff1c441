#include "algorithm_label.h"
#include <QComboBox>
#include <QCoreApplication>

namespace retrainer {

QString algorithmLabel(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::RandomForest: return QCoreApplication::translate("Algorithm", "Random forest");
    case Algorithm::SvmRbf: return QCoreApplication::translate("Algorithm", "Support vector machine (RBF kernel)");
    case Algorithm::Linear: return QCoreApplication::translate("Algorithm", "Linear model");
    case Algorithm::Krr: return QCoreApplication::translate("Algorithm", "Kernel ridge regression");
    }
    return toString(algorithm);
}

QString autoAlgorithmLabel()
{
    return QCoreApplication::translate("Algorithm", "Automatic (chosen by cross-validation)");
}

void addAlgorithmItems(QComboBox* combo)
{
    combo->addItem(autoAlgorithmLabel(), QStringLiteral("auto"));
    for (auto algorithm : {Algorithm::RandomForest, Algorithm::SvmRbf, Algorithm::Linear, Algorithm::Krr})
        combo->addItem(algorithmLabel(algorithm), toString(algorithm));
    combo->setToolTip(QCoreApplication::translate("Algorithm",
                                                  "The learning method. Automatic tries each method on the training "
                                                  "rows and keeps the best; a linear model is the fastest and the "
                                                  "easiest to explain."));
}

} // namespace retrainer
