#pragma once
// Metrics in the words of the people who read them, shared by the console and the command line:
// what each one is called, what it means and which way is good, and its value as they read it —
// accuracy as a share ("94 %"), errors in the label's own units ("± 4.2 minutes").
// Metric keys are those of Metrics::toJson(): accuracy, macro_f1, r2, mae, rmse.
#include <QLocale>
#include <QString>

namespace retrainer::MetricWords {

// "accuracy", "macro-F1", "R²", "typical error", "error on big misses"; an unknown key as it is.
QString title(const QString& metric);
// "share of cases predicted right; higher is better"; empty for an unknown key.
QString meaning(const QString& metric);
// The unit a label's name ends with: "waiting_minutes" -> "minutes", "delay_h" -> "hours"; a one-word
// count is its own unit ("orders"); empty if none.
QString unitOf(const QString& label);
// "94 %", "0.95", "± 4.2 minutes" (the unit of `label`; without one "± 4.2 (in cost)").
QString value(const QString& metric, double value, const QString& label = {}, const QLocale& locale = QLocale());
// "accuracy 94 %".
QString shortText(const QString& metric, double value, const QString& label = {}, const QLocale& locale = QLocale());
// "accuracy 94 % — share of cases predicted right; higher is better".
QString sentence(const QString& metric, double value, const QString& label = {}, const QLocale& locale = QLocale());

} // namespace retrainer::MetricWords
