// The audit trail on a real store (SQLite and PostgreSQL): recorded with actor, action, model and details, read newest
// first, filtered by model, limited, and kept across reopening the store.
#include "audit_log.h"
#include "error.h"
#include "store_backends.h"
#include <QTemporaryDir>
#include <QTest>

using namespace retrainer;
using json = nlohmann::json;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StoreLocations m_locations{m_dir};

private Q_SLOTS:
    void cleanup() { m_locations.clear(); }

    void recordsAndListsNewestFirst_data() { addBackends(); }
    void recordsAndListsNewestFirst()
    {
        const QString path = FRESH_STORE(m_locations, "audit");
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        {
            Store store(path);
            AuditLog audit(store);
            audit.record(QStringLiteral("alice"), QStringLiteral("train"), QStringLiteral("clinic"), {{"run", 7}});
            audit.record(QStringLiteral("bob"), QStringLiteral("rollback"), QStringLiteral("delay"), {{"from", 3}, {"to", 2}});
            audit.record(QStringLiteral("ci-token"), QStringLiteral("token-create"), QString(), {{"name", "ci"}});
            audit.record(QStringLiteral("alice"), QStringLiteral("approve"), QStringLiteral("clinic"), {{"version", 4}});
        }
        Store reopened(path);
        AuditLog audit(reopened);
        const auto all = audit.entries();
        QCOMPARE(int(all.size()), 4);
        QCOMPARE(all[0].action, QStringLiteral("approve"));
        QCOMPARE(all[3].action, QStringLiteral("train"));
        for (size_t i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].id > all[i].id);
        QVERIFY(all[0].time >= before && all[0].time <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(all[1].model, QString());
        QCOMPARE(all[1].detail["name"].get<std::string>(), std::string("ci"));

        const auto clinic = audit.entries(QStringLiteral("clinic"));
        QCOMPARE(int(clinic.size()), 2);
        QCOMPARE(clinic[0].actor, QStringLiteral("alice"));
        QCOMPARE(clinic[0].detail["version"].get<int>(), 4);
        QCOMPARE(clinic[1].detail["run"].get<int>(), 7);

        const auto limited = audit.entries(QString(), 2);
        QCOMPARE(int(limited.size()), 2);
        QCOMPARE(limited[1].action, QStringLiteral("token-create"));

        const json j = clinic[0].toJson();
        QCOMPARE(j["actor"].get<std::string>(), std::string("alice"));
        QCOMPARE(j["action"].get<std::string>(), std::string("approve"));
        QCOMPARE(j["model"].get<std::string>(), std::string("clinic"));
        QCOMPARE(j["detail"]["version"].get<int>(), 4);
        QVERIFY(j["time"].get<std::string>().find('T') != std::string::npos);
        QVERIFY(all[1].toJson()["model"].is_null());
    }

    void emptyActorOrActionIsRefused_data() { addBackends(); }
    void emptyActorOrActionIsRefused()
    {
        const QString location = FRESH_STORE(m_locations, "refused");
        Store store(location);
        AuditLog audit(store);
        QVERIFY_THROWS_EXCEPTION(Error, audit.record(QString(), QStringLiteral("train"), QStringLiteral("m")));
        QVERIFY_THROWS_EXCEPTION(Error, audit.record(QStringLiteral("alice"), QString(), QStringLiteral("m")));
        QVERIFY(audit.entries().empty());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
