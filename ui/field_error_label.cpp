#include "field_error_label.h"

namespace retrainer {

FieldErrorLabel::FieldErrorLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #c62828;"));
    setAccessibleName(tr("Error"));
    hide();
}

void FieldErrorLabel::showError(const QString& error)
{
    setText(error);
    setVisible(!error.isEmpty());
}

} // namespace retrainer
