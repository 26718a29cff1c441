#pragma once
// Decides what is worth announcing to the person at the desk (tray notifications): a finished run that
// changed something, awaits approval or went wrong, and every alert. Progress, dry runs, skipped and cancelled runs are not
// announced, and a run is announced at most once. It only decides; shells (the tray) show `announce`.
#include "alert_log.h"
#include "run_record.h"
#include <QObject>
#include <QSet>

namespace retrainer {

class Notifier : public QObject
{
    Q_OBJECT
public:
    enum class Severity { Information, Warning, Critical };
    Q_ENUM(Severity)

    explicit Notifier(QObject* parent = nullptr);

    // A run reached a terminal state (pass its final record, e.g. from Store::run on a worker thread).
    void runFinished(const RunRecord& run);
    void alertRaised(const AlertRecord& alert);

Q_SIGNALS:
    void announce(const QString& title, const QString& text, retrainer::Notifier::Severity severity);

private:
    QSet<qint64> m_announcedRuns;
};

QString toString(Notifier::Severity severity);

} // namespace retrainer
