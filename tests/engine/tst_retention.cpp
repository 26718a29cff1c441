// Retention on a real workspace: 13 versions in a real registry (artifact files, SQLite records); pruning
// keeps the newest N, never the active one or one awaiting approval, deletes record and file, audits each
// deletion; the pipeline prunes after a promotion.
#include "audit_log.h"
#include "engine_fixture.h"
#include "registry.h"
#include "retention.h"
#include "training_pipeline.h"

using namespace retrainer;

class TestRetention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void init() { test::recreateWorkspace(m_dir, m_ws); }

    void keepsTheNewestButNeverActiveOrPending()
    {
        Registry& registry = m_ws->registry();
        for (int i = 1; i <= 13; ++i)
            registry.addVersion(QStringLiteral("m"), QByteArray(100 + i, char('a' + i)), {{"n", i}});
        registry.activate(QStringLiteral("m"), 2);                                  // old, but in service
        registry.setApproval(QStringLiteral("m"), 1, {{"state", "pending"}});       // old, but awaiting approval
        const QString fileOf3 = registry.modelsDir() + QLatin1Char('/') + registry.version(QStringLiteral("m"), 3)->file;
        QVERIFY(QFile::exists(fileOf3));
        AuditLog audit(m_ws->store());
        const auto pruned = pruneVersions(registry, audit, QStringLiteral("m"), 10, QStringLiteral("alice"));
        QCOMPARE(pruned.size(), size_t(1)); // 13 - 10 newest = v1..v3: v1 pending, v2 active, v3 deleted
        QCOMPARE(pruned[0].version, 3);
        QCOMPARE(pruned[0].size, qint64(103));
        QVERIFY(!registry.version(QStringLiteral("m"), 3));
        QVERIFY(!QFile::exists(fileOf3));
        QCOMPARE(registry.versions(QStringLiteral("m")).size(), size_t(12));
        QCOMPARE(registry.active(QStringLiteral("m"))->version, 2);
        const auto entry = audit.entries(QStringLiteral("m"), 1).front();
        QCOMPARE(entry.action, QStringLiteral("delete_version"));
        QCOMPARE(entry.actor, QStringLiteral("alice"));
        QCOMPARE(entry.detail["version"].get<int>(), 3);
        QVERIFY(entry.detail.contains("sha256"));
        QVERIFY_THROWS_EXCEPTION(Error, registry.removeVersion(QStringLiteral("m"), 2)); // active
        QVERIFY_THROWS_EXCEPTION(Error, registry.removeVersion(QStringLiteral("m"), 1)); // pending
        QVERIFY(pruneVersions(registry, audit, QStringLiteral("m"), 10, QStringLiteral("alice")).empty());
        // The next version number continues after the deleted ones.
        QCOMPARE(registry.addVersion(QStringLiteral("m"), QByteArray("x"), {}).version, 14);
    }

    // A pinned version is never pruned nor deleted; pinning and unpinning are audited and recorded as events;
    // disk use is the sum of the model's version files.
    void pinnedVersionsAreKept()
    {
        Registry& registry = m_ws->registry();
        const QString m = QStringLiteral("m");
        qint64 total = 0;
        for (int i = 1; i <= 6; ++i) {
            registry.addVersion(m, QByteArray(1000 * i, char('a' + i)), {{"n", i}});
            total += 1000 * i;
        }
        registry.addVersion(QStringLiteral("other"), QByteArray(777, 'z'), {});
        registry.activate(m, 6);
        QCOMPARE(registry.diskUse(m), total);
        QCOMPARE(registry.diskUse(QStringLiteral("other")), qint64(777));
        QCOMPARE(registry.diskUse(QStringLiteral("nobody")), qint64(0));
        AuditLog audit(m_ws->store());
        pinVersion(registry, audit, m, 2, true, QStringLiteral("alice"));
        QVERIFY(registry.version(m, 2)->pinned);
        QVERIFY(!registry.version(m, 3)->pinned);
        QVERIFY(registry.version(m, 2)->toJson()["pinned"].get<bool>());
        const auto pinEntry = audit.entries(m, 1).front();
        QCOMPARE(pinEntry.action, QStringLiteral("pin_version"));
        QCOMPARE(pinEntry.actor, QStringLiteral("alice"));
        QCOMPARE(pinEntry.detail["version"].get<int>(), 2);
        QVERIFY_THROWS_EXCEPTION(Error, registry.removeVersion(m, 2));
        QVERIFY_THROWS_EXCEPTION(Error, pinVersion(registry, audit, m, 99, true, QStringLiteral("alice")));

        const auto pruned = pruneVersions(registry, audit, m, 2, QStringLiteral("retrainer")); // keep v6, v5
        std::vector<int> gone;
        for (const auto& p : pruned)
            gone.push_back(p.version);
        QCOMPARE(gone, (std::vector<int>{1, 3, 4}));
        QVERIFY(registry.version(m, 2));
        QCOMPARE(registry.diskUse(m), qint64(2000 + 5000 + 6000));

        pinVersion(registry, audit, m, 2, false, QStringLiteral("bob"));
        QCOMPARE(audit.entries(m, 1).front().action, QStringLiteral("unpin_version"));
        QCOMPARE(pruneVersions(registry, audit, m, 2, QStringLiteral("retrainer")).size(), size_t(1));
        QVERIFY(!registry.version(m, 2));
        QCOMPARE(registry.diskUse(m), qint64(5000 + 6000));
    }

    void pipelinePrunesAfterPromotion()
    {
        auto model = test::csvModel(QStringLiteral("prices"), QStringLiteral("data.csv"));
        model.keepVersions = 2;
        model.gate.minimumImprovement = -1.0;
        TrainingPipeline pipeline(m_ws->store(), m_ws->registry(), m_ws->directory());
        for (int rows = 100; rows <= 160; rows += 20) { // 4 promotions on growing data
            QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(rows)));
            RunRequest request;
            request.model = model.name;
            const qint64 id = m_ws->store().createRun(model.name, request.trigger, false);
            QCOMPARE(toString(pipeline.execute(id, model, request, CancelToken()).state), QStringLiteral("promoted"));
        }
        const auto versions = m_ws->registry().versions(model.name);
        QCOMPARE(versions.size(), size_t(2));
        QCOMPARE(versions[0].version, 4);
        QCOMPARE(versions[1].version, 3);
        QCOMPARE(AuditLog(m_ws->store()).entries(model.name, 1).front().actor, QStringLiteral("retrainer"));
        QCOMPARE(ModelConfig::fromJson(model.toJson()).keepVersions, 2);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
