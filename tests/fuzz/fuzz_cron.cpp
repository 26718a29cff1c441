// libFuzzer harness: schedule text (cron expressions typed in the console, the CLI or workspace.json).
// tryParse refuses with a message or yields an expression whose next moments strictly increase.
#include "cron_expression.h"
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto cron = retrainer::CronExpression::tryParse(text, &error);
    if (!cron) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    const QDateTime from(QDate(2026, 3, 28), QTime(23, 30), QTimeZone("Europe/Berlin"));
    const auto moments = cron->nextN(from, 3, QTimeZone("Europe/Berlin"));
    for (size_t i = 1; i < moments.size(); ++i)
        if (!(moments[i - 1] < moments[i]))
            __builtin_trap();
    return 0;
}
