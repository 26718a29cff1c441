#pragma once
// The red sentence under a form field that holds an invalid value; hidden while the field is valid.
#include <QLabel>

namespace retrainer {

class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget* parent = nullptr);

    // Shows `error` in red, or hides the label when it is empty.
    void showError(const QString& error);
};

} // namespace retrainer
