#include "wizard_name_page.h"
#include "algorithm_label.h"
#include "field_error_label.h"
#include "model_draft.h"
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
    m_name->setToolTip(tr("Letters, digits, '-', '_' and '.', up to 64 characters, e.g. waiting-time."));
    m_group = new QComboBox(this);
    m_group->setEditable(true);
    m_group->setToolTip(tr("Models of the same group are listed together, e.g. Clinic or Logistics."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_saveError = new FieldErrorLabel(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(m_summary);
    form->addRow(m_saveError);
    connect(m_name, &ValidatedField::edited, this, &WizardNamePage::completeChanged);
}

QString WizardNamePage::checkName(const QString& name) const
{
    if (const QString why = ModelConfig::validateName(name); !why.isEmpty())
        return why;
    if (m_workspace.model(name))
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
        // A usable, free name from the label: "waiting minutes" -> "waiting-minutes", then -2, -3...
        QString base = m_draft.label.toLower();
        base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_.-]+")), QStringLiteral("-"));
        base = base.left(60);
        while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('-')))
            base.remove(0, 1);
        if (base.isEmpty())
            base = QStringLiteral("model");
        QString name = base;
        for (int n = 2; m_workspace.model(name); ++n)
            name = QStringLiteral("%1-%2").arg(base).arg(n);
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
    return m_name->text();
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
