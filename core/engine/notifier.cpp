#include "notifier.h"

namespace retrainer {
Notifier::Notifier(QObject* parent) : QObject(parent) {}

void Notifier::runFinished(const RunRecord& run)
{
    if (!isTerminal(run.state) || run.dryRun || m_announcedRuns.contains(run.id))
        return;
    QString title, text;
    Severity severity = Severity::Information;
    switch (run.state) {
    case RunState::Promoted:
        title = tr("%1 retrained").arg(run.model);
        text = run.version ? tr("Version %1 is now in service.").arg(*run.version) : tr("A new version is in service.");
        break;
    case RunState::Rejected:
        title = tr("%1 retrained").arg(run.model);
        text = tr("The new candidate was not better; the version in service stays.");
        break;
    case RunState::AwaitingApproval:
        title = tr("%1 awaits approval").arg(run.model);
        text = run.version ? tr("Version %1 is better and waits for an administrator to approve it.").arg(*run.version)
                           : tr("A better version waits for an administrator to approve it.");
        severity = Severity::Warning;
        break;
    case RunState::Failed:
    case RunState::Interrupted:
        title = tr("%1: training failed").arg(run.model);
        text = run.error.isEmpty() ? tr("The version in service stays.")
                                   : tr("%1 The version in service stays.").arg(run.error);
        severity = Severity::Critical;
        break;
    default: // skipped, cancelled: somebody asked for it or nothing changed
        return;
    }
    m_announcedRuns.insert(run.id);
    Q_EMIT announce(title, text, severity);
}

void Notifier::alertRaised(const AlertRecord& alert)
{
    const Severity severity = alert.severity == QLatin1String("critical") ? Severity::Critical : Severity::Warning;
    const QString title = alert.model.isEmpty() ? tr("Retrainer needs attention") : tr("%1 needs attention").arg(alert.model);
    Q_EMIT announce(title, alert.text, severity);
}

QString toString(Notifier::Severity severity)
{
    switch (severity) {
    case Notifier::Severity::Information: return QStringLiteral("information");
    case Notifier::Severity::Warning: return QStringLiteral("warning");
    case Notifier::Severity::Critical: return QStringLiteral("critical");
    }
    return {};
}

} // namespace retrainer
