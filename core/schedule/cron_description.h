#pragma once
// A cron expression in an administrator's words, in local wall-clock time: "Every day at 02:00",
// "Every Monday at 06:30", "Every 15 minutes", "At 02:00 on the 1st of each month". Expressions too
// irregular for one of those sentences are spelled out field by field ("At 00:00, on the 13th of the
// month or on Friday"). Sentences go through QCoreApplication::translate("CronDescription", ...), so
// they follow the translator installed by the console (the CLI and the daemon install none: English).
#include "cron_expression.h"
#include <QString>

namespace retrainer {

QString describeCron(const CronExpression& cron);

} // namespace retrainer
