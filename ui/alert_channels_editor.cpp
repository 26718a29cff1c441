#include "alert_channels_editor.h"
#include "engine.h"
#include "error.h"
#include "workspace.h"
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace retrainer {

namespace {

template <class T>
T* named(T* widget, const char* name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

} // namespace

AlertChannelsEditor::AlertChannelsEditor(Engine& engine, QString actor, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_actor(std::move(actor))
    , m_list(named(new QListWidget(this), "alertChannelList"))
    , m_name(named(new QLineEdit(this), "channelName"))
    , m_type(named(new QComboBox(this), "channelType"))
    , m_webhookFields(new QWidget(this))
    , m_url(named(new QLineEdit(m_webhookFields), "webhookUrl"))
    , m_format(named(new QComboBox(m_webhookFields), "webhookFormat"))
    , m_emailFields(new QWidget(this))
    , m_smtpHost(named(new QLineEdit(m_emailFields), "smtpHost"))
    , m_smtpPort(named(new QSpinBox(m_emailFields), "smtpPort"))
    , m_startTls(named(new QCheckBox(tr("Encrypt the connection (STARTTLS)"), m_emailFields), "startTls"))
    , m_smtpUser(named(new QLineEdit(m_emailFields), "smtpUser"))
    , m_password(named(new QLineEdit(m_emailFields), "smtpPassword"))
    , m_from(named(new QLineEdit(m_emailFields), "emailFrom"))
    , m_to(named(new QLineEdit(m_emailFields), "emailTo"))
    , m_kinds(named(new QLineEdit(this), "alertKinds"))
    , m_models(named(new QLineEdit(this), "alertModels"))
    , m_save(named(new QPushButton(tr("Save channel"), this), "saveChannel"))
    , m_remove(named(new QPushButton(tr("Remove"), this), "removeChannel"))
    , m_test(named(new QPushButton(tr("Send test alert"), this), "sendTestAlert"))
    , m_status(named(new QLabel(this), "channelStatus"))
{
    auto* intro = new QLabel(tr("Besides the tray and the Alerts page, alerts can be posted to a chat room or a "
                                "web service (a \"webhook\": an address that accepts messages) or sent by e-mail."),
                             this);
    intro->setWordWrap(true);
    m_list->setMaximumHeight(90);
    m_type->addItem(tr("Webhook (chat room or web service)"), QStringLiteral("webhook"));
    m_type->addItem(tr("E-mail"), QStringLiteral("email"));
    m_url->setPlaceholderText(tr("https://chat.example.org/hooks/…"));
    m_url->setToolTip(tr("The address messages are posted to. It often contains a secret key, so it is kept in a "
                         "file only you can read, not in workspace.json. Leave empty to keep the saved one."));
    m_format->addItem(tr("Chat message (Slack, Mattermost)"), QStringLiteral("text"));
    m_format->addItem(tr("Every detail, for programs (JSON)"), QStringLiteral("json"));
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setValue(587);
    m_startTls->setChecked(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in a file only you can read. Leave empty to keep the saved one."));
    m_to->setPlaceholderText(tr("name@example.org, other@example.org"));
    m_kinds->setPlaceholderText(tr("all kinds"));
    m_kinds->setToolTip(tr("Which alerts to send, separated by commas: %1. Empty sends every kind.")
                            .arg(knownAlertKinds().join(QStringLiteral(", "))));
    m_models->setPlaceholderText(tr("all models"));
    m_models->setToolTip(tr("Which models' alerts to send, separated by commas. Empty sends alerts about every model."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* webhookForm = new QFormLayout(m_webhookFields);
    webhookForm->setContentsMargins(0, 0, 0, 0);
    webhookForm->addRow(tr("Address:"), m_url);
    webhookForm->addRow(tr("Message:"), m_format);
    auto* emailForm = new QFormLayout(m_emailFields);
    emailForm->setContentsMargins(0, 0, 0, 0);
    emailForm->addRow(tr("Mail server:"), m_smtpHost);
    emailForm->addRow(tr("Port:"), m_smtpPort);
    emailForm->addRow(m_startTls);
    emailForm->addRow(tr("User name:"), m_smtpUser);
    emailForm->addRow(tr("Password:"), m_password);
    emailForm->addRow(tr("From:"), m_from);
    emailForm->addRow(tr("To:"), m_to);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Send by:"), m_type);
    form->addRow(m_webhookFields);
    form->addRow(m_emailFields);
    form->addRow(tr("Alert kinds:"), m_kinds);
    form->addRow(tr("Models:"), m_models);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_test);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { showTypeFields(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_remove->setEnabled(row >= 0);
        if (row < 0)
            return;
        const auto channels = m_engine.workspace().alertChannels();
        if (row < int(channels.size()))
            showChannel(channels[size_t(row)]);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_test, &QPushButton::clicked, this, [this] { sendTest(); });
    reloadList();
    showTypeFields();
}

void AlertChannelsEditor::reloadList()
{
    m_list->clear();
    for (const auto& c : m_engine.workspace().alertChannels())
        m_list->addItem(c.type == AlertChannel::Type::Email ? tr("%1 — e-mail to %2").arg(c.name, c.to.join(QStringLiteral(", ")))
                                                            : tr("%1 — webhook").arg(c.name));
    m_remove->setEnabled(false);
}

void AlertChannelsEditor::showTypeFields()
{
    const bool email = m_type->currentData().toString() == QLatin1String("email");
    m_webhookFields->setVisible(!email);
    m_emailFields->setVisible(email);
}

void AlertChannelsEditor::showChannel(const AlertChannel& c)
{
    m_name->setText(c.name);
    m_type->setCurrentIndex(c.type == AlertChannel::Type::Email ? 1 : 0);
    m_url->clear();
    m_url->setPlaceholderText(c.type == AlertChannel::Type::Webhook ? tr("(saved; type a new address to change it)")
                                                                    : tr("https://chat.example.org/hooks/…"));
    m_format->setCurrentIndex(std::max(0, m_format->findData(c.format)));
    m_smtpHost->setText(c.smtpHost);
    m_smtpPort->setValue(c.smtpPort);
    m_startTls->setChecked(c.startTls);
    m_smtpUser->setText(c.smtpUser);
    m_password->clear();
    m_from->setText(c.from);
    m_to->setText(c.to.join(QStringLiteral(", ")));
    m_kinds->setText(c.kinds.join(QStringLiteral(", ")));
    m_models->setText(c.models.join(QStringLiteral(", ")));
    showTypeFields();
}

AlertChannel AlertChannelsEditor::channelFromForm() const
{
    AlertChannel c;
    c.name = m_name->text().trimmed();
    c.type = m_type->currentData().toString() == QLatin1String("email") ? AlertChannel::Type::Email : AlertChannel::Type::Webhook;
    c.format = m_format->currentData().toString();
    c.kinds = splitCommaList(m_kinds->text());
    c.models = splitCommaList(m_models->text());
    if (c.type == AlertChannel::Type::Email) {
        c.smtpHost = m_smtpHost->text().trimmed();
        c.smtpPort = m_smtpPort->value();
        c.startTls = m_startTls->isChecked();
        c.smtpUser = m_smtpUser->text().trimmed();
        c.from = m_from->text().trimmed();
        c.to = splitCommaList(m_to->text());
    }
    return c;
}

ChannelSecrets AlertChannelsEditor::secretsFromForm() const
{
    return {m_url->text().trimmed(), m_password->text()};
}

QString AlertChannelsEditor::status() const
{
    return m_status->text();
}

void AlertChannelsEditor::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

QCoro::Task<> AlertChannelsEditor::save()
{
    QPointer<AlertChannelsEditor> self(this);
    const AlertChannel channel = channelFromForm();
    m_save->setEnabled(false);
    QString problem;
    try {
        co_await m_engine.saveAlertChannel(channel, secretsFromForm(), m_actor);
    } catch (const Error& e) {
        problem = e.message();
    }
    if (!self)
        co_return;
    m_save->setEnabled(true);
    if (!problem.isEmpty()) {
        setStatus(tr("Not saved: %1").arg(problem), true);
        co_return;
    }
    reloadList();
    m_url->clear();
    m_password->clear();
    setStatus(tr("Channel \"%1\" saved. New alerts are sent to it.").arg(channel.name), false);
    Q_EMIT channelsChanged();
}

QCoro::Task<> AlertChannelsEditor::removeSelected()
{
    const int row = m_list->currentRow();
    const auto channels = m_engine.workspace().alertChannels();
    if (row < 0 || row >= int(channels.size()))
        co_return;
    const QString name = channels[size_t(row)].name;
    QPointer<AlertChannelsEditor> self(this);
    QString problem;
    try {
        co_await m_engine.removeAlertChannel(name, m_actor);
    } catch (const Error& e) {
        problem = e.message();
    }
    if (!self)
        co_return;
    reloadList();
    setStatus(problem.isEmpty() ? tr("Channel \"%1\" removed.").arg(name) : tr("Not removed: %1").arg(problem), !problem.isEmpty());
    Q_EMIT channelsChanged();
}

QCoro::Task<> AlertChannelsEditor::sendTest()
{
    const AlertChannel channel = channelFromForm();
    if (const QString problem = channel.problem(); !problem.isEmpty()) {
        setStatus(tr("Cannot send a test yet: %1").arg(problem), true);
        Q_EMIT testFinished(false, problem);
        co_return;
    }
    QPointer<AlertChannelsEditor> self(this);
    m_test->setEnabled(false);
    setStatus(tr("Sending a test alert through \"%1\"…").arg(channel.name), false);
    const DeliveryAttempt result = co_await m_engine.delivery().sendTest(channel, secretsFromForm());
    if (!self)
        co_return;
    m_test->setEnabled(true);
    const QString message = result.sent ? tr("Test alert sent through \"%1\". Check that it arrived.").arg(channel.name)
                                        : tr("The test alert did not arrive: %1").arg(result.error);
    setStatus(message, !result.sent);
    Q_EMIT testFinished(result.sent, message);
}

} // namespace retrainer
