#pragma once
// The Settings tab's list of schedules: each row says in words when it runs ("Every day at 02:00")
// and whether it needs new rows; the selected one is edited below the list in plain controls (every day
// at, every N hours, weekly on, monthly on day — RecurrenceForm) with the cron expression they write in
// an advanced field, and its next 5 moments in local time. Invalid cron text is shown beside the field
// and makes isValid() false.
#include "trigger_config.h"
#include <QWidget>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace retrainer {

class RecurrenceForm;
class ValidatedField;

class ScheduleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleEditor(QWidget* parent = nullptr);

    void setSchedules(std::vector<ScheduleEntry> schedules);
    // As edited; entries with invalid cron text included (check isValid() first).
    const std::vector<ScheduleEntry>& schedules() const { return m_schedules; }
    bool isValid() const;

    // Selects a row (-1: none) and loads it into the editor.
    void selectSchedule(int row);
    int selectedRow() const;
    void addSchedule();
    void removeSelectedSchedule();

    // The editor of the selected schedule (for tab order and tests).
    ValidatedField* cronField() const { return m_cron; }
    RecurrenceForm* recurrenceForm() const { return m_recurrence; }
    QLabel* meaningLabel() const { return m_meaning; }
    QLabel* nextMomentsLabel() const { return m_nextMoments; }
    QTableWidget* table() const { return m_table; }

signals:
    void changed();

private:
    void loadSelected();
    void storeSelected();
    void refreshRow(int row);
    void refreshPreview();

    std::vector<ScheduleEntry> m_schedules;
    bool m_loading = false;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QWidget* m_editor = nullptr;
    RecurrenceForm* m_recurrence = nullptr;
    ValidatedField* m_cron = nullptr;
    QLabel* m_meaning = nullptr;
    QCheckBox* m_conditional = nullptr;
    QSpinBox* m_minNew = nullptr;
    QLabel* m_nextMoments = nullptr;
};

} // namespace retrainer
