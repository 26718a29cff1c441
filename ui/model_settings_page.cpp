#include "model_settings_page.h"
#include "on_worker.h"
#include "algorithm_label.h"
#include "schedule_editor.h"
#include "model_identifier.h"
#include "trigger_settings_form.h"
#include "validated_field.h"
#include "wheel_guard.h"
#include "worker_pool.h"
#include "workspace.h"
#include <QComboBox>
#include <QCoroFuture>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace retrainer {

ModelSettingsPage::ModelSettingsPage(Workspace& workspace, WorkerPool& workers, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_workers(workers)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_form = new QWidget;
    auto* scheduleBox = new QGroupBox(tr("Schedules"), m_form);
    auto* scheduleLayout = new QVBoxLayout(scheduleBox);
    m_schedules = new ScheduleEditor(scheduleBox);
    scheduleLayout->addWidget(m_schedules);
    m_triggers = new TriggerSettingsForm(m_form);

    auto* modelBox = new QGroupBox(tr("Model"), m_form);
    auto* modelForm = new QFormLayout(modelBox);
    m_displayName = new ValidatedField([this](const QString& text) { return checkDisplayName(text); }, modelBox);
    m_displayName->setObjectName(QStringLiteral("displayNameField"));
    m_displayName->lineEdit()->setToolTip(tr("The name the console, the tray and alerts show. Commands and the HTTP "
                                             "API keep using the model's identifier, which never changes."));
    modelForm->addRow(tr("&Name shown:"), m_displayName);
    qobject_cast<QLabel*>(modelForm->labelForField(m_displayName))->setBuddy(m_displayName->lineEdit());

    m_algorithm = new QComboBox(modelBox);
    m_algorithm->setObjectName(QStringLiteral("algorithmCombo"));
    addAlgorithmItems(m_algorithm);
    m_algorithmNote = new QLabel(tr("Tuned parameters belong to the previous algorithm; the new one starts from "
                                    "its defaults."),
                                 modelBox);
    m_algorithmNote->setWordWrap(true);
    m_algorithmNote->hide();
    auto* algorithmColumn = new QVBoxLayout;
    algorithmColumn->addWidget(m_algorithm);
    algorithmColumn->addWidget(m_algorithmNote);
    modelForm->addRow(tr("&Algorithm:"), algorithmColumn);
    qobject_cast<QLabel*>(modelForm->labelForField(algorithmColumn))->setBuddy(m_algorithm);

    m_holdout = new QDoubleSpinBox(modelBox);
    m_holdout->setRange(5, 50);
    m_holdout->setDecimals(0);
    m_holdout->setSuffix(tr(" %"));
    m_holdout->setToolTip(tr("The share of the newest rows kept aside to test each new version before it may "
                             "replace the model in service."));
    modelForm->addRow(tr("&Test share:"), m_holdout);

    m_dataPolicy = new QComboBox(modelBox);
    m_dataPolicy->addItem(tr("All history"));
    m_dataPolicy->addItem(tr("Only recent rows"));
    m_dataPolicy->setToolTip(tr("Learn from every row ever collected, or only from the most recent days (when "
                                "old rows no longer reflect how things work today)."));
    m_lastDays = new QSpinBox(modelBox);
    m_lastDays->setRange(1, 36500);
    m_lastDays->setSuffix(tr(" days"));
    m_lastDays->setToolTip(tr("How many days back rows are used."));
    auto* policyRow = new QHBoxLayout;
    policyRow->addWidget(m_dataPolicy, 1);
    policyRow->addWidget(m_lastDays);
    modelForm->addRow(tr("&Learn from:"), policyRow);
    qobject_cast<QLabel*>(modelForm->labelForField(policyRow))->setBuddy(m_dataPolicy);

    m_minimumSamples = new QSpinBox(modelBox);
    m_minimumSamples->setRange(2, 1000000000);
    m_minimumSamples->setObjectName(QStringLiteral("minimumRows"));
    m_minimumSamples->setSuffix(tr(" rows"));
    m_minimumSamples->setToolTip(tr("A training with fewer usable rows than this is skipped: too little data "
                                    "gives an unreliable model."));
    modelForm->addRow(tr("&Minimum rows:"), m_minimumSamples);

    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->addWidget(scheduleBox);
    formLayout->addWidget(m_triggers);
    formLayout->addWidget(modelBox);
    formLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Undo the changes not saved yet."));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_displayName, &ValidatedField::edited, this, &ModelSettingsPage::updateButtons);
    connect(m_schedules, &ScheduleEditor::changed, this, &ModelSettingsPage::updateButtons);
    connect(m_triggers, &TriggerSettingsForm::changed, this, &ModelSettingsPage::updateButtons);
    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &ModelSettingsPage::updateButtons);
    connect(m_holdout, &QDoubleSpinBox::valueChanged, this, &ModelSettingsPage::updateButtons);
    connect(m_dataPolicy, &QComboBox::currentIndexChanged, this, &ModelSettingsPage::updateButtons);
    connect(m_lastDays, &QSpinBox::valueChanged, this, &ModelSettingsPage::updateButtons);
    connect(m_minimumSamples, &QSpinBox::valueChanged, this, &ModelSettingsPage::updateButtons);
    connect(m_revert, &QPushButton::clicked, this, &ModelSettingsPage::revert);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });

    setTabOrder(m_minimumSamples, m_revert);
    setTabOrder(m_revert, m_save);
    WheelGuard::protect(m_form); // the wheel scrolls the page, not the value under the pointer
    setModel(QString());
}

QString ModelSettingsPage::modelName() const
{
    return m_loaded ? m_loaded->name : QString();
}

