#include "model_wizard.h"
#include "on_worker.h"
#include "model_setup.h"
#include "wizard_columns_page.h"
#include "wizard_name_page.h"
#include "wizard_source_page.h"
#include "wizard_training_page.h"
#include "workspace.h"
#include <QCoroFuture>
#include <QPointer>

namespace retrainer {

ModelWizard::ModelWizard(Workspace& workspace, WorkerPool& workers, QWidget* parent) : QWizard(parent), m_workspace(workspace)
{
    m_draft.workers = &workers;
    setWindowTitle(tr("New model"));
    setOption(QWizard::NoBackButtonOnStartPage);
    m_sourcePage = new WizardSourcePage(m_draft, this);
    m_columnsPage = new WizardColumnsPage(m_draft, this);
    m_trainingPage = new WizardTrainingPage(m_draft, this);
    m_namePage = new WizardNamePage(m_draft, m_workspace, this);
    setPage(SourcePageId, m_sourcePage);
    setPage(ColumnsPageId, m_columnsPage);
    setPage(TrainingPageId, m_trainingPage);
    setPage(NamePageId, m_namePage);
    setStartId(SourcePageId);
    resize(760, 560);
}

ModelConfig ModelWizard::modelConfig() const
{
    ModelConfig model;
    model.name = m_namePage->modelName();
    model.displayName = m_namePage->displayName();
    model.group = m_namePage->group();
    model.task = m_draft.task;
    model.source = m_draft.sourceUri;
    model.label = m_draft.label;
    model.timestamp = m_draft.timestamp;
    model.algorithm = m_draft.algorithm; // linear for auto: what a text column is learnt with
    model.autoAlgorithm = m_draft.autoAlgorithm;
    // The columns `model add` picks by itself are saved as it saves them (no --features); a choice of
    // the administrator's own is saved as a named list (--features a,b,c).
    if (m_draft.features != m_draft.defaultFeatures)
        model.features = m_draft.features;
    return model;
}

void ModelWizard::accept()
{
    if (!m_saving && currentId() == NamePageId && m_namePage->isComplete())
        createModel();
}

QCoro::Task<> ModelWizard::createModel()
{
    ModelConfig model = modelConfig();
    m_saving = true;
    m_namePage->setSaving(true);
    m_namePage->showSaveError({});
    QPointer<ModelWizard> self(this);
    Workspace* workspace = &m_workspace;
    const bool storeHere = !m_saver;
    auto save = [workspace, model, table = m_draft.table, storeHere]() mutable -> std::pair<ModelConfig, QString> {
        try {
            setUpModelColumns(model, *table);
            if (storeHere)
                workspace->addModel(model);
            return {model, QString()};
        } catch (const std::exception& e) {
            return {model, QString::fromUtf8(e.what())};
        }
    };
    auto saved = co_await onWorker(*m_draft.workers, std::move(save));
    if (!self)
        co_return;
    if (m_saver && saved.second.isEmpty()) {
        if (workspace->model(saved.first.name)) {
            saved.second = tr("a model named '%1' already exists").arg(saved.first.name);
        } else {
            auto storing = m_saver(saved.first);
            saved.second = co_await storing;
            if (!self)
                co_return;
        }
    }
    m_saving = false;
    m_namePage->setSaving(false);
    if (!saved.second.isEmpty()) {
        m_namePage->showSaveError(tr("The model was not saved: %1").arg(saved.second));
        co_return;
    }
    emit modelCreated(saved.first.name);
    QWizard::accept();
}

} // namespace retrainer
