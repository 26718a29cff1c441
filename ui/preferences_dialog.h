#pragma once
// The console's preferences: start minimised, start at login, language, and the local HTTP API.
// Edits a copy of AppPreferences; the caller saves preferences() when the dialog is accepted.
#include "app_preferences.h"
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace retrainer {

class FieldErrorLabel;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppPreferences preferences, QWidget* parent = nullptr);

    // The preferences as edited (the initial ones where a field is invalid).
    AppPreferences preferences() const;
    // Empty when the port field holds a usable port; otherwise the sentence shown beside it.
    QString portError() const;

private:
    void validate();

    AppPreferences m_initial;
    QCheckBox* m_startMinimised = nullptr;
    QCheckBox* m_startAtLogin = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_apiEnabled = nullptr;
    QLineEdit* m_apiPort = nullptr;
    FieldErrorLabel* m_portError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace retrainer
