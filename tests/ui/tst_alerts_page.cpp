// The Alerts page on a real demo workspace: "What happened" gets the room (not an empty Acknowledged
// column), and double-clicking an alert shows all of it.
#include "alert_details.h"
#include "alerts_page.h"
#include "automation.h"
#include "console_fixture.h"
#include <QHeaderView>
#include <QMessageBox>
#include <QTreeWidget>

using namespace retrainer;
using retrainer::test::kClinic;

class TstAlertsPage : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;
    std::unique_ptr<AlertsPage> m_page;
    QString m_longText;
    int m_row = -1;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
        m_longText = QStringLiteral("run 7 of 'clinic-waiting-time' failed: the source could not be read because ")
                     + QStringLiteral("the database file was locked by another program for longer than 30 seconds; ")
                           .repeated(4)
                     + QStringLiteral("the version in service stays.");
        m_fixture.engine->automation().alerts().raise(kClinic, QStringLiteral("critical"), QStringLiteral("run-failed"),
                                                       m_longText);
        m_page = std::make_unique<AlertsPage>(*m_fixture.engine);
        m_page->resize(1000, 500);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QCoro::waitFor(m_page->reload());
        for (int row = 0; row < m_page->list()->topLevelItemCount(); ++row)
            if (m_page->list()->topLevelItem(row)->text(3) == m_longText)
                m_row = row;
        QVERIFY(m_row >= 0);
    }

    void cleanupTestCase() { m_page.reset(); }

    void whatHappenedGetsTheRoom()
    {
        QTreeWidget* list = m_page->list();
        QCOMPARE(list->headerItem()->text(3), QStringLiteral("What happened"));
        QCOMPARE(list->headerItem()->text(4), QStringLiteral("Acknowledged"));
        QApplication::processEvents();
        const int whatHappened = list->header()->sectionSize(3);
        const int acknowledged = list->header()->sectionSize(4);
        QVERIFY2(whatHappened > 3 * acknowledged, qPrintable(QStringLiteral("%1 vs %2").arg(whatHappened).arg(acknowledged)));
        int others = 0;
        for (int column : {0, 1, 2, 4})
            others += list->header()->sectionSize(column);
        QVERIFY(whatHappened > others);
        // The columns fill the view: nothing beyond the last one.
        QVERIFY(list->header()->length() <= list->viewport()->width() + 1);
    }

    void doubleClickShowsTheWholeAlert()
    {
        QTreeWidget* list = m_page->list();
        QVERIFY(!m_page->findChild<QMessageBox*>(QStringLiteral("alertDetails")));
        const QPoint at = list->visualItemRect(list->topLevelItem(m_row)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
        QMessageBox* details = nullptr;
        QTRY_VERIFY((details = m_page->findChild<QMessageBox*>(QStringLiteral("alertDetails"))) && details->isVisible());
        QVERIFY2(details->text().contains(m_longText), qPrintable(details->text()));
        QVERIFY(details->text().contains(kClinic));
        QVERIFY(details->text().contains(QStringLiteral("Not acknowledged yet")));
        QCOMPARE(details->text(), alertDetailsText(*m_page->alertAt(m_row)));
        details->close();
    }
};

QTEST_MAIN(TstAlertsPage)
#include "tst_alerts_page.moc"
