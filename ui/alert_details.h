#pragma once
// The whole of one alert, shown when its row on the Alerts page is double-clicked: when, which model, how
// serious, the full text (selectable, to copy into a ticket) and who acknowledged it.
#include "alert_log.h"
#include "delivery_log.h"
#include <vector>

class QMessageBox;
class QWidget;

namespace retrainer {

// Opens a non-blocking box (object name "alertDetails", deleted when closed) and returns it.
QMessageBox* showAlertDetails(QWidget* parent, const AlertRecord& alert, const std::vector<DeliveryRecord>& deliveries = {});
// The details as the box shows them, with what happened on each outside channel (webhook, e-mail).
QString alertDetailsText(const AlertRecord& alert, const std::vector<DeliveryRecord>& deliveries = {});

} // namespace retrainer
