#include "preferences_dialog.h"
#include "alert_channels_editor.h"
#include "engine.h"
#include "workspace.h"
#include "validated_field.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace retrainer {

PreferencesDialog::PreferencesDialog(AppPreferences preferences, QWidget* parent, Engine* engine, const QString& actor)
    : QDialog(parent), m_initial(std::move(preferences))
{
    setWindowTitle(tr("Preferences"));

    auto* consoleBox = new QGroupBox(tr("Console"), this);
    auto* consoleForm = new QFormLayout(consoleBox);
    m_startMinimised = new QCheckBox(tr("Start minimised to the tray"), consoleBox);
    m_startMinimised->setToolTip(tr("Open only the tray icon when the console starts; the window stays hidden "
                                    "until you open it."));
    m_startMinimised->setChecked(m_initial.startMinimised);
    m_startAtLogin = new QCheckBox(tr("Start when I log in"), consoleBox);
    m_startAtLogin->setToolTip(tr("Start the console automatically when you log in to the desktop, so scheduled "
                                  "retraining happens without anyone remembering to open it."));
    m_startAtLogin->setChecked(m_initial.startAtLogin);
    consoleForm->addRow(m_startMinimised);
    consoleForm->addRow(m_startAtLogin);

    m_language = new QComboBox(consoleBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QString::fromUtf8("\u0939\u093f\u0928\u094d\u0926\u0940"), QStringLiteral("hi"));
    m_language->addItem(QString::fromUtf8("Espa\u00f1ol"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initial.language)));
    m_language->setToolTip(tr("The language of the console. \"System language\" follows your desktop's setting."));
    auto* languageNote = new QLabel(tr("A new language applies after the console restarts."), consoleBox);
    languageNote->setWordWrap(true);
    auto* languageColumn = new QVBoxLayout;
    languageColumn->addWidget(m_language);
    languageColumn->addWidget(languageNote);
    consoleForm->addRow(tr("&Language:"), languageColumn);
    qobject_cast<QLabel*>(consoleForm->labelForField(languageColumn))->setBuddy(m_language);

    auto* apiBox = new QGroupBox(tr("Local HTTP API"), this);
    auto* apiForm = new QFormLayout(apiBox);
    m_apiEnabled = new QCheckBox(tr("Enable the local HTTP API"), apiBox);
    m_apiEnabled->setToolTip(tr("Lets other programs on this computer ask for status, start a training or send "
                                "new samples. Each program needs a token."));
    m_apiEnabled->setChecked(m_initial.apiEnabled);
    apiForm->addRow(m_apiEnabled);
    m_apiPort = new ValidatedField(
        [this](const QString& text) { return m_apiEnabled->isChecked() ? checkPort(text) : QString(); }, apiBox);
    m_apiPort->setText(QString::number(m_initial.apiPort));
    m_apiPort->setToolTip(tr("The network port the API listens on, on this computer only (%1 to %2).")
                              .arg(AppPreferences::minimumApiPort)
                              .arg(AppPreferences::maximumApiPort));
    apiForm->addRow(tr("&Port:"), m_apiPort);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(consoleBox);
    layout->addWidget(apiBox);
    if (engine) {
        // Where the history lives: this computer's file, or the PostgreSQL database several computers share.
        auto* storeBox = new QGroupBox(tr("Where Retrainer keeps its history"), this);
        auto* storeForm = new QFormLayout(storeBox);
        const bool shared = engine->workspace().store().backend() == sql::Backend::Postgres;
        auto* address = new QLineEdit(engine->workspace().storePath(), storeBox);
        address->setObjectName(QStringLiteral("storeAddress"));
        address->setReadOnly(true);
        address->setCursorPosition(0);
        auto* storeNote = new QLabel(shared ? tr("A PostgreSQL database shared by every Retrainer that uses it: runs, versions "
                                                 "and their model files, samples, alerts and the audit trail. One computer trains "
                                                 "a model at a time; the others show who.")
                                            : tr("A file on this computer (SQLite). To share models and history with other "
                                                 "computers, copy it to a PostgreSQL database with `retrainer store migrate "
                                                 "--to postgresql://…` while the console is closed."),
                                     storeBox);
        storeNote->setObjectName(QStringLiteral("storeNote"));
        storeNote->setWordWrap(true);
        storeForm->addRow(shared ? tr("Shared database:") : tr("File:"), address);
        storeForm->addRow(storeNote);
        layout->addWidget(storeBox);
        auto* alertsBox = new QGroupBox(tr("Alerts sent outside this computer"), this);
        auto* alertsLayout = new QVBoxLayout(alertsBox);
        m_alertChannels = new AlertChannelsEditor(*engine, actor, alertsBox);
        alertsLayout->addWidget(m_alertChannels);
        layout->addWidget(alertsBox);
    }
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_apiPort, &ValidatedField::edited, this, &PreferencesDialog::validate);
    connect(m_apiEnabled, &QCheckBox::toggled, m_apiPort, &ValidatedField::revalidate);
    setTabOrder(m_startMinimised, m_startAtLogin);
    setTabOrder(m_startAtLogin, m_language);
    setTabOrder(m_language, m_apiEnabled);
    setTabOrder(m_apiEnabled, m_apiPort);
    setTabOrder(m_apiPort, m_buttons);
    validate();
}

QString PreferencesDialog::checkPort(const QString& text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < AppPreferences::minimumApiPort || port > AppPreferences::maximumApiPort)
        return tr("Enter a whole number from %1 to %2.")
            .arg(AppPreferences::minimumApiPort)
            .arg(AppPreferences::maximumApiPort);
    return {};
}

QString PreferencesDialog::portError() const
{
    return m_apiPort->error();
}

void PreferencesDialog::validate()
{
    // A port is only checked while the API is enabled; a disabled API keeps its last good port.
    m_apiPort->setEnabled(m_apiEnabled->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_apiPort->isValid());
}

AppPreferences PreferencesDialog::preferences() const
{
    AppPreferences out = m_initial;
    out.startMinimised = m_startMinimised->isChecked();
    out.startAtLogin = m_startAtLogin->isChecked();
    out.language = m_language->currentData().toString();
    out.apiEnabled = m_apiEnabled->isChecked();
    if (checkPort(m_apiPort->text()).isEmpty())
        out.apiPort = m_apiPort->text().toInt();
    return out;
}

} // namespace retrainer
