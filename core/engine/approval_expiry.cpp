#include "approval_expiry.h"
#include "alert_raiser.h"
#include "error.h"
#include "workspace.h"

namespace retrainer {

ApprovalExpiry::ApprovalExpiry(Workspace& workspace, const Clock& clock, AlertRaiser& alerts, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), m_alerts(alerts)
{
    m_timer.setInterval(std::chrono::hours(1));
    connect(&m_timer, &QTimer::timeout, this, &ApprovalExpiry::expireNow);
}

void ApprovalExpiry::start()
{
    expireNow();
    m_timer.start();
}

int ApprovalExpiry::expireNow()
{
    try {
        const auto expired = m_workspace.registry().expireApprovals(m_clock.now());
        for (const auto& v : expired)
            m_alerts.raise(v.model, QStringLiteral("warning"), QStringLiteral("approval-expired"),
                           QStringLiteral("version %1 of '%2' waited for approval until %3 and expired; the active version "
                                          "stays in service")
                               .arg(v.version).arg(v.model, QString::fromStdString(v.approval.value("expires", std::string()))));
        return int(expired.size());
    } catch (const Error& e) {
        qWarning("approval requests could not be checked for expiry: %s", qPrintable(e.message()));
        return 0;
    }
}

} // namespace retrainer
