#include "alert_raiser.h"
#include "error.h"

namespace retrainer {

AlertRaiser::AlertRaiser(Store& store, QObject* parent) : QObject(parent), m_log(store) {}

void AlertRaiser::raise(const QString& model, const QString& severity, const QString& kind, const QString& text)
{
    try {
        const qint64 id = m_log.raise(model, severity, kind, text);
        const auto records = m_log.alerts(model, false, 1);
        qWarning("alert %lld [%s] %s: %s", id, qPrintable(severity), qPrintable(model), qPrintable(text));
        if (!records.empty())
            Q_EMIT alertRaised(records.front());
    } catch (const Error& e) {
        qWarning("could not record an alert for '%s' (%s): %s", qPrintable(model), qPrintable(text), qPrintable(e.message()));
    }
}

} // namespace retrainer
