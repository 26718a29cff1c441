#pragma once
// How often a schedule runs, chosen in plain words: every day at [time], every [N] hours, every week on
// [days] at [time], every month on day [n] at [time] — or "Custom" when only a cron expression can say
// it (the Settings tab then shows the cron field, kept as the advanced way in). Writes cron through
// Recurrence (core/schedule/recurrence.h).
#include "recurrence.h"
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace retrainer {

class RecurrenceForm : public QWidget
{
    Q_OBJECT

public:
    enum Choice { Daily, EveryHours, Weekly, Monthly, Custom };

    explicit RecurrenceForm(QWidget* parent = nullptr);

    // Shows `cron` in the plain controls (Custom when it is none of the plain forms); emits nothing.
    void setCron(const QString& cron);
    Choice choice() const;
    // The cron expression the plain controls say; empty for Custom.
    QString cron() const;

    QComboBox* choiceCombo() const { return m_choice; }
    QTimeEdit* timeEdit() const { return m_time; }
    QSpinBox* hoursSpin() const { return m_hours; }
    QSpinBox* daySpin() const { return m_day; }
    // Monday first; the box of cron day d (0 = Sunday) is weekdayBox((d + 6) % 7).
    QCheckBox* weekdayBox(int mondayFirstIndex) const { return m_weekdays.value(mondayFirstIndex); }

signals:
    // The administrator changed the plain controls: the schedule is now `cron`.
    void cronChosen(const QString& cron);

private:
    void showControlsFor(Choice choice);
    void emitChosen();

    bool m_loading = false;
    QComboBox* m_choice = nullptr;
    QLabel* m_everyLabel = nullptr;
    QSpinBox* m_hours = nullptr;
    QLabel* m_onLabel = nullptr;
    QSpinBox* m_day = nullptr;
    QWidget* m_weekdayRow = nullptr;
    QList<QCheckBox*> m_weekdays;
    QLabel* m_atLabel = nullptr;
    QTimeEdit* m_time = nullptr;
    QLabel* m_customHint = nullptr;
};

} // namespace retrainer
