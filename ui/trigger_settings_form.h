#pragma once
// The Settings tab's triggers besides the schedules: retraining when new rows arrive, the accuracy
// check, the time limit, catch-up, skipping unchanged data and pausing. Durations are typed as text
// ("24h", "90m", "1d12h") and checked with parseDuration; the threshold as a number checked against the
// model's primary metric. Each field shows its error beneath it; isValid() is false while any does.
#include "trigger_config.h"
#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace retrainer {

class ValidatedField;

class TriggerSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit TriggerSettingsForm(QWidget* parent = nullptr);

    // `primaryMetric` decides the threshold's range: 0 to 1 for accuracy, macro_f1 and r2.
    void setTriggers(const TriggerConfig& triggers, const QString& primaryMetric);
    // Copies the edited values (all but the schedules) into `triggers`. Only meaningful when isValid().
    void applyTo(TriggerConfig& triggers) const;
    bool isValid() const;

signals:
    void changed();

private:
    QString checkThreshold(const QString& text) const;
    void updateEnabled();

    QString m_primaryMetric;
    QCheckBox* m_dataEnabled = nullptr;
    QSpinBox* m_dataMinNew = nullptr;
    ValidatedField* m_dataWindow = nullptr;
    ValidatedField* m_dataCooldown = nullptr;
    QCheckBox* m_performanceEnabled = nullptr;
    ValidatedField* m_performanceEvery = nullptr;
    ValidatedField* m_threshold = nullptr;
    QSpinBox* m_retries = nullptr;
    QSpinBox* m_windowRows = nullptr;
    ValidatedField* m_timeLimit = nullptr;
    QCheckBox* m_catchUp = nullptr;
    QCheckBox* m_skipUnchanged = nullptr;
    QCheckBox* m_paused = nullptr;
};

// A number typed in the user's locale or with a '.' decimal point; std::nullopt for anything else.
std::optional<double> parseLocaleNumber(const QString& text);

} // namespace retrainer
