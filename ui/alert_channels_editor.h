#pragma once
// The Preferences section for alerts that leave this computer: the workspace's webhook and e-mail
// channels, a form to add or change one, Remove, and "Send test alert" (which tries the form as it is,
// saved or not). Changes are saved through the engine at once (checked, audited); secrets go to the
// workspace's secrets file, never to workspace.json. Never blocks: saving and sending run on workers.
#include "alert_channel.h"
#include "channel_secrets.h"
#include <QCoroTask>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace retrainer {

class Engine;

class AlertChannelsEditor : public QWidget
{
    Q_OBJECT
public:
    AlertChannelsEditor(Engine& engine, QString actor, QWidget* parent = nullptr);

    // The channel and secrets the form describes now.
    AlertChannel channelFromForm() const;
    ChannelSecrets secretsFromForm() const;
    QString status() const;

    QCoro::Task<> save();
    QCoro::Task<> removeSelected();
    QCoro::Task<> sendTest();

Q_SIGNALS:
    void testFinished(bool sent, const QString& message);
    void channelsChanged();

private:
    void reloadList();
    void showChannel(const AlertChannel& channel);
    void showTypeFields();
    void setStatus(const QString& text, bool problem);

    Engine& m_engine;
    QString m_actor;
    QListWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_type;
    QWidget* m_webhookFields;
    QLineEdit* m_url;
    QComboBox* m_format;
    QWidget* m_emailFields;
    QLineEdit* m_smtpHost;
    QSpinBox* m_smtpPort;
    QCheckBox* m_startTls;
    QLineEdit* m_smtpUser;
    QLineEdit* m_password;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QLineEdit* m_kinds;
    QLineEdit* m_models;
    QPushButton* m_save;
    QPushButton* m_remove;
    QPushButton* m_test;
    QLabel* m_status;
};

} // namespace retrainer
