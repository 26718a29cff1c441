#pragma once
#include "model_saver.h"
// The model wizard: pick a CSV file or an SQLite table, check its columns and first rows, choose what to
// predict and from which columns, name the model. Finish builds the ModelConfig exactly as
// `retrainer model add` would (core/engine/model_setup.h), saves it with Workspace::addModel on a worker
// thread and emits modelCreated(); the caller starts the first training.
#include "model_draft.h"
#include "model_config.h"
#include <QCoroTask>
#include <QWizard>

namespace retrainer {

class Workspace;
class WizardSourcePage;
class WizardColumnsPage;
class WizardTrainingPage;
class WizardNamePage;

class ModelWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, ColumnsPageId, TrainingPageId, NamePageId };

    // Slow work (reading the source, suggestions, the save) runs on `workers`.
    ModelWizard(Workspace& workspace, WorkerPool& workers, QWidget* parent = nullptr);

    // Who stores the new model (the console: its Engine). Without one the wizard adds it to the workspace on
    // a worker thread.
    void setSaver(ModelSaver saver) { m_saver = std::move(saver); }

    WizardSourcePage* sourcePage() const { return m_sourcePage; }
    WizardColumnsPage* columnsPage() const { return m_columnsPage; }
    WizardTrainingPage* trainingPage() const { return m_trainingPage; }
    WizardNamePage* namePage() const { return m_namePage; }
    const ModelDraft& draft() const { return m_draft; }

    // The configuration Finish saves (kinds are filled in while saving, from the rows).
    ModelConfig modelConfig() const;

    // Finish: saves the model off the GUI thread; closes only once it is stored.
    void accept() override;

signals:
    void modelCreated(const QString& name);

private:
    QCoro::Task<> createModel();

    Workspace& m_workspace;
    ModelDraft m_draft;
    bool m_saving = false;
    ModelSaver m_saver;
    WizardSourcePage* m_sourcePage = nullptr;
    WizardColumnsPage* m_columnsPage = nullptr;
    WizardTrainingPage* m_trainingPage = nullptr;
    WizardNamePage* m_namePage = nullptr;
};

} // namespace retrainer
