#include "alert_details.h"
#include "model_snapshot.h"
#include <QCoreApplication>
#include <QMessageBox>

namespace retrainer {
namespace {

class AlertText
{
    Q_DECLARE_TR_FUNCTIONS(AlertDetails)
};

} // namespace

QString alertDetailsText(const AlertRecord& alert, const std::vector<DeliveryRecord>& deliveries)
{
    const QString severity = alert.severity == QLatin1String("critical") ? AlertText::tr("critical") : AlertText::tr("warning");
    QString text = AlertText::tr("When: %1\nModel: %2\nSeverity: %3\n\n%4")
                       .arg(formatMoment(alert.time), alert.model, severity, alert.text);
    text += QStringLiteral("\n\n")
            + (alert.isOpen() ? AlertText::tr("Not acknowledged yet.")
                              : AlertText::tr("Acknowledged %1 by %2.").arg(formatMoment(alert.acknowledgedAt), alert.acknowledgedBy));
    if (!deliveries.empty())
        text += QStringLiteral("\n\n") + AlertText::tr("Sent to other channels:");
    for (const DeliveryRecord& d : deliveries) {
        QString line;
        if (d.state == QLatin1String("sent"))
            line = AlertText::tr("%1: delivered (%n attempt(s)).", nullptr, d.attempts).arg(d.channel);
        else if (d.state == QLatin1String("failed"))
            line = AlertText::tr("%1: not delivered after %n attempt(s). Last problem: %2", nullptr, d.attempts).arg(d.channel, d.error);
        else
            line = AlertText::tr("%1: still trying (%n attempt(s) so far).", nullptr, d.attempts).arg(d.channel);
        text += QStringLiteral("\n") + line;
    }
    return text;
}

QMessageBox* showAlertDetails(QWidget* parent, const AlertRecord& alert, const std::vector<DeliveryRecord>& deliveries)
{
    auto* box = new QMessageBox(alert.severity == QLatin1String("critical") ? QMessageBox::Critical : QMessageBox::Warning,
                                AlertText::tr("Alert about %1").arg(alert.model), alertDetailsText(alert, deliveries), QMessageBox::NoButton,
                                parent);
    box->addButton(AlertText::tr("Close"), QMessageBox::RejectRole);
    box->setObjectName(QStringLiteral("alertDetails"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace retrainer
