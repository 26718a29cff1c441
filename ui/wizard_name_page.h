#pragma once
// The model wizard's last page: the model's name as people will read it ("Waiting time (north clinic)",
// not taken), the identifier derived from it for commands and the API, its group, a summary of what
// will be created, and any error from saving it.
#include <QWizardPage>

class QComboBox;
class QLabel;

namespace retrainer {

class FieldErrorLabel;
class ValidatedField;
class Workspace;
struct ModelDraft;

class WizardNamePage : public QWizardPage
{
    Q_OBJECT

public:
    WizardNamePage(const ModelDraft& draft, Workspace& workspace, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

    // The identifier (derived from the display name, unique in the workspace).
    QString modelName() const;
    // The name as typed, trimmed; empty when it is the identifier itself.
    QString displayName() const;
    QLabel* identifierLabel() const { return m_identifier; }
    QString group() const;
    ValidatedField* nameField() const { return m_name; }
    QComboBox* groupCombo() const { return m_group; }

    // While the model is being saved the page cannot finish again; a failure is shown on the page.
    void setSaving(bool saving);
    void showSaveError(const QString& error);

private:
    QString checkName(const QString& name) const;

    const ModelDraft& m_draft;
    Workspace& m_workspace;
    bool m_saving = false;
    ValidatedField* m_name = nullptr;
    QLabel* m_identifier = nullptr;
    QComboBox* m_group = nullptr;
    QLabel* m_summary = nullptr;
    FieldErrorLabel* m_saveError = nullptr;
};

} // namespace retrainer
