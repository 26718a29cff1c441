#pragma once
// The console's preferences: start minimised, start at login, language, the local HTTP API and — given
// the engine — where the store is (read-only) and the workspace's outside alert channels (saved at once by their own editor).
// Edits a copy of AppPreferences; the caller saves preferences() when the dialog is accepted.
#include "app_preferences.h"
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;

namespace retrainer {

class AlertChannelsEditor;
class Engine;
class ValidatedField;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppPreferences preferences, QWidget* parent = nullptr, Engine* engine = nullptr,
                               const QString& actor = {});
    AlertChannelsEditor* alertChannels() const { return m_alertChannels; }

    // The preferences as edited (the initial ones where a field is invalid).
    AppPreferences preferences() const;
    // Empty when the port field holds a usable port (or the API is off); otherwise the sentence shown beside it.
    QString portError() const;
    // Empty when `text` is a usable port; otherwise the sentence to show.
    static QString checkPort(const QString& text);

private:
    void validate();

    AppPreferences m_initial;
    QCheckBox* m_startMinimised = nullptr;
    QCheckBox* m_startAtLogin = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_apiEnabled = nullptr;
    ValidatedField* m_apiPort = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    AlertChannelsEditor* m_alertChannels = nullptr;
};

} // namespace retrainer
