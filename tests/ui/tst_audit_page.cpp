// The Audit page over a real demo workspace after real engine mutations (two trainings, a pause, a
// rollback) by different people: every mutation listed with its actor, and the filters narrow the rows.
#include "approval_fixture.h"
#include "audit_filter_model.h"
#include "audit_model.h"
#include "audit_page.h"
#include "model_snapshot.h"
#include <QComboBox>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace retrainer;
using test::kClinic;

namespace {

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsMutationsAndFilters()
    {
        test::ApprovalFixture fx;
        QCOMPARE(toString(fx.train(QStringLiteral("alice")).state), QStringLiteral("promoted"));
        QVERIFY(fx.train(QStringLiteral("alice")).version.has_value());
        QCoro::waitFor(fx.engine->setPaused(kClinic, true, QStringLiteral("bob")));
        QCoro::waitFor(fx.engine->rollback(kClinic, 1, QStringLiteral("carol")));
        const auto recorded = fx.engine->audit().entries();
        QCOMPARE(int(recorded.size()), 4);

        AuditPage page(*fx.workspace, fx.engine->workers());
        page.show();
        QSignalSpy reloaded(&page, &AuditPage::reloaded);
        page.reload();
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 30000);
        QCOMPARE(reloaded.at(0).at(0).toInt(), 4);

        const QAbstractItemModel& shown = *page.table()->model();
        QCOMPARE(shown.rowCount(), 4);
        // Newest first: the rollback, the pause, then the two trainings.
        QCOMPARE(column(shown, AuditModel::ActorColumn),
                 QStringList({QStringLiteral("carol"), QStringLiteral("bob"), QStringLiteral("alice"), QStringLiteral("alice")}));
        QCOMPARE(column(shown, AuditModel::ActionColumn),
                 QStringList({auditActionLabel(QStringLiteral("rollback")), auditActionLabel(QStringLiteral("pause")),
                              auditActionLabel(QStringLiteral("train")), auditActionLabel(QStringLiteral("train"))}));
        QCOMPARE(column(shown, AuditModel::ModelColumn), QStringList(4, kClinic));
        QCOMPARE(shown.index(0, AuditModel::DetailColumn).data().toString(),
                 QStringLiteral("%1 rolled back from version 2 to version 1").arg(kClinic));
        QCOMPARE(shown.index(1, AuditModel::DetailColumn).data().toString(), QStringLiteral("Scheduling of %1 paused").arg(kClinic));
        QVERIFY2(shown.index(3, AuditModel::DetailColumn).data().toString().contains(QStringLiteral("started (Train now)")),
                 qPrintable(shown.index(3, AuditModel::DetailColumn).data().toString()));
        QCOMPARE(shown.index(0, AuditModel::TimeColumn).data().toString(),
                 formatDateTime(recorded.front().time));

        // By action.
        page.setActionFilter(QStringLiteral("train"));
        QCOMPARE(page.actionCombo()->currentData().toString(), QStringLiteral("train"));
        QCOMPARE(column(shown, AuditModel::ActorColumn), QStringList(2, QStringLiteral("alice")));
        page.setActionFilter(QStringLiteral("rollback"));
        QCOMPARE(column(shown, AuditModel::ActorColumn), QStringList({QStringLiteral("carol")}));
        page.setActionFilter({});
        QCOMPARE(shown.rowCount(), 4);

        // By text, in any column.
        page.setSearchText(QStringLiteral("BOB"));
        QCOMPARE(column(shown, AuditModel::ActorColumn), QStringList({QStringLiteral("bob")}));
        page.setSearchText({});

        // By model: another demo model has no entries.
        const QString other = fx.workspace->models().back().name;
        QVERIFY(other != kClinic);
        QVERIFY(page.modelCombo()->findData(other) > 0);
        page.setModelFilter(other);
        QCOMPARE(shown.rowCount(), 0);
        page.setModelFilter(kClinic);
        QCOMPARE(shown.rowCount(), 4);

        // A later mutation shows after a reload, and the chosen filter stays.
        page.setActionFilter(QStringLiteral("resume"));
        QCOMPARE(shown.rowCount(), 0);
        QCoro::waitFor(fx.engine->setPaused(kClinic, false, QStringLiteral("dave")));
        page.reload();
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 2, 30000);
        QCOMPARE(page.actionCombo()->currentData().toString(), QStringLiteral("resume"));
        QCOMPARE(column(shown, AuditModel::ActorColumn), QStringList({QStringLiteral("dave")}));
    }

    // Issue 12 item 5: a settings change reads as what changed, and the stored record is a double-click away.
    void settingsChangeIsASentenceWithItsRecordADoubleClickAway()
    {
        test::ApprovalFixture fx;
        ModelConfig model = fx.workspace->requireModel(kClinic);
        for (auto& schedule : model.triggers.schedules)
            if (schedule.cron == QLatin1String("0 2 * * *"))
                schedule.cron = QStringLiteral("30 3 * * *");
        QCoro::waitFor(fx.engine->updateModel(model, QStringLiteral("erin")));

        AuditPage page(*fx.workspace, fx.engine->workers());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy reloaded(&page, &AuditPage::reloaded);
        page.reload();
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 30000);
        const QAbstractItemModel& shown = *page.table()->model();
        QCOMPARE(shown.index(0, AuditModel::DetailColumn).data().toString(),
                 QStringLiteral("Settings of %1: schedule changed from Every day at 02:00 to Every day at 03:30").arg(kClinic));

        QTableView* table = page.table();
        const QRect cell = table->visualRect(shown.index(0, AuditModel::DetailColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox*>(QStringLiteral("auditRecord"))) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("Every day at 03:30")));
        QVERIFY(box->informativeText().contains(QStringLiteral("erin")));
        QVERIFY(box->detailedText().contains(QStringLiteral("\"before\"")));
        QVERIFY(box->detailedText().contains(QStringLiteral("30 3 * * *")));
        box->close();
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_audit_page.moc"
