// The Preferences channel editor over a real engine and workspace, with a real HTTP receiver on 127.0.0.1
// (offscreen): Send test alert before and after saving, Save keeping the address out of workspace.json,
// a receiver's error shown beside the button, Remove; and the alert details listing deliveries.
#include "alert_channels_editor.h"
#include "alert_details.h"
#include "clock.h"
#include "engine.h"
#include "preferences_dialog.h"
#include "../alerts/webhook_receiver.h"
#include "workspace.h"
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace retrainer;
using namespace retrainer::test;

class TstAlertChannelsEditor : public QObject
{
    Q_OBJECT

    template <class T>
    static T* find(const QWidget& root, const char* name)
    {
        return root.findChild<T*>(QLatin1String(name));
    }

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void editSaveTestRemove()
    {
        QTemporaryDir dir;
        auto ws = Workspace::create(dir.path());
        SystemClock clock;
        Engine engine(*ws, clock);
        WebhookReceiver receiver({200, 200, 500});
        PreferencesDialog dialog(AppPreferences{}, nullptr, &engine, QStringLiteral("nurse"));
        dialog.show();
        AlertChannelsEditor* editor = dialog.alertChannels();
        QVERIFY(editor);
        auto* name = find<QLineEdit>(dialog, "channelName");
        auto* url = find<QLineEdit>(dialog, "webhookUrl");
        auto* list = find<QListWidget>(dialog, "alertChannelList");
        auto* status = find<QLabel>(dialog, "channelStatus");
        auto* test = find<QPushButton>(dialog, "sendTestAlert");
        QVERIFY(name && url && list && status && test);
        QVERIFY(url->isVisible());
        QVERIFY(!find<QLineEdit>(dialog, "smtpHost")->isVisible());

        // A test straight from the form, before saving.
        type(name, QStringLiteral("front-desk"));
        type(url, receiver.url());
        QSignalSpy tested(editor, &AlertChannelsEditor::testFinished);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QCOMPARE(tested.first().at(0).toBool(), true);
        QCOMPARE(receiver.bodies().size(), 1);
        QVERIFY(receiver.bodies().first().contains("channel 'front-desk' reaches you"));
        QVERIFY(status->text().contains(QStringLiteral("Test alert sent")));
        QCOMPARE(ws->alertChannels().size(), size_t(0)); // testing saves nothing

        QSignalSpy changed(editor, &AlertChannelsEditor::channelsChanged);
        QTest::mouseClick(find<QPushButton>(dialog, "saveChannel"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QCOMPARE(ws->alertChannels().size(), size_t(1));
        QCOMPARE(ws->alertChannels().front().name, QStringLiteral("front-desk"));
        QCOMPARE(list->count(), 1);
        QVERIFY(url->text().isEmpty()); // the secret is not left on screen
        QFile config(ws->configPath());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(!config.readAll().contains("secret-token"));
        QCOMPARE(SecretFile(ws->secretsPath()).load(QStringLiteral("front-desk")).url, receiver.url());

        // Chosen from the list, the saved address is used; the receiver's 500 shows beside the button.
        list->setCurrentRow(0);
        QCOMPARE(name->text(), QStringLiteral("front-desk"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 20000);
        QCOMPARE(tested.at(1).at(0).toBool(), true);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 3, 20000);
        QCOMPARE(tested.at(2).at(0).toBool(), false);
        QVERIFY2(status->text().contains(QStringLiteral("HTTP 500")), qPrintable(status->text()));
        QCOMPARE(receiver.bodies().size(), 3);

        // A bad form is refused with the reason, nothing sent.
        type(name, QStringLiteral("bad name"));
        QTest::mouseClick(test, Qt::LeftButton);
        QCOMPARE(tested.size(), 4);
        QVERIFY(status->text().contains(QStringLiteral("a channel name uses")));
        QCOMPARE(receiver.bodies().size(), 3);

        list->setCurrentRow(0);
        QTest::mouseClick(find<QPushButton>(dialog, "removeChannel"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
        QCOMPARE(ws->alertChannels().size(), size_t(0));
        QCOMPARE(list->count(), 0);
        QVERIFY(SecretFile(ws->secretsPath()).load(QStringLiteral("front-desk")).url.isEmpty());
    }

    void emailFieldsFollowTheType()
    {
        QTemporaryDir dir;
        auto ws = Workspace::create(dir.path());
        SystemClock clock;
        Engine engine(*ws, clock);
        PreferencesDialog dialog(AppPreferences{}, nullptr, &engine, QStringLiteral("nurse"));
        dialog.show();
        auto* kind = find<QComboBox>(dialog, "channelType");
        kind->setCurrentIndex(1);
        QVERIFY(find<QLineEdit>(dialog, "smtpHost")->isVisible());
        QVERIFY(!find<QLineEdit>(dialog, "webhookUrl")->isVisible());
        type(find<QLineEdit>(dialog, "channelName"), QStringLiteral("mail"));
        type(find<QLineEdit>(dialog, "smtpHost"), QStringLiteral("smtp.example.org"));
        type(find<QLineEdit>(dialog, "emailFrom"), QStringLiteral("r@example.org"));
        type(find<QLineEdit>(dialog, "emailTo"), QStringLiteral("a@example.org, b@example.org"));
        type(find<QLineEdit>(dialog, "smtpPassword"), QStringLiteral("pw"));
        const AlertChannel c = dialog.alertChannels()->channelFromForm();
        QVERIFY(c.type == AlertChannel::Type::Email);
        QCOMPARE(c.to, (QStringList{QStringLiteral("a@example.org"), QStringLiteral("b@example.org")}));
        QCOMPARE(c.problem(), QString());
        QCOMPARE(dialog.alertChannels()->secretsFromForm().password, QStringLiteral("pw"));
    }

    void detailsListDeliveries()
    {
        AlertRecord alert;
        alert.id = 3;
        alert.model = QStringLiteral("clinic");
        alert.severity = QStringLiteral("critical");
        alert.text = QStringLiteral("Training failed.");
        DeliveryRecord sent{1, 3, QStringLiteral("front-desk"), QStringLiteral("sent"), 2, QStringLiteral("HTTP 500"), {}};
        DeliveryRecord failed{2, 3, QStringLiteral("mail"), QStringLiteral("failed"), 4, QStringLiteral("login refused"), {}};
        const QString text = alertDetailsText(alert, {sent, failed});
        QVERIFY2(text.contains(QStringLiteral("front-desk: delivered (2 attempt(s)).")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("mail: not delivered after 4 attempt(s). Last problem: login refused")), qPrintable(text));
        QVERIFY(!alertDetailsText(alert).contains(QStringLiteral("Sent to other channels")));
    }
};

QTEST_MAIN(TstAlertChannelsEditor)
#include "tst_alert_channels_editor.moc"
