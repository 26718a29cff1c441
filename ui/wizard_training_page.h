#pragma once
// The model wizard's third page: the column to predict (label), the kind of prediction (task, suggested
// from the label's values), the time column, the columns to learn from (checked by default the way
// `retrainer model add` picks them: all but identifier-like text columns) and the algorithm. The
// suggestions are worked out on a worker thread whenever the label, task or time column changes.
#include "task.h"
#include <QCoroTask>
#include <QWizardPage>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;

namespace retrainer {

class FieldErrorLabel;
struct ModelDraft;

class WizardTrainingPage : public QWizardPage
{
    Q_OBJECT

public:
    WizardTrainingPage(ModelDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // For tests and keyboard users alike: the same as choosing in the combo boxes.
    void setLabel(const QString& column);
    void setTimestamp(const QString& column); // empty: none
    void setTask(Task task);
    std::optional<Task> task() const;
    // The checked feature columns, in column order.
    QStringList checkedFeatures() const;
    void setFeatureChecked(const QString& column, bool checked);
    bool isWorking() const { return m_working; }

    QComboBox* labelCombo() const { return m_label; }
    QComboBox* taskCombo() const { return m_task; }
    QComboBox* timestampCombo() const { return m_timestamp; }
    QListWidget* featureList() const { return m_features; }
    QLabel* taskHint() const { return m_taskHint; }

signals:
    // The suggestions for the current label and time column are in place.
    void suggestionsReady();

private:
    QCoro::Task<> refresh(bool suggestTask);

    ModelDraft& m_draft;
    const void* m_shownTable = nullptr; // the rows the combo boxes were filled from
    int m_generation = 0;
    bool m_working = false;
    QComboBox* m_label = nullptr;
    QComboBox* m_task = nullptr;
    QLabel* m_taskHint = nullptr;
    QComboBox* m_timestamp = nullptr;
    QListWidget* m_features = nullptr;
    QComboBox* m_algorithm = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace retrainer
