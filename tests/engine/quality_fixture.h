#pragma once
// The quality fixture tests/data/quality/visits.csv as a workspace model: 24 usable rows, 2 rejected,
// 3 duplicates, age missing twice and clinic once, one outlier weight, a constant column "site".
#include "model_config.h"

namespace retrainer::test {

inline ModelConfig visitsModel()
{
    ModelConfig m;
    m.name = QStringLiteral("visits");
    m.task = Task::Classification;
    m.source = QStringLiteral("csv:" RETRAINER_TEST_DATA "/quality/visits.csv");
    m.label = QStringLiteral("outcome");
    m.timestamp = QStringLiteral("time");
    m.algorithm = Algorithm::Linear;
    return m;
}

} // namespace retrainer::test
