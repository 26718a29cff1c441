#pragma once
// Approval requests that wait past their expiry (by the clock) are marked "expired", with a warning alert each:
// at start and hourly.
#include "clock.h"
#include <QObject>
#include <QTimer>

namespace retrainer {

class AlertRaiser;
class Workspace;

class ApprovalExpiry : public QObject
{
    Q_OBJECT
public:
    ApprovalExpiry(Workspace& workspace, const Clock& clock, AlertRaiser& alerts, QObject* parent = nullptr);

    // Expires what is due now and checks again every hour.
    void start();
    // Marks the requests past their expiry "expired" and returns how many.
    int expireNow();

private:
    Workspace& m_workspace;
    const Clock& m_clock;
    AlertRaiser& m_alerts;
    QTimer m_timer;
};

} // namespace retrainer
