// The per-model training lock: on a shared PostgreSQL store one session holds it and every other is told
// who that is; runs of a model whose lock a live instance holds are not marked interrupted; the server
// releases the lock when its holder's connection goes. On SQLite it is always granted.
#include "model_lock.h"
#include "storage_test_support.h"
#include "store.h"
#include "store_backends.h"
#include <QCoreApplication>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace retrainer;

class TestModelLock : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_locations.clear(); }

    void oneHolderAndItsRunsStayUnfinished_data() { addBackends(); }
    void oneHolderAndItsRunsStayUnfinished()
    {
        const QString location = FRESH_STORE(m_locations, "lock");
        Store store(location);
        const qint64 trained = store.createRun(QStringLiteral("delay"), QStringLiteral("manual"), false);
        const qint64 orphan = store.createRun(QStringLiteral("cost"), QStringLiteral("manual"), false);

        // Another thread (its own connection, as another instance would have) takes the lock of 'delay'.
        std::mutex mutex;
        std::condition_variable changed;
        bool taken = false, release = false;
        QString holderProblem;
        std::thread holder([&] {
            ModelLock lock(store, QStringLiteral("delay"));
            const QString refused = lock.tryAcquire();
            std::unique_lock guard(mutex);
            holderProblem = refused;
            taken = true;
            changed.notify_all();
            changed.wait(guard, [&] { return release; });
        });
        {
            std::unique_lock guard(mutex);
            changed.wait(guard, [&] { return taken; });
        }
        QVERIFY2(holderProblem.isEmpty(), qPrintable(holderProblem));

        ModelLock second(store, QStringLiteral("delay"));
        const QString refused = second.tryAcquire();
        const QString elsewhere = ModelLock::heldElsewhere(store, QStringLiteral("delay"));
        const int interrupted = store.markUnfinishedRunsInterrupted();
        {
            std::lock_guard guard(mutex);
            release = true;
            changed.notify_all();
        }
        holder.join();

        if (StoreLocations::postgres()) {
            QVERIFY2(refused.contains(QStringLiteral("another Retrainer instance")), qPrintable(refused));
            QVERIFY2(refused.contains(QSysInfo::machineHostName()), qPrintable(refused));
            QVERIFY2(refused.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(refused));
            QVERIFY(refused.contains(QStringLiteral("'delay'")));
            QCOMPARE(elsewhere, refused);
            QCOMPARE(interrupted, 1); // only 'cost': 'delay' is being trained by a live holder
            QCOMPARE(toString(store.run(trained)->state), QStringLiteral("queued"));
        } else {
            QVERIFY(refused.isEmpty()); // one instance per SQLite workspace: nothing to lock across
            QVERIFY(elsewhere.isEmpty());
            QCOMPARE(interrupted, 2);
        }
        QCOMPARE(toString(store.run(orphan)->state), QStringLiteral("interrupted"));
        // Released at the end of the holder's run: free for the next one.
        QVERIFY(ModelLock::heldElsewhere(store, QStringLiteral("delay")).isEmpty());
        QVERIFY(ModelLock(store, QStringLiteral("delay")).tryAcquire().isEmpty());
        // Another model was never locked.
        QVERIFY(ModelLock::heldElsewhere(store, QStringLiteral("cost")).isEmpty());
    }

    // A holder whose process dies loses its connection, and the server frees the lock with it.
    void lockGoesWithItsConnection()
    {
        PgTestDatabase database;
        QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
        Store store(database.url());
        QVERIFY(ModelLock::heldElsewhere(store, QStringLiteral("delay")).isEmpty());
        QString problem = PgTestDatabase::run(database.url(),
                                              {QStringLiteral("SELECT pg_advisory_lock(%1, hashtext('delay'))").arg(sql::kModelLockSpace),
                                               QStringLiteral("DO $$ BEGIN IF pg_try_advisory_lock(%1, hashtext('delay')) IS NOT TRUE "
                                                              "THEN RAISE EXCEPTION 'not re-entrant'; END IF; END $$")
                                                   .arg(sql::kModelLockSpace)});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // That connection is closed now; its server process ends a moment later and nothing holds 'delay'.
        QTRY_VERIFY_WITH_TIMEOUT(ModelLock::heldElsewhere(store, QStringLiteral("delay")).isEmpty(), 5000);
        QVERIFY(ModelLock(store, QStringLiteral("delay")).tryAcquire().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    StoreLocations m_locations{m_dir};
};

QTEST_GUILESS_MAIN(TestModelLock)
#include "tst_model_lock.moc"
