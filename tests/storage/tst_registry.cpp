#include "error.h"
#include "storage_test_support.h"
#include "registry.h"
#include "store.h"
#include "store_backends.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

using namespace retrainer;
using json = nlohmann::json;


namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray artifact(int n)
{
    return QByteArray("RTM1 model bytes #") + QByteArray::number(n) + QByteArray(100 + n, char('a' + n % 26));
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_locations = std::make_unique<StoreLocations>(*m_dir);
        const QString location = FRESH_STORE(*m_locations, "retrainer");
        m_store = std::make_unique<Store>(location);
        m_registry = std::make_unique<Registry>(*m_store, m_dir->filePath(QStringLiteral("models")));
    }

    void cleanup()
    {
        m_registry.reset();
        m_store.reset();
        m_locations.reset();
        m_dir.reset();
    }

    void versionsAreNumberedAndChecksummed_data() { addBackends(); }
    void versionsAreNumberedAndChecksummed()
    {
        const QString clinic = QStringLiteral("clinic");
        for (int n = 1; n <= 3; ++n) {
            const json meta = {{"algorithm", "random_forest"}, {"metrics", {{"accuracy", 0.8 + n / 100.0}}}};
            const ModelVersion v = m_registry->addVersion(clinic, artifact(n), meta);
            QCOMPARE(v.version, n);
            QCOMPARE(v.model, clinic);
            QCOMPARE(v.file, m_store->keepsArtifacts() ? QString() : QStringLiteral("clinic/v%1.rtm").arg(n));
            QVERIFY(!v.active);
            QCOMPARE(stored(clinic, n), artifact(n));
            QCOMPARE(v.sha256, QString::fromLatin1(QCryptographicHash::hash(stored(clinic, n), QCryptographicHash::Sha256).toHex()));
            QCOMPARE(v.size, qint64(artifact(n).size()));
        }
        // Another model counts on its own.
        QCOMPARE(m_registry->addVersion(QStringLiteral("churn"), artifact(9), json::object()).version, 1);

        const auto versions = m_registry->versions(clinic);
        QCOMPARE(versions.size(), size_t(3));
        QCOMPARE(versions[0].version, 3);
        QCOMPARE(versions[2].version, 1);
        QVERIFY(!m_registry->active(clinic));

        const auto second = m_registry->version(clinic, 2);
        QVERIFY(second);
        QCOMPARE(second->sha256, QString::fromLatin1(QCryptographicHash::hash(artifact(2), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(second->created.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(second->created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(second->metadata.at("algorithm").get<std::string>(), std::string("random_forest"));
        QVERIFY(!m_registry->version(clinic, 4));

        const json j = second->toJson();
        QCOMPARE(j.at("model").get<std::string>(), std::string("clinic"));
        QCOMPARE(j.at("version").get<int>(), 2);
        QCOMPARE(j.at("active").get<bool>(), false);
        QCOMPARE(j.at("file").get<std::string>(), m_store->keepsArtifacts() ? std::string() : std::string("clinic/v2.rtm"));
        QCOMPARE(j.at("size").get<qint64>(), qint64(artifact(2).size()));
        QCOMPARE(j.at("metrics").at("accuracy").get<double>(), 0.82);
        QCOMPARE(j.at("metadata").at("algorithm").get<std::string>(), std::string("random_forest"));
        QVERIFY(j.at("created").get<std::string>().ends_with("Z"));
        JSON_COMPARE(m_registry->version(QStringLiteral("churn"), 1)->toJson().at("metrics"), json::object());

        // Only the committed artifacts: no temporary files left behind (and no files at all beside a PostgreSQL store).
        if (m_store->keepsArtifacts()) {
            QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("models/clinic"))));
            return;
        }
        const QStringList entries = QDir(m_dir->filePath(QStringLiteral("models/clinic")))
                                        .entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
        QCOMPARE(entries, QStringList({QStringLiteral("v1.rtm"), QStringLiteral("v2.rtm"), QStringLiteral("v3.rtm")}));
    }

    void activateSwitches_data() { addBackends(); }
    void activateSwitches()
    {
        const QString clinic = QStringLiteral("clinic");
        m_registry->addVersion(clinic, artifact(1), json::object());
        m_registry->addVersion(clinic, artifact(2), json::object());
        m_registry->activate(clinic, 1);
        QCOMPARE(m_registry->active(clinic)->version, 1);
        QVERIFY(m_registry->active(clinic)->active);
        m_registry->activate(clinic, 2);
        QCOMPARE(m_registry->active(clinic)->version, 2);
        QVERIFY(m_registry->version(clinic, 2)->active);
        QVERIFY(!m_registry->version(clinic, 1)->active);
        int activeCount = 0;
        for (const auto& v : m_registry->versions(clinic))
            activeCount += v.active;
        QCOMPARE(activeCount, 1);

        const QString message = errorOf([&] { m_registry->activate(clinic, 7); });
        QVERIFY2(message.contains(QStringLiteral("no version 7")), qPrintable(message));
        QCOMPARE(m_registry->active(clinic)->version, 2);
        QVERIFY(!m_registry->active(QStringLiteral("churn")));
    }

    void tamperedArtifactIsRefused_data() { addBackends(); }
    void tamperedArtifactIsRefused()
    {
        const QString clinic = QStringLiteral("clinic");
        m_registry->addVersion(clinic, artifact(1), json::object());
        m_registry->addVersion(clinic, artifact(2), json::object());
        m_registry->activate(clinic, 2);
        QCOMPARE(m_registry->loadVerified(clinic, 1), artifact(1));
        QVERIFY(m_registry->verify(clinic, 1).isEmpty());

        const QString path = where(clinic, 1);
        QByteArray bytes = stored(clinic, 1);
        bytes[10] = char(bytes[10] ^ 0x01);
        QVERIFY(overwrite(clinic, 1, bytes));
        const QString message = errorOf([&] { m_registry->loadVerified(clinic, 1); });
        QVERIFY2(message.startsWith(QStringLiteral("checksum mismatch for model 'clinic' version 1 (%1): expected %2, found %3")
                                        .arg(path, m_registry->version(clinic, 1)->sha256,
                                             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()))),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("altered or damaged")));
        QVERIFY(m_registry->verify(clinic, 1).contains(QStringLiteral("checksum mismatch")));
        QVERIFY(m_registry->verify(clinic, 2).isEmpty());

        const QString refused = errorOf([&] { m_registry->rollback(clinic, 1); });
        QVERIFY2(refused.contains(QStringLiteral("checksum mismatch")), qPrintable(refused));
        QCOMPARE(m_registry->active(clinic)->version, 2);
        for (const auto& event : m_store->events(clinic))
            QVERIFY(event.type != QStringLiteral("ROLLED_BACK"));

        // A missing file names its path.
        QVERIFY(removeStored(clinic, 1));
        const QString missing = errorOf([&] { m_registry->loadVerified(clinic, 1); });
        QVERIFY2(missing.contains(path) && missing.contains(QStringLiteral("missing")), qPrintable(missing));
        QVERIFY(!errorOf([&] { m_registry->rollback(clinic, 1); }).isEmpty());
        QCOMPARE(m_registry->active(clinic)->version, 2);
        // A version that does not exist.
        QVERIFY(errorOf([&] { m_registry->rollback(clinic, 9); }).contains(QStringLiteral("no version 9")));
        QCOMPARE(m_registry->active(clinic)->version, 2);
    }

    void rollbackToGoodVersion_data() { addBackends(); }
    void rollbackToGoodVersion()
    {
        const QString clinic = QStringLiteral("clinic");
        m_registry->addVersion(clinic, artifact(1), json::object());
        m_registry->addVersion(clinic, artifact(2), json::object());
        m_registry->activate(clinic, 2);
        m_registry->rollback(clinic, 1);
        QCOMPARE(m_registry->active(clinic)->version, 1);
        const auto events = m_store->events(clinic);
        QVERIFY(!events.empty());
        QCOMPARE(events.front().type, QStringLiteral("ROLLED_BACK"));
        QVERIFY(!events.front().runId);
        JSON_COMPARE(events.front().detail, json({{"from", 2}, {"to", 1}}));

        // From no active version at all.
        m_registry->addVersion(QStringLiteral("churn"), artifact(3), json::object());
        m_registry->rollback(QStringLiteral("churn"), 1);
        QCOMPARE(m_registry->active(QStringLiteral("churn"))->version, 1);
        QVERIFY(m_store->events(QStringLiteral("churn")).front().detail.at("from").is_null());

        // Two rollbacks to the same version at once: the second is refused, not reported "from 1 to 1".
        QCOMPARE(m_registry->rollback(clinic, 2), std::optional<int>(1));
        const QString again = errorOf([&] { m_registry->rollback(clinic, 2); });
        QVERIFY2(again.contains(QLatin1String("already in service")), qPrintable(again));
        QCOMPARE(m_store->events(clinic).front().detail.at("from").get<int>(), 1);
    }

    // A candidate compared with version 2 must not replace version 1 that a rollback put in service meanwhile:
    // it is registered (kept) but not put in service, in the same transaction.
    void promotionOnlyOverTheVersionItWasComparedWith_data() { addBackends(); }
    void promotionOnlyOverTheVersionItWasComparedWith()
    {
        using ActivateIf = Registry::ActivateIf;
        const QString clinic = QStringLiteral("clinic");
        m_registry->addVersion(clinic, artifact(1), json::object());
        m_registry->addVersion(clinic, artifact(2), json::object());
        m_registry->activate(clinic, 2);
        m_registry->rollback(clinic, 1); // while the candidate was being evaluated against version 2
        const Registry::Added late = m_registry->addVersion(clinic, artifact(3), json::object(), ActivateIf{2});
        QVERIFY(!late.activated);
        QCOMPARE(late.version.version, 3);
        QCOMPARE(m_registry->active(clinic)->version, 1);
        QVERIFY(m_registry->version(clinic, 3).has_value());
        const Registry::Added next = m_registry->addVersion(clinic, artifact(4), json::object(), ActivateIf{1});
        QVERIFY(next.activated);
        QCOMPARE(m_registry->active(clinic)->version, 4);
        QVERIFY(m_registry->addVersion(QStringLiteral("fresh"), artifact(5), json::object(), ActivateIf{std::nullopt}).activated);
        QCOMPARE(m_registry->active(QStringLiteral("fresh"))->version, 1);
        QVERIFY(!m_registry->addVersion(QStringLiteral("fresh"), artifact(6), json::object(), ActivateIf{std::nullopt}).activated);
    }

    // The file is written before the store's write lock is taken: while another connection holds that lock, the
    // registration waits only for the lock, and what it leaves after a failure is no file and no record.
    void artifactWrittenBeforeTheLockAndNothingLeftOnFailure()
    {
        const QString clinic = QStringLiteral("clinic");
        m_registry->addVersion(clinic, artifact(1), json::object());
        const QString folder = m_dir->filePath(QStringLiteral("models/clinic"));
        // A pending file of a registration killed two days ago is cleared; a fresh one (another writer) stays.
        QFile stale(folder + QStringLiteral("/pending-old.rtm")), fresh(folder + QStringLiteral("/pending-new.rtm"));
        QVERIFY(stale.open(QIODevice::WriteOnly) && fresh.open(QIODevice::WriteOnly));
        QVERIFY(stale.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
        stale.close();
        fresh.close();
        // A registration that fails inside its transaction (a trigger refuses the row of version 2).
        {
            const QSqlDatabase db = m_store->connection();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON versions WHEN NEW.version = 2 "
                                          "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
        }
        const QString error = errorOf([&] { m_registry->addVersion(clinic, artifact(2), json::object()); });
        QVERIFY2(error.contains(QLatin1String("refused for the test")), qPrintable(error));
        QStringList left = QDir(folder).entryList(QDir::Files);
        left.sort();
        QCOMPARE(left, QStringList({QStringLiteral("pending-new.rtm"), QStringLiteral("v1.rtm")}));
        QCOMPARE(int(m_registry->versions(clinic).size()), 1);
    }

    void approvalsArePendingApprovedOrExpired_data() { addBackends(); }
    void approvalsArePendingApprovedOrExpired()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto request = [&](int days) {
            return json{{"state", "pending"}, {"requested", now.toString(Qt::ISODate).toStdString()},
                        {"expires", now.addDays(days).toString(Qt::ISODate).toStdString()}, {"run", 1}};
        };
        m_registry->addVersion(QStringLiteral("m"), artifact(1), json::object());
        m_registry->activate(QStringLiteral("m"), 1);
        const auto v2 = m_registry->addVersion(QStringLiteral("m"), artifact(2), json::object());
        m_registry->addVersion(QStringLiteral("m"), artifact(3), json::object());
        m_registry->setApproval(QStringLiteral("m"), 2, request(1));
        m_registry->setApproval(QStringLiteral("m"), 3, request(5));
        QVERIFY_THROWS_EXCEPTION(Error, m_registry->setApproval(QStringLiteral("m"), 9, request(1)));
        QCOMPARE(m_registry->version(QStringLiteral("m"), 1)->approvalState(), QString());
        QCOMPARE(m_registry->version(QStringLiteral("m"), 2)->toJson()["approval"]["state"].get<std::string>(), std::string("pending"));
        QCOMPARE(int(m_registry->pendingApprovals().size()), 2);
        QCOMPARE(int(m_registry->pendingApprovals(QStringLiteral("other")).size()), 0);

        // A damaged candidate is refused and nothing changes.
        QVERIFY(overwrite(QStringLiteral("m"), v2.version, stored(QStringLiteral("m"), 2) + "x"));
        QVERIFY_THROWS_EXCEPTION(Error, m_registry->activateApproved(QStringLiteral("m"), 2, {{"state", "approved"}}));
        QCOMPARE(m_registry->active(QStringLiteral("m"))->version, 1);
        QCOMPARE(m_registry->version(QStringLiteral("m"), 2)->approvalState(), QStringLiteral("pending"));

        m_registry->activateApproved(QStringLiteral("m"), 3, {{"state", "approved"}, {"by", "alice"}});
        QCOMPARE(m_registry->active(QStringLiteral("m"))->version, 3);
        QCOMPARE(m_registry->active(QStringLiteral("m"))->approvalState(), QStringLiteral("approved"));
        QCOMPARE(m_store->events(QStringLiteral("m"), 1).front().type, QStringLiteral("APPROVED"));

        QVERIFY(m_registry->expireApprovals(now).empty());
        const auto expired = m_registry->expireApprovals(now.addDays(2));
        QCOMPARE(int(expired.size()), 1);
        QCOMPARE(expired[0].version, 2);
        QCOMPARE(m_registry->version(QStringLiteral("m"), 2)->approvalState(), QStringLiteral("expired"));
        QVERIFY(m_registry->pendingApprovals().empty());
        QCOMPARE(m_store->events(QStringLiteral("m"), 1).front().type, QStringLiteral("APPROVAL_EXPIRED"));
    }

    void unwritableModelsDirectoryLeavesNoRecord()
    {
        const QString models = m_dir->filePath(QStringLiteral("models"));
        QVERIFY(QDir().mkpath(models));
        QFile dir(models);
        const auto permissions = dir.permissions();
        QVERIFY(dir.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner)); // 0500
        QFile probe(models + QStringLiteral("/probe"));
        const bool privileged = probe.open(QIODevice::WriteOnly); // root ignores the mode
        if (privileged) {
            probe.close();
            probe.remove();
            QVERIFY(dir.setPermissions(permissions));
            QFile blocker(models + QStringLiteral("/clinic")); // a FILE where the model's folder should be
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.write("not a folder");
        }
        const QString message = errorOf([&] { m_registry->addVersion(QStringLiteral("clinic"), artifact(1), json::object()); });
        QVERIFY(dir.setPermissions(permissions));
        QVERIFY2(!message.isEmpty(), "addVersion into an unwritable folder must throw");
        QVERIFY2(message.contains(models), qPrintable(message));
        QVERIFY(m_registry->versions(QStringLiteral("clinic")).empty());
        QVERIFY(!m_registry->version(QStringLiteral("clinic"), 1));
        QVERIFY(!QFile::exists(models + QStringLiteral("/clinic/v1.rtm")));
    }

    void unwritableModelFolderLeavesNoPartialFile()
    {
        // The next artifact's path is taken by a folder: QSaveFile cannot write it, whoever runs the test.
        const QString folder = m_dir->filePath(QStringLiteral("models/clinic"));
        m_registry->addVersion(QStringLiteral("clinic"), artifact(1), json::object());
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/v2.rtm")));
        const QString message = errorOf([&] { m_registry->addVersion(QStringLiteral("clinic"), artifact(2), json::object()); });
        QVERIFY2(message.contains(folder + QStringLiteral("/v2.rtm")), qPrintable(message));
        QCOMPARE(m_registry->versions(QStringLiteral("clinic")).size(), size_t(1));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("v1.rtm")}));
        // The next successful write still gets number 2.
        QVERIFY(QDir(folder + QStringLiteral("/v2.rtm")).removeRecursively());
        QCOMPARE(m_registry->addVersion(QStringLiteral("clinic"), artifact(2), json::object()).version, 2);
    }

    void failedRecordRemovesTheFile()
    {
        // A second client makes the versions insert fail after the file was written.
        const QString name = QStringLiteral("tst-registry-raw");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_store->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_versions BEFORE INSERT ON versions "
                                          "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        }
        QSqlDatabase::removeDatabase(name);
        const QString message = errorOf([&] { m_registry->addVersion(QStringLiteral("clinic"), artifact(1), json::object()); });
        QVERIFY2(message.contains(QStringLiteral("refused by test")), qPrintable(message));
        QVERIFY(m_registry->versions(QStringLiteral("clinic")).empty());
        QCOMPARE(QDir(m_dir->filePath(QStringLiteral("models/clinic"))).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // A model of several megabytes goes into a PostgreSQL store in chunks and comes back whole.
    void largeArtifactRoundTrips_data() { addBackends(); }
    void largeArtifactRoundTrips()
    {
        QByteArray big(3 * 1024 * 1024 + 12345, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char((i * 7919) % 251);
        const ModelVersion v = m_registry->addVersion(QStringLiteral("big"), big, json::object());
        QCOMPARE(v.size, qint64(big.size()));
        QCOMPARE(m_registry->loadVerified(QStringLiteral("big"), 1), big);
        QCOMPARE(m_registry->diskUse(QStringLiteral("big")), qint64(big.size()));
        m_registry->addVersion(QStringLiteral("big"), artifact(1), json::object());
        m_registry->activate(QStringLiteral("big"), 2);
        m_registry->removeVersion(QStringLiteral("big"), 1);
        QVERIFY(stored(QStringLiteral("big"), 1).isEmpty()); // the bytes went with the record
        QCOMPARE(m_registry->loadVerified(QStringLiteral("big"), 2), artifact(1));
    }

    void refusesUnsafeModelNames_data() { addBackends(); }
    void refusesUnsafeModelNames()
    {
        for (const QString& name : {QStringLiteral("../escape"), QStringLiteral("a/b"), QStringLiteral(".."), QString()}) {
            QVERIFY2(!errorOf([&] { m_registry->addVersion(name, artifact(1), json::object()); }).isEmpty(),
                     qPrintable(name));
        }
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("escape"))));
    }

    void concurrentAddVersionGetsDistinctNumbers_data() { addBackends(); }
    void concurrentAddVersionGetsDistinctNumbers()
    {
        constexpr int kEach = 6;
        QStringList errors;
        std::mutex mutex;
        auto add = [&](int offset) {
            try {
                for (int i = 0; i < kEach; ++i)
                    m_registry->addVersion(QStringLiteral("clinic"), artifact(offset + i), json::object());
            } catch (const Error& e) {
                std::lock_guard lock(mutex);
                errors << e.message();
            }
        };
        std::thread first(add, 0);
        std::thread second(add, 100);
        first.join();
        second.join();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        const auto versions = m_registry->versions(QStringLiteral("clinic"));
        QCOMPARE(versions.size(), size_t(2 * kEach));
        for (size_t i = 0; i < versions.size(); ++i) {
            QCOMPARE(versions[i].version, int(2 * kEach - i));
            QVERIFY2(m_registry->verify(QStringLiteral("clinic"), versions[i].version).isEmpty(),
                     qPrintable(m_registry->verify(QStringLiteral("clinic"), versions[i].version)));
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreLocations> m_locations;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Registry> m_registry;

    // Where the bytes of a version are kept, in the words of the registry's messages.
    QString where(const QString& model, int version) const
    {
        if (m_store->keepsArtifacts())
            return QStringLiteral("in store %1").arg(m_store->path());
        return m_dir->filePath(QStringLiteral("models/%1/v%2.rtm").arg(model).arg(version));
    }
    // The bytes kept for a version: its file, or its chunks in the store.
    QByteArray stored(const QString& model, int version) const
    {
        if (!m_store->keepsArtifacts())
            return readFile(where(model, version));
        QSqlQuery q(m_store->connection());
        q.prepare(QStringLiteral("SELECT data FROM artifacts WHERE model = ? AND version = ? ORDER BY chunk"));
        q.addBindValue(model);
        q.addBindValue(version);
        QByteArray bytes;
        if (q.exec())
            while (q.next())
                bytes += q.value(0).toByteArray();
        return bytes;
    }
    // Replaces the kept bytes behind the registry's back (a damaged disk, a hand edit); false on failure.
    bool overwrite(const QString& model, int version, const QByteArray& bytes) const
    {
        if (!m_store->keepsArtifacts()) {
            QFile file(where(model, version));
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
        }
        QSqlQuery q(m_store->connection());
        q.prepare(QStringLiteral("UPDATE artifacts SET data = ? WHERE model = ? AND version = ? AND chunk = 0"));
        q.addBindValue(bytes);
        q.addBindValue(model);
        q.addBindValue(version);
        return q.exec() && q.numRowsAffected() == 1;
    }
    bool removeStored(const QString& model, int version) const
    {
        if (!m_store->keepsArtifacts())
            return QFile::remove(where(model, version));
        QSqlQuery q(m_store->connection());
        q.prepare(QStringLiteral("DELETE FROM artifacts WHERE model = ? AND version = ?"));
        q.addBindValue(model);
        q.addBindValue(version);
        return q.exec() && q.numRowsAffected() >= 1;
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
