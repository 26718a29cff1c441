// The workspace lock: one owner, a clear refusal for the second, take-over of a dead owner's lock.
#include "instance_lock.h"
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace retrainer;

class TestInstanceLock : public QObject
{
    Q_OBJECT

private:
    // A pid that belonged to a process which has exited and been reaped.
    static qint64 deadPid()
    {
        QProcess process;
        process.start(QStringLiteral("true"), {});
        if (!process.waitForStarted(10000))
            return 0;
        const qint64 pid = process.processId();
        return process.waitForFinished(10000) ? pid : 0;
    }

private Q_SLOTS:
    void secondOwnerIsRefused()
    {
        QTemporaryDir dir;
        InstanceLock first(dir.path());
        QVERIFY(!first.isHeld());
        QVERIFY(!first.holder());
        QVERIFY(first.tryAcquire());
        QVERIFY(first.isHeld());
        QVERIFY(first.tryAcquire()); // already ours
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/daemon.lock")));

        InstanceLock second(dir.path() + QStringLiteral("/./")); // the same folder, spelled differently
        QVERIFY(!second.tryAcquire());
        QVERIFY(!second.isHeld());
        const auto holder = second.holder();
        QVERIFY(holder);
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());
        QCOMPARE(holder->host, QSysInfo::machineHostName());
        const QString message = second.refusalMessage();
        QVERIFY2(message.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(message));
        QVERIFY2(message.contains(QFileInfo(dir.path()).canonicalFilePath()), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("already runs the scheduler")), qPrintable(message));
    }

    void releasedLockCanBeTaken()
    {
        QTemporaryDir dir;
        {
            InstanceLock first(dir.path());
            QVERIFY(first.tryAcquire());
        } // destroyed: released
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/daemon.lock")));
        InstanceLock second(dir.path());
        QVERIFY(second.tryAcquire());

        InstanceLock third(dir.path());
        QVERIFY(!third.tryAcquire());
        second.release();
        QVERIFY(!second.isHeld());
        QVERIFY(!third.holder());
        QVERIFY(third.tryAcquire());
    }

    void lockOfDeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const qint64 pid = deadPid();
        QVERIFY(pid > 0);
        QVERIFY2(::kill(pid_t(pid), 0) != 0, "the pid was reused already");
        const QString path = dir.path() + QStringLiteral("/daemon.lock");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(pid) + "\nretrainer\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        file.close();
        // An old file: with an age limit it would look stale for that reason alone; it must not matter.
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addDays(-30), QFileDevice::FileModificationTime));
        file.close();

        InstanceLock lock(dir.path());
        QVERIFY(!lock.holder()); // nobody alive holds it
        QVERIFY(lock.tryAcquire());
        QCOMPARE(lock.holder()->pid, QCoreApplication::applicationPid());
    }

    void oldLockOfLiveProcessIsNotStale()
    {
        QTemporaryDir dir;
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(sleeper.waitForStarted());
        QFile file(dir.path() + QStringLiteral("/daemon.lock"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(sleeper.processId()) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() +
                   "\n");
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addDays(-30), QFileDevice::FileModificationTime));
        file.close();

        InstanceLock lock(dir.path());
        QVERIFY(!lock.tryAcquire());
        QVERIFY(lock.holder());
        QCOMPARE(lock.holder()->pid, sleeper.processId());
        QVERIFY(lock.refusalMessage().contains(QString::number(sleeper.processId())));
        sleeper.kill();
        QVERIFY(sleeper.waitForFinished());
        QVERIFY(!lock.holder());
        QVERIFY(lock.tryAcquire());
    }

    void missingFolderIsReported()
    {
        QTemporaryDir dir;
        InstanceLock lock(dir.path() + QStringLiteral("/not-there"));
        QVERIFY(!lock.tryAcquire());
        QVERIFY2(lock.refusalMessage().contains(QStringLiteral("not-there")), qPrintable(lock.refusalMessage()));
    }

    void socketNameIsStableAndShort()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        const QString name = InstanceLock::socketName(a.path());
        QCOMPARE(InstanceLock::socketName(a.path()), name);
        QCOMPARE(InstanceLock::socketName(a.path() + QStringLiteral("/sub/..")), name);
        QVERIFY(InstanceLock::socketName(b.path()) != name);
        QVERIFY(name.startsWith(QStringLiteral("retrainer-")));
        QCOMPARE(name.size(), 10 + 16);
        QVERIFY(QRegularExpression(QStringLiteral("^retrainer-[0-9a-f]{16}$")).match(name).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestInstanceLock)
#include "tst_instance_lock.moc"
