#pragma once
// How the console shows a model's snapshot (core/engine/model_status.h): the health's label, icon and colour,
// and metrics, moments and triggers in words.
#include "model_status.h"
#include <QIcon>
#include <optional>
#include <vector>

namespace retrainer {

class Workspace;

QString healthLabel(ModelHealth health);
QIcon healthIcon(ModelHealth health);
QColor healthColor(ModelHealth health);

// As MetricWords::value: "94 %" for accuracy, "0.81" for other scores, "± 4.2 minutes" for errors in the
// units of `label`.
QString formatMetric(const QString& metric, double value, const QString& label = {});
// "12 Mar 14:05" (local time), "—" when invalid.
QString formatMoment(const QDateTime& utc);
// "12 Mar 2026, 14:05" (local time, month in the language shown, 24-hour), "—" when invalid.
QString formatDateTime(const QDateTime& utc);
// Readiness of a sample count against the levels 10 / 50 / 100: "Not ready", "Minimum", "Recommended", "Excellent".
QString readinessLabel(long samples);
// What started a run, in words: "schedule" -> "on schedule", "manual" -> "Train now"; unknown as given.
QString triggerLabel(const QString& trigger);

} // namespace retrainer
