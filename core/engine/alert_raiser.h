#pragma once
// Where the automation's rules record an alert: kept in the store's alert list and announced by alertRaised
// (the engine passes it on to the tray, the alerts page and the outside channels).
#include "alert_log.h"
#include <QObject>

namespace retrainer {

class Store;

class AlertRaiser : public QObject
{
    Q_OBJECT
public:
    explicit AlertRaiser(Store& store, QObject* parent = nullptr);

    AlertLog& log() { return m_log; }
    // Records an alert and emits alertRaised. A store that cannot record it is logged, not thrown.
    void raise(const QString& model, const QString& severity, const QString& kind, const QString& text);

Q_SIGNALS:
    void alertRaised(const retrainer::AlertRecord& alert);

private:
    AlertLog m_log;
};

} // namespace retrainer
