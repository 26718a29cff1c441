// Settings changes in sentences: a schedule moved, a threshold changed, schedules added and removed,
// a model added, a record from before the earlier settings were kept.
#include "model_config.h"
#include "settings_changes.h"
#include <QTest>

using namespace retrainer;

namespace {
ModelConfig clinic()
{
    ModelConfig m;
    m.name = QStringLiteral("clinic-waiting-time");
    m.source = QStringLiteral("csv:visits.csv");
    m.label = QStringLiteral("waiting_minutes");
    return m;
}
} // namespace

class TestSettingsChanges : public QObject
{
    Q_OBJECT

private slots:
    void nightlyRetrainMovedAndThresholdChanged()
    {
        const ModelConfig before = clinic();
        ModelConfig after = before;
        QVERIFY(!after.triggers.schedules.empty());
        ScheduleEntry* nightly = nullptr;
        for (auto& s : after.triggers.schedules)
            if (s.cron == QLatin1String("0 2 * * *"))
                nightly = &s;
        QVERIFY(nightly);
        nightly->cron = QStringLiteral("30 3 * * *");
        after.triggers.performance.threshold = 0.65;
        const QStringList changes = describeSettingsChanges(before.toJson(), after.toJson());
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0], QStringLiteral("schedule changed from Every day at 02:00 to Every day at 03:30"));
        QCOMPARE(changes[1], QStringLiteral("performance threshold changed from 0.7 to 0.65"));
        nlohmann::json detail = {{"added", false}, {"before", before.toJson()}, {"settings", after.toJson()}};
        QCOMPARE(describeSettingsAudit(QStringLiteral("Waiting time"), detail),
                 QStringLiteral("Settings of Waiting time: ") + changes.join(QStringLiteral("; ")));
    }

    void schedulesAddedAndRemoved()
    {
        const ModelConfig before = clinic();
        ModelConfig after = before;
        after.triggers.schedules.erase(after.triggers.schedules.begin());
        after.triggers.addSchedule(QStringLiteral("0 7 * * 1"), false);
        const QStringList changes = describeSettingsChanges(before.toJson(), after.toJson());
        QVERIFY2(changes.filter(QStringLiteral("schedule removed: ")).size() == 1, qPrintable(changes.join(QLatin1Char('|'))));
        QVERIFY2(changes.contains(QStringLiteral("schedule added: Every Monday at 07:00")), qPrintable(changes.join(QLatin1Char('|'))));
    }

    void addedUnchangedAndOldRecords()
    {
        QCOMPARE(describeSettingsAudit(QStringLiteral("m"), {{"added", true}, {"settings", clinic().toJson()}}), QStringLiteral("m added"));
        QCOMPARE(describeSettingsAudit(QStringLiteral("m"), {{"added", false}, {"before", clinic().toJson()}, {"settings", clinic().toJson()}}),
                 QStringLiteral("Settings of m saved without changes"));
        QCOMPARE(describeSettingsAudit(QStringLiteral("m"), {{"added", false}, {"settings", clinic().toJson()}}),
                 QStringLiteral("Settings of m saved"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsChanges)
#include "tst_settings_changes.moc"
