// The "awaiting approval" badge over a real demo workspace: hidden with nothing pending, counting the
// versions that await a person (per model and overall, on a worker thread), clickable.
#include "approval_badge.h"
#include "approval_fixture.h"
#include <QSignalSpy>
#include <QTest>

using namespace retrainer;
using test::kClinic;

class TestApprovalBadge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsPendingVersionsAndIsClickable()
    {
        test::ApprovalFixture fx;
        QWidget window;
        auto* badge = new ApprovalBadge(&window);
        window.show();
        QVERIFY(!badge->isVisible());

        QCOMPARE(ApprovalBadge::pendingApprovals(fx.registry(), kClinic), 0);
        QCOMPARE(toString(fx.train(QStringLiteral("trainer")).state), QStringLiteral("promoted"));
        const int candidate = fx.candidate();

        QSignalSpy changed(badge, &ApprovalBadge::countChanged);
        badge->refresh(fx.engine->workers(), fx.registry(), kClinic);
        QTRY_COMPARE_WITH_TIMEOUT(badge->count(), 1, 30000);
        QCOMPARE(changed.count(), 1);
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->text(), QStringLiteral("1 awaiting approval"));
        QCOMPARE(ApprovalBadge::pendingApprovals(fx.registry(), {}), 1);
        const QString other = fx.workspace->models().back().name;
        QVERIFY(other != kClinic);
        QCOMPARE(ApprovalBadge::pendingApprovals(fx.registry(), other), 0);

        QSignalSpy clicked(badge, &ApprovalBadge::clicked);
        QTest::mouseClick(badge, Qt::LeftButton);
        QCOMPARE(clicked.count(), 1);
        QTest::keyClick(badge, Qt::Key_Space);
        QCOMPARE(clicked.count(), 2);

        // Decided: nothing awaits any more and the badge hides.
        QCoro::waitFor(fx.engine->reject(kClinic, candidate, QStringLiteral("trainer"), QStringLiteral("not now")));
        badge->refresh(fx.engine->workers(), fx.registry(), kClinic);
        QTRY_VERIFY_WITH_TIMEOUT(!badge->isVisible(), 30000);
        QCOMPARE(badge->count(), 0);
    }
};

QTEST_MAIN(TestApprovalBadge)
#include "tst_approval_badge.moc"
