#pragma once
// A backtest in plain words, shared by the console and the command line (translatable): what each policy
// means and the sentence that answers "what would retraining have done?".
#include "backtest.h"

namespace retrainer::BacktestWords {

// "its own schedule and triggers", "every night at 02:00", "every 5 new rows", "never".
QString policyName(BacktestPolicy policy, int dataMinNew = 0);
// "If Retrainer had retrained every night at 02:00, R² would have been 0.91 over these 10 days, against 0.74
// without retraining (10 trainings, 3.2 s of training)."
QString summary(const BacktestResult& result, int dataMinNew = 0);

} // namespace retrainer::BacktestWords
