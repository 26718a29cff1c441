// DeliveryLog over a real SQLite store: a delivery's states and attempts, listing by alert, and the count of
// failures in a row that a success resets.
#include "delivery_log.h"
#include <QTemporaryDir>
#include <QTest>

using namespace retrainer;

class TstDeliveryLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndCountsFailuresInARow()
    {
        QTemporaryDir dir;
        Store store(dir.filePath(QStringLiteral("s.sqlite")));
        DeliveryLog log(store);
        const qint64 first = log.begin(1, QStringLiteral("mail"));
        QCOMPARE(log.forAlert(1).front().state, QStringLiteral("sending"));
        log.update(first, QStringLiteral("sending"), 1, QStringLiteral("timeout"));
        log.update(first, QStringLiteral("failed"), 2, QStringLiteral("login refused"));
        const auto records = log.forAlert(1);
        QCOMPARE(records.size(), size_t(1));
        QCOMPARE(records.front().state, QStringLiteral("failed"));
        QCOMPARE(records.front().attempts, 2);
        QCOMPARE(records.front().error, QStringLiteral("login refused"));
        QCOMPARE(records.front().toJson()["alert"].get<qint64>(), 1);
        QCOMPARE(log.failuresInARow(QStringLiteral("mail")), 1);

        log.update(log.begin(2, QStringLiteral("mail")), QStringLiteral("failed"), 4, QStringLiteral("x"));
        log.update(log.begin(2, QStringLiteral("room")), QStringLiteral("sent"), 1, {});
        QCOMPARE(log.failuresInARow(QStringLiteral("mail")), 2);
        QCOMPARE(log.failuresInARow(QStringLiteral("room")), 0);
        log.update(log.begin(3, QStringLiteral("mail")), QStringLiteral("sent"), 3, QStringLiteral("x"));
        QCOMPARE(log.failuresInARow(QStringLiteral("mail")), 0); // a success ends the streak
        log.update(log.begin(4, QStringLiteral("mail")), QStringLiteral("failed"), 4, QStringLiteral("y"));
        QCOMPARE(log.failuresInARow(QStringLiteral("mail")), 1);
        (void)log.begin(5, QStringLiteral("mail")); // still sending: not a failure yet
        QCOMPARE(log.failuresInARow(QStringLiteral("mail")), 1);

        QCOMPARE(log.endUnfinished(QStringLiteral("stopped")), 1); // alert 5's, left "sending"
        QCOMPARE(log.forAlert(5).front().state, QStringLiteral("failed"));
        QCOMPARE(log.forAlert(5).front().error, QStringLiteral("stopped"));
        QCOMPARE(log.failuresInARow(QStringLiteral("mail")), 2);

        const auto byAlert = log.since(2);
        QCOMPARE(byAlert.size(), size_t(4));
        QCOMPARE(byAlert.at(2).size(), size_t(2));
        QVERIFY(!byAlert.count(1));
    }
};

QTEST_GUILESS_MAIN(TstDeliveryLog)
#include "tst_delivery_log.moc"
