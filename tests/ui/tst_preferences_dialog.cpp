// PreferencesDialog and AppPreferences: a round trip through QSettings, and the API port validation.
#include "app_preferences.h"
#include "field_error_label.h"
#include "preferences_dialog.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace retrainer;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    template<typename T>
    static T* child(const QWidget& dialog, int index = 0)
    {
        const auto all = dialog.findChildren<T*>();
        return index < all.size() ? all.at(index) : nullptr;
    }

    static QPushButton* okButton(const PreferencesDialog& dialog)
    {
        return child<QDialogButtonBox>(dialog)->button(QDialogButtonBox::Ok);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("RetrainerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences_dialog"));
    }

    void init() { QSettings().clear(); }

    void defaultsWhenNothingIsStored()
    {
        const AppPreferences loaded = AppPreferences::load();
        QVERIFY(loaded == AppPreferences{});
        QCOMPARE(loaded.apiPort, 8765);
        QVERIFY(loaded.language.isEmpty());
    }

    void roundTripThroughSettings()
    {
        AppPreferences preferences;
        preferences.startMinimised = true;
        preferences.startAtLogin = true;
        preferences.language = QStringLiteral("hi");
        preferences.apiEnabled = true;
        preferences.apiPort = 9100;
        preferences.save();
        QVERIFY(QFile::exists(QSettings().fileName()));
        QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));

        const AppPreferences loaded = AppPreferences::load();
        QVERIFY(loaded == preferences);
        QCOMPARE(loaded.language, QStringLiteral("hi"));
        QCOMPARE(loaded.apiPort, 9100);
    }

    void badStoredValuesKeepTheirDefaults()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("api/port"), 80);
        settings.setValue(QStringLiteral("console/language"), QStringLiteral("xx"));
        settings.sync();
        const AppPreferences loaded = AppPreferences::load();
        QCOMPARE(loaded.apiPort, 8765);
        QVERIFY(loaded.language.isEmpty());
    }

    void dialogShowsAndReturnsTheEditedPreferences()
    {
        AppPreferences initial;
        initial.language = QStringLiteral("es");
        initial.apiEnabled = true;
        initial.apiPort = 9000;
        PreferencesDialog dialog(initial);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto* language = child<QComboBox>(dialog);
        QCOMPARE(language->currentData().toString(), QStringLiteral("es"));
        auto* port = child<QLineEdit>(dialog);
        QCOMPARE(port->text(), QStringLiteral("9000"));
        QVERIFY(okButton(dialog)->isEnabled());

        // Edit through the widgets the way a user would.
        auto* startMinimised = child<QCheckBox>(dialog, 0);
        QTest::mouseClick(startMinimised, Qt::LeftButton, {}, QPoint(4, startMinimised->height() / 2));
        QVERIFY(startMinimised->isChecked());
        language->setCurrentIndex(language->findData(QStringLiteral("hi")));
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("12345"));

        const AppPreferences edited = dialog.preferences();
        QVERIFY(edited.startMinimised);
        QVERIFY(!edited.startAtLogin);
        QCOMPARE(edited.language, QStringLiteral("hi"));
        QCOMPARE(edited.apiPort, 12345);

        edited.save();
        QVERIFY(AppPreferences::load() == edited);
    }

    void portIsValidated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("lowest") << QStringLiteral("1024") << true;
        QTest::newRow("highest") << QStringLiteral("65535") << true;
        QTest::newRow("privileged") << QStringLiteral("1023") << false;
        QTest::newRow("too high") << QStringLiteral("65536") << false;
        QTest::newRow("zero") << QStringLiteral("0") << false;
        QTest::newRow("text") << QStringLiteral("http") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("fraction") << QStringLiteral("8080.5") << false;
    }

    void portIsValidated()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        AppPreferences initial;
        initial.apiEnabled = true;
        PreferencesDialog dialog(initial);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* port = child<QLineEdit>(dialog);
        auto* error = child<FieldErrorLabel>(dialog);
        QVERIFY(error->isHidden());

        port->setText(text);
        QCOMPARE(error->isVisible(), !valid);
        QCOMPARE(okButton(dialog)->isEnabled(), valid);
        QCOMPARE(dialog.portError().isEmpty(), valid);
        // An invalid port never leaves the dialog: the initial one is kept.
        QCOMPARE(dialog.preferences().apiPort, valid ? text.toInt() : initial.apiPort);

        if (!valid) {
            // Switching the API off makes the port irrelevant: it may be saved again.
            child<QCheckBox>(dialog, 2)->setChecked(false);
            QVERIFY(error->isHidden());
            QVERIFY(okButton(dialog)->isEnabled());
            QVERIFY(!dialog.preferences().apiEnabled);
        }
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferences_dialog.moc"
