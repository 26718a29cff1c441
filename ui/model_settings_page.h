#pragma once
// The Settings tab of a model: the name it is shown under, its schedules (in words, with the next 5 moments), the other triggers,
// the threshold, algorithm, holdout fraction, data policy and minimum samples. Every field is checked as
// it is typed, with the error beneath it; Save stays disabled while any field is invalid or nothing
// changed. Save writes workspace.json through Workspace::updateModel on a worker thread, then emits
// saved(). Revert goes back to the model as last loaded or saved.
#include "model_config.h"
#include "model_saver.h"
#include <QCoroTask>
#include <QWidget>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace retrainer {

class ScheduleEditor;
class TriggerSettingsForm;
class ValidatedField;
class Workspace;
class WorkerPool;

class ModelSettingsPage : public QWidget
{
    Q_OBJECT

public:
    // Saving without a saver runs on `workers`.
    ModelSettingsPage(Workspace& workspace, WorkerPool& workers, QWidget* parent = nullptr);

    // Who stores a saved configuration (the console: its Engine). Without one the page writes workspace.json
    // on a worker thread.
    void setSaver(ModelSaver saver) { m_saver = std::move(saver); }

    // Loads the model's configuration from the workspace (an unknown name empties and disables the page).
    void setModel(const QString& name);
    // Shows the model's settings as the workspace holds them now when they differ from the ones shown and
    // nobody is editing or saving them here (saved by another console or daemon sharing the store). Edits in
    // progress are left alone.
    void followStored();
    QString modelName() const;

    // The configuration as edited, or nothing while a field is invalid.
    std::optional<ModelConfig> editedModel() const;
    bool isValid() const;
    bool isModified() const;
    // The name the model is shown under (empty: its identifier).
    ValidatedField* displayNameField() const { return m_displayName; }

    // Writes the edited configuration (as the Save button does) and emits saved() once it is stored.
    QCoro::Task<> save();
    // Puts every field back to the model as last loaded or saved.
    void revert();

signals:
    void saved(const QString& model);

private:
    void load(const ModelConfig& model);
    void updateButtons();
    void setBusy(bool busy);
    QString checkDisplayName(const QString& text) const;

    Workspace& m_workspace;
    WorkerPool& m_workers;
    std::optional<ModelConfig> m_loaded;
    bool m_loading = false;
    bool m_busy = false;
    QLabel* m_title = nullptr;
    QWidget* m_form = nullptr;
    ValidatedField* m_displayName = nullptr;
    ScheduleEditor* m_schedules = nullptr;
    TriggerSettingsForm* m_triggers = nullptr;
    QComboBox* m_algorithm = nullptr;
    QLabel* m_algorithmNote = nullptr;
    QDoubleSpinBox* m_holdout = nullptr;
    QComboBox* m_dataPolicy = nullptr;
    QSpinBox* m_lastDays = nullptr;
    QSpinBox* m_minimumSamples = nullptr;
    QLabel* m_status = nullptr;
    ModelSaver m_saver;
    QPushButton* m_revert = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace retrainer
