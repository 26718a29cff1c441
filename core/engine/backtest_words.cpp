#include "backtest_words.h"
#include "metric_words.h"
#include <QCoreApplication>

namespace retrainer::BacktestWords {
namespace {

class BacktestText
{
    Q_DECLARE_TR_FUNCTIONS(BacktestWords)
};

} // namespace

QString policyName(BacktestPolicy policy, int dataMinNew)
{
    switch (policy) {
    case BacktestPolicy::Current: return BacktestText::tr("its own schedule and triggers");
    case BacktestPolicy::Nightly: return BacktestText::tr("every night at 02:00");
    case BacktestPolicy::Data:
        return dataMinNew > 0 ? BacktestText::tr("every %1 new rows").arg(dataMinNew) : BacktestText::tr("when enough new rows arrived");
    case BacktestPolicy::Never: return BacktestText::tr("never");
    }
    return {};
}

QString summary(const BacktestResult& result, int dataMinNew)
{
    const BacktestLine* chosen = result.line(result.policy);
    const BacktestLine* never = result.line(BacktestPolicy::Never);
    if (!chosen || !chosen->overall)
        return BacktestText::tr("No row arrived in these days, so there is nothing to compare.");
    const int dayCount = int(result.days.size()), trainingCount = int(chosen->trainings.size());
    const QString days = dayCount == 1 ? BacktestText::tr("1 day") : BacktestText::tr("%1 days").arg(dayCount);
    const QString score = MetricWords::shortText(result.metric, *chosen->overall, result.label);
    if (result.policy == BacktestPolicy::Never)
        return BacktestText::tr("Without retraining, the version in service would have scored %1 over these %2.").arg(score, days);
    const QString trainings = trainingCount == 1 ? BacktestText::tr("1 training") : BacktestText::tr("%1 trainings").arg(trainingCount);
    const QString time = BacktestText::tr("%1 s of training").arg(chosen->totalSeconds(), 0, 'f', 1);
    QString text = BacktestText::tr("If Retrainer had retrained %1, the live score over these %2 would have been %3 (%4, %5)")
                       .arg(policyName(result.policy, dataMinNew), days, score, trainings, time);
    if (never && never->overall)
        return BacktestText::tr("%1, against %2 without retraining.")
            .arg(text, MetricWords::value(result.metric, *never->overall, result.label));
    return text + QLatin1Char('.');
}

} // namespace retrainer::BacktestWords