void ModelSettingsPage::setModel(const QString& name)
{
    m_status->clear();
    const auto model = name.isEmpty() ? std::nullopt : m_workspace.model(name);
    if (!model) {
        m_loaded.reset();
        m_title->setText(name.isEmpty() ? tr("No model selected") : tr("No model named \"%1\"").arg(name));
        m_form->setEnabled(false);
        updateButtons();
        return;
    }
    load(*model);
}

void ModelSettingsPage::followStored()
{
    if (!m_loaded || m_busy || isModified())
        return;
    const auto stored = m_workspace.model(m_loaded->name);
    if (stored && stored->toJson() != m_loaded->toJson())
        load(*stored);
}

void ModelSettingsPage::load(const ModelConfig& model)
{
    m_loaded = model;
    m_loading = true;
    m_title->setText(tr("Settings of %1").arg(model.shownName()));
    m_form->setEnabled(true);
    m_displayName->lineEdit()->setPlaceholderText(model.name);
    m_displayName->setText(model.displayName);
    m_schedules->setSchedules(model.triggers.schedules);
    m_triggers->setTriggers(model.triggers, model.effectivePrimaryMetric());
    m_algorithm->setCurrentIndex(std::max(0, m_algorithm->findData(model.algorithmName())));
    m_holdout->setValue(model.holdoutFraction * 100.0);
    m_dataPolicy->setCurrentIndex(model.dataPolicy.lastDays > 0 ? 1 : 0);
    m_lastDays->setValue(model.dataPolicy.lastDays > 0 ? model.dataPolicy.lastDays : 30);
    m_minimumSamples->setValue(model.minimumSamples);
    m_loading = false;
    updateButtons();
}

void ModelSettingsPage::revert()
{
    m_status->clear();
    if (m_loaded)
        load(*m_loaded);
}

bool ModelSettingsPage::isValid() const
{
    return m_loaded && m_displayName->isValid() && m_schedules->isValid() && m_triggers->isValid();
}

QString ModelSettingsPage::checkDisplayName(const QString& text) const
{
    if (!m_loaded || text.trimmed().isEmpty())
        return {}; // no name of its own: the identifier is shown
    if (const QString why = displayNameProblem(text); !why.isEmpty())
        return why;
    if (const auto other = modelCalled(m_workspace.models(), text, m_loaded->name))
        return tr("Another model is already called \"%1\" (its identifier is %2).").arg(other->shownName(), other->name);
    return {};
}

std::optional<ModelConfig> ModelSettingsPage::editedModel() const
{
    if (!isValid())
        return std::nullopt;
    ModelConfig model = *m_loaded;
    model.displayName = m_displayName->text().trimmed();
    model.triggers.schedules = m_schedules->schedules();
    m_triggers->applyTo(model.triggers);
    model.autoAlgorithm = m_algorithm->currentData().toString() == QLatin1String("auto");
    model.algorithm = model.autoAlgorithm ? Algorithm::Linear
                                          : algorithmFromString(m_algorithm->currentData().toString()).value_or(model.algorithm);
    if (model.algorithmName() != m_loaded->algorithmName())
        model.parameters = nlohmann::json::object(); // overrides of another algorithm would not fit
    model.holdoutFraction = m_holdout->value() / 100.0;
    model.dataPolicy.lastDays = m_dataPolicy->currentIndex() == 1 ? m_lastDays->value() : 0;
    model.minimumSamples = m_minimumSamples->value();
    return model;
}

bool ModelSettingsPage::isModified() const
{
    if (!m_loaded)
        return false;
    const auto edited = editedModel();
    return !edited || edited->toJson() != m_loaded->toJson();
}

void ModelSettingsPage::updateButtons()
{
    if (m_loading)
        return;
    m_lastDays->setEnabled(m_dataPolicy->currentIndex() == 1);
    m_algorithmNote->setVisible(m_loaded && !m_loaded->parameters.empty()
                                && m_algorithm->currentData().toString() != m_loaded->algorithmName());
    const bool valid = isValid();
    const bool modified = isModified();
    m_save->setEnabled(!m_busy && valid && modified);
    m_revert->setEnabled(!m_busy && modified);
    if (m_loaded && !valid)
        m_save->setToolTip(tr("Correct the fields marked in red first."));
    else
        m_save->setToolTip(tr("Store these settings; the scheduler uses them from now on."));
    if (modified && !m_busy)
        m_status->clear();
}

void ModelSettingsPage::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy && m_loaded);
    updateButtons();
}

QCoro::Task<> ModelSettingsPage::save()
{
    const auto edited = editedModel();
    if (m_busy || !edited)
        co_return;
    const ModelConfig model = *edited;
    QPointer<ModelSettingsPage> self(this);
    Workspace* workspace = &m_workspace;
    setBusy(true);
    m_status->setText(tr("Saving…"));
    auto write = [workspace, model]() -> QString {
        try {
            workspace->updateModel(model);
            return {};
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
    };
    QString error;
    if (m_saver) {
        auto saving = m_saver(model);
        error = co_await saving;
    } else {
        
        error = co_await onWorker(m_workers, std::move(write));
    }
    if (!self)
        co_return;
    // Another model may have been chosen meanwhile: only the page still showing this one is updated.
    const bool stillShown = modelName() == model.name;
    setBusy(false);
    if (!error.isEmpty()) {
        if (stillShown)
            m_status->setText(tr("Not saved: %1").arg(error));
        co_return;
    }
    if (stillShown) {
        load(model);
        m_status->setText(tr("Saved."));
    }
    emit saved(model.name);
}

} // namespace retrainer
