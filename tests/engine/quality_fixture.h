#pragma once
// The quality fixture tests/data/quality/visits.csv as a workspace model: 24 usable rows, 2 rejected,
// 3 duplicates, age missing twice and clinic once, one outlier weight, a constant column "site".
#include "model_config.h"
#include <QFile>

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

// The fixture's outcomes are noise (a model of them predicts "ok" for every row, which the gate refuses as no
// better than guessing). This writes a copy to `dir`/visits.csv with the same rows, gaps and duplicates and a
// learnable outcome, "late" from age 45, and returns the model on it, learnt by the RBF SVM.
inline ModelConfig learnableVisitsModel(const QString& dir)
{
    QFile in(QStringLiteral(RETRAINER_TEST_DATA "/quality/visits.csv"));
    QFile out(dir + QStringLiteral("/visits.csv"));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return {};
    QByteArrayList lines = in.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArrayList cells = lines[i].split(',');
        if (cells.size() == 6 && !cells[5].isEmpty())
            cells[5] = cells[1].toInt() >= 45 ? "late" : "ok";
        lines[i] = cells.join(',');
    }
    out.write(lines.join('\n'));
    ModelConfig m = visitsModel();
    m.source = QStringLiteral("csv:visits.csv");
    m.algorithm = Algorithm::SvmRbf;
    return m;
}

} // namespace retrainer::test
