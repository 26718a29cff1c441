#pragma once
// The large bold heading at the top of every page (Dashboard, a model's name, Alerts, Event log).
#include <QLabel>

namespace retrainer {

QLabel* makePageTitle(const QString& text, QWidget* parent);

} // namespace retrainer
