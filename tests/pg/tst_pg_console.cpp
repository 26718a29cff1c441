// The console on a PostgreSQL store: Preferences shows the store's address (read-only), and a model card
// names the instance (user, host) that holds the model's training lock elsewhere. The other instance is a
// real second PostgreSQL session holding the lock under a Retrainer session name. Offscreen widgets.
#include "engine_fixture.h"
#include "model_card.h"
#include "model_snapshot.h"
#include "pg_test_database.h"
#include "preferences_dialog.h"
#include "sql_dialect.h"
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

    void cleanupTestCase() { m_workspace.reset(); }
};

QTEST_MAIN(TestPgConsole)
#include "tst_pg_console.moc"
