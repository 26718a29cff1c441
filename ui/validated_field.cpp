#include "validated_field.h"
#include "field_error_label.h"
#include <QLineEdit>
#include <QVBoxLayout>

namespace retrainer {

ValidatedField::ValidatedField(Check check, QWidget* parent)
    : QWidget(parent), m_check(std::move(check)), m_edit(new QLineEdit(this)), m_errorLabel(new FieldErrorLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // Never squeezed below what it needs: the line edit keeps its height when an error appears in a
    // small window.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    // The line of the error is kept while there is none, so that showing one does not push the fields
    // below it down.
    QSizePolicy keep = m_errorLabel->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_errorLabel->setSizePolicy(keep);
    layout->addWidget(m_edit);
    layout->addWidget(m_errorLabel);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &ValidatedField::revalidate);
}

QString ValidatedField::text() const
{
    return m_edit->text().trimmed();
}

void ValidatedField::setText(const QString& text)
{
    if (m_edit->text() == text)
        revalidate();
    else
        m_edit->setText(text); // textChanged revalidates
}

void ValidatedField::revalidate()
{
    m_error = m_check ? m_check(text()) : QString();
    m_errorLabel->showError(m_error);
    emit edited();
}

} // namespace retrainer
