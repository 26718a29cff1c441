// The console on a PostgreSQL store: Preferences shows the store's address (read-only), a model card names
// the instance (user, host) that holds the model's training lock elsewhere, and settings saved on another
// machine show on the model's page without a restart. The other instance is a real second PostgreSQL session
// holding the lock under a Retrainer session name, or the real retrainerd on a workspace folder of its own.
// Offscreen widgets.
#include "engine_fixture.h"
#include "console_engine.h"
#include "model_card.h"
#include "model_page.h"
#include "model_settings_page.h"
#include "model_snapshot.h"
#include "pg_test_database.h"
#include "preferences_dialog.h"
#include "sql_dialect.h"
#include "validated_field.h"
#include <QCoroTask>
#include <QElapsedTimer>
#include <QProcess>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>

using namespace retrainer;

class TestPgConsole : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PgTestDatabase m_database;
    std::unique_ptr<Workspace> m_workspace;
    SystemClock m_clock;

    static QString shownText(const QWidget& widget)
    {
        QStringList texts;
        for (const QLabel* label : widget.findChildren<QLabel*>())
            texts << label->text();
        return texts.join(QLatin1Char('|'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_database.error().isEmpty(), qPrintable(m_database.error()));
        m_workspace = Workspace::create(m_dir.filePath(QStringLiteral("ws")), m_database.url());
        QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("data.csv")), test::regressionCsv(50)));
        m_workspace->updateModel(test::csvModel(QStringLiteral("waiting"), m_dir.filePath(QStringLiteral("data.csv"))));
    }

    void preferencesShowTheSharedStore()
    {
        Engine engine(*m_workspace, m_clock);
        PreferencesDialog dialog(AppPreferences{}, nullptr, &engine, QStringLiteral("nurse"));
        auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("storeAddress"));
        QVERIFY(address);
        QCOMPARE(address->text(), m_database.url());
        QVERIFY(address->isReadOnly());
        QVERIFY(!address->text().contains(QLatin1Char(':') + QStringLiteral("secret")));
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("storeNote"));
        QVERIFY(note && note->text().contains(QStringLiteral("PostgreSQL")));
    }

    void cardNamesTheInstanceTrainingElsewhere()
    {
        const ModelConfig config = *m_workspace->model(QStringLiteral("waiting"));
        ModelCard card;
        card.setSnapshot(loadModelSnapshot(*m_workspace, config), ModelHealth::NoVersion, {}, {});
        QVERIFY(!shownText(card).contains(QStringLiteral("site-b")));
        QVERIFY(card.trainButton()->isEnabled());

        // The other instance: its own session, named as Retrainer names its sessions, holding the lock.
        const QString name = QStringLiteral("other-instance");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            PostgresUrl::parse(m_database.url()).applyTo(other, QStringLiteral("retrainer:anna@site-b:4121"));
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1, hashtext('waiting'))").arg(sql::kModelLockSpace)));
            const ModelSnapshot held = loadModelSnapshot(*m_workspace, config);
            QVERIFY(held.trainingElsewhere);
            QCOMPARE(held.trainingElsewhere->host, QStringLiteral("site-b"));
            card.setSnapshot(held, ModelHealth::NoVersion, {}, {});
            const QString shown = shownText(card);
            QVERIFY2(shown.contains(QStringLiteral("Training on site-b (user anna)")), qPrintable(shown));
            QVERIFY(!card.trainButton()->isEnabled()); // it would only be refused
            other.close();
        }
        QSqlDatabase::removeDatabase(name);

        // Its session ended: the card says nothing more about it (the server drops the lock a moment later).
        QTRY_VERIFY_WITH_TIMEOUT(!loadModelSnapshot(*m_workspace, config).trainingElsewhere, 5000);
        card.setSnapshot(loadModelSnapshot(*m_workspace, config), ModelHealth::NoVersion, {}, {});
        QVERIFY(!shownText(card).contains(QStringLiteral("site-b")));
        QVERIFY(card.trainButton()->isEnabled());
    }

    // Another machine changes the threshold (its own workspace folder on the same store, the real command
    // line): the settings tab open here shows the new value within a second, with no restart.
    void settingsChangedOnAnotherMachineShowWithoutRestart()
    {
        Engine engine(*m_workspace, m_clock);
        ConsoleEngine console(engine);
        QCoro::waitFor(console.start());
        ModelPage page(console);
        page.setModel(QStringLiteral("waiting"));
        auto* threshold = page.findChild<ValidatedField*>(QStringLiteral("thresholdField"));
        QVERIFY(threshold);
        const double before = m_workspace->model(QStringLiteral("waiting"))->triggers.performance.threshold;
        QCOMPARE(threshold->text(), QLocale().toString(before, 'g', 6));
        QVERIFY(before != 0.55);

        const QString other = m_dir.filePath(QStringLiteral("site-a"));
        auto retrainer = [&](const QStringList& args) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral(RETRAINER_BINARY), QStringList{QStringLiteral("--workspace"), other} + args);
            p.waitForFinished(60000);
            return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAll()) + QStringLiteral("(failed)");
        };
        QString failed = retrainer({QStringLiteral("init"), QStringLiteral("--store"), m_database.url()});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = retrainer({QStringLiteral("trigger"), QStringLiteral("waiting"), QStringLiteral("performance"),
                            QStringLiteral("--threshold"), QStringLiteral("0.55")});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(threshold->text(), QLocale().toString(0.55, 'g', 6), 1000);
        qInfo("the other machine's threshold shown here %lld ms after its command ended", static_cast<long long>(clock.elapsed()));
        QCOMPARE(m_workspace->model(QStringLiteral("waiting"))->triggers.performance.threshold, 0.55);
        QVERIFY(!page.settings()->isModified());

        // Someone editing here keeps the edit: a change from elsewhere does not overwrite the form.
        threshold->setText(QLocale().toString(0.61, 'g', 6));
        QVERIFY(page.settings()->isModified());
        failed = retrainer({QStringLiteral("trigger"), QStringLiteral("waiting"), QStringLiteral("performance"),
                            QStringLiteral("--threshold"), QStringLiteral("0.5")});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QTRY_COMPARE_WITH_TIMEOUT(m_workspace->model(QStringLiteral("waiting"))->triggers.performance.threshold, 0.5, 1000);
        QTest::qWait(100);
        QCOMPARE(threshold->text(), QLocale().toString(0.61, 'g', 6));
    }

    void cleanupTestCase() { m_workspace.reset(); }
};

QTEST_MAIN(TestPgConsole)
#include "tst_pg_console.moc"
