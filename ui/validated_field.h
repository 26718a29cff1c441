#pragma once
// A line edit with its error sentence underneath (FieldErrorLabel): the check runs on every change and
// the sentence shows while the text is unusable. Forms read isValid() to enable their Save button. The
// error's line is reserved while there is none (the fields below do not move when one appears) and
// the line edit is never squeezed.
#include <QWidget>
#include <functional>

class QLineEdit;

namespace retrainer {

class FieldErrorLabel;

class ValidatedField : public QWidget
{
    Q_OBJECT

public:
    // Returns an empty string when the text is acceptable, otherwise the sentence to show.
    using Check = std::function<QString(const QString& text)>;

    explicit ValidatedField(Check check, QWidget* parent = nullptr);

    QString text() const;
    // Sets the text and checks it (emits edited()).
    void setText(const QString& text);
    // Re-runs the check, e.g. after something it depends on changed.
    void revalidate();

    QString error() const { return m_error; }
    bool isValid() const { return m_error.isEmpty(); }

    QLineEdit* lineEdit() const { return m_edit; }
    FieldErrorLabel* errorLabel() const { return m_errorLabel; }

signals:
    // The text changed and was checked.
    void edited();

private:
    Check m_check;
    QString m_error;
    QLineEdit* m_edit = nullptr;
    FieldErrorLabel* m_errorLabel = nullptr;
};

} // namespace retrainer
