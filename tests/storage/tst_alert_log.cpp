// Alerts and state documents in a real store, and the migration that added them (schema 1 -> 2).
#include "alert_log.h"
#include "error.h"
#include "store_backends.h"
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace retrainer;

class TestAlertLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StoreLocations m_locations{m_dir};

private Q_SLOTS:
    void cleanup() { m_locations.clear(); }

    void raiseListAcknowledge_data() { addBackends(); }
    void raiseListAcknowledge()
    {
        const QString location = FRESH_STORE(m_locations, "a");
        Store store(location);
        AlertLog log(store);
        const qint64 first = log.raise(QStringLiteral("clinic"), QStringLiteral("critical"), QStringLiteral("run-failed"),
                                       QStringLiteral("run 4 failed: the source is missing"));
        log.raise(QStringLiteral("delay"), QStringLiteral("warning"), QStringLiteral("slow-run"), QStringLiteral("slow"));
        QCOMPARE(log.alerts().size(), size_t(2));
        QCOMPARE(log.alerts(QStringLiteral("clinic")).size(), size_t(1));
        QCOMPARE(log.alerts().front().model, QStringLiteral("delay")); // newest first
        const AlertRecord acked = log.acknowledge(first, QStringLiteral("ana"));
        QVERIFY(!acked.isOpen());
        QCOMPARE(acked.acknowledgedBy, QStringLiteral("ana"));
        QCOMPARE(log.alerts({}, true).size(), size_t(1));
        // A second acknowledgement keeps the first.
        QCOMPARE(log.acknowledge(first, QStringLiteral("ben")).acknowledgedBy, QStringLiteral("ana"));
        QVERIFY_THROWS_EXCEPTION(Error, log.acknowledge(999, QStringLiteral("ana")));
        const auto json = acked.toJson();
        QCOMPARE(json["kind"].get<std::string>(), std::string("run-failed"));
        QVERIFY(json["acknowledged_at"].is_string());
    }

    void stateDocumentsSurviveReopening_data() { addBackends(); }
    void stateDocumentsSurviveReopening()
    {
        const QString path = FRESH_STORE(m_locations, "s");
        {
            Store store(path);
            StateDocuments state(store);
            QVERIFY(state.load(QStringLiteral("scheduler")).is_null());
            state.save(QStringLiteral("scheduler"), {{"cooldown_until", "2026-11-23T08:00:00Z"}, {"retries", 2}});
            state.save(QStringLiteral("scheduler"), {{"cooldown_until", "2026-11-23T09:00:00Z"}, {"retries", 3}});
        }
        Store again(path);
        const auto value = StateDocuments(again).load(QStringLiteral("scheduler"));
        QCOMPARE(value["retries"].get<int>(), 3);
        QCOMPARE(value["cooldown_until"].get<std::string>(), std::string("2026-11-23T09:00:00Z"));
    }

    void schemaOneIsMigrated_data() { addBackends(); }
    void schemaOneIsMigrated()
    {
        const QString path = FRESH_STORE(m_locations, "old");
        { Store create(path); }
        // Turn the store back into a schema-1 store: no tables or columns of steps 2 to 9, schema version 1.
        const QString problem = StoreLocations::exec(path, {
            QStringLiteral("DROP TABLE alerts"), QStringLiteral("DROP TABLE state"), QStringLiteral("DROP TABLE audit"),
            QStringLiteral("DROP TABLE tokens"), QStringLiteral("DROP TABLE alert_deliveries"), QStringLiteral("DROP TABLE artifacts"), QStringLiteral("DROP TABLE trigger_claims"),
            QStringLiteral("DROP TABLE model_settings"), QStringLiteral("DROP TABLE alert_channels"),
            QStringLiteral("ALTER TABLE versions DROP COLUMN approval"), QStringLiteral("ALTER TABLE runs DROP COLUMN hygiene"),
            QStringLiteral("ALTER TABLE versions DROP COLUMN pinned"), QStringLiteral("ALTER TABLE runs DROP COLUMN peak_memory_bytes"),
            StoreLocations::postgres() ? QStringLiteral("UPDATE retrainer_schema SET version = 1")
                                       : QStringLiteral("PRAGMA user_version = 1")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Store migrated(path);
        QCOMPARE(migrated.schemaVersion(), Store::latestSchemaVersion());
        QVERIFY(AlertLog(migrated).raise(QStringLiteral("m"), QStringLiteral("warning"), QStringLiteral("k"), QStringLiteral("t")) > 0);
        QSqlQuery pinned(migrated.connection());
        QVERIFY(pinned.exec(QStringLiteral("SELECT pinned FROM versions"))); // step 4 added the column
        QSqlQuery peak(migrated.connection());
        QVERIFY(peak.exec(QStringLiteral("SELECT peak_memory_bytes FROM runs"))); // and step 8 this one
        QSqlQuery shared(migrated.connection());
        QVERIFY(shared.exec(QStringLiteral("SELECT name, settings, changed_by FROM model_settings"))); // step 9 this table
    }
};

QTEST_GUILESS_MAIN(TestAlertLog)
#include "tst_alert_log.moc"
