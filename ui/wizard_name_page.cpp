#include "wizard_name_page.h"
#include "algorithm_label.h"
#include "field_error_label.h"
#include "model_draft.h"
#include "model_identifier.h"
#include "validated_field.h"
#include "workspace.h"
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace retrainer {

WizardNamePage::WizardNamePage(const ModelDraft& draft, Workspace& workspace, QWidget* parent)
    : QWizardPage(parent), m_draft(draft), m_workspace(workspace)
{
    setTitle(tr("Name the model"));
    setSubTitle(tr("The first training starts when you click Finish."));
    m_name = new ValidatedField([this](const QString& name) { return checkName(name); }, this);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setToolTip(tr("The name shown in the console, up to 100 characters, e.g. Waiting time (north clinic)."));
    m_identifier = new QLabel(this);
    m_identifier->setObjectName(QStringLiteral("identifierLabel"));
    m_identifier->setWordWrap(true);
    m_identifier->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_group = new QComboBox(this);
    m_group->setEditable(true);
    m_group->setToolTip(tr("Models of the same group are listed together, e.g. Clinic or Logistics."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_saveError = new FieldErrorLabel(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Identifier:"), m_identifier);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(m_summary);
    form->addRow(m_saveError);
    connect(m_name, &ValidatedField::edited, this, [this] {
        m_identifier->setText(m_name->isValid() ? tr("%1 — what commands and the API call this model").arg(modelName())
                                                : QString());
        emit completeChanged();
    });
}

QString WizardNamePage::checkName(const QString& name) const
{
    if (const QString why = displayNameProblem(name); !why.isEmpty())
        return why;
    if (modelCalled(m_workspace.models(), name))
        return tr("A model named \"%1\" already exists.").arg(name);
    return {};
}

void WizardNamePage::initializePage()
{
    QStringList groups{QStringLiteral("default")};
    for (const auto& model : m_workspace.models())
        if (!groups.contains(model.group))
            groups << model.group;
    const QString currentGroup = m_group->currentText();
    m_group->clear();
    m_group->addItems(groups);
    m_group->setCurrentText(currentGroup.isEmpty() ? groups.first() : currentGroup);

    if (m_name->text().isEmpty()) {
        // A readable, free name from the label: "waiting_minutes" -> "Waiting minutes", then "... 2", "... 3".
        QString base = m_draft.label;
        base.replace(QRegularExpression(QStringLiteral("[_\\s]+")), QStringLiteral(" "));
        base = base.trimmed().left(90);
        if (base.isEmpty())
            base = tr("New model");
        base[0] = base[0].toUpper();
        QString name = base;
        for (int n = 2; !checkName(name).isEmpty(); ++n)
            name = QStringLiteral("%1 %2").arg(base).arg(n);
        m_name->setText(name);
    } else {
        m_name->revalidate();
    }
    const QString features = m_draft.features.join(QStringLiteral(", "));
    m_summary->setText(tr("Predicts \"%1\" (%2) from %3 in %4, with %5.")
                           .arg(m_draft.label,
                                m_draft.task == Task::Regression ? tr("a number") : tr("a category"),
                                features, m_draft.sourceName,
                                m_draft.autoAlgorithm ? autoAlgorithmLabel() : algorithmLabel(m_draft.algorithm)));
    m_saveError->showError({});
}

bool WizardNamePage::isComplete() const
{
    return !m_saving && m_name->isValid() && !m_group->currentText().trimmed().isEmpty();
}

QString WizardNamePage::modelName() const
{
    const QString typed = m_name->text();
    if (ModelConfig::validateName(typed).isEmpty() && !m_workspace.model(typed))
        return typed; // already an identifier, e.g. visit-wait
    return identifierFor(typed, [this](const QString& id) { return m_workspace.model(id).has_value(); });
}

QString WizardNamePage::displayName() const
{
    const QString typed = m_name->text();
    return typed == modelName() ? QString() : typed;
}

QString WizardNamePage::group() const
{
    return m_group->currentText().trimmed();
}

void WizardNamePage::setSaving(bool saving)
{
    m_saving = saving;
    m_name->setEnabled(!saving);
    m_group->setEnabled(!saving);
    emit completeChanged();
}

void WizardNamePage::showSaveError(const QString& error)
{
    m_saveError->showError(error);
}

} // namespace retrainer
