// Issue 12 item 5: the Event log in sentences. After a real training on the demo workspace the log says
// "Training started (Train now)" and how it finished, names event kinds in words in its filter, and shows
// the stored record on a double-click.
#include "console_fixture.h"
#include "event_log_page.h"
#include <QComboBox>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace retrainer;
using retrainer::test::kClinic;

class TestEventLogPage : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;

private slots:
    void initTestCase() { QVERIFY(m_fixture.setUp()); }

    void eventsReadAsSentencesWithTheRecordADoubleClickAway()
    {
        const auto run = m_fixture.trainAndWait(kClinic);
        QVERIFY(run);
        EventLogPage page(*m_fixture.engine);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy reloaded(&page, &EventLogPage::reloaded);
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() > 0, 30000);

        QTreeWidget* list = page.list();
        QTreeWidgetItem* started = nullptr;
        QTreeWidgetItem* finished = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = list->topLevelItem(i);
            if (item->text(EventLogPage::RunColumn) != QString::number(run->id))
                continue;
            if (item->data(EventLogPage::EventColumn, EventLogPage::TypeRole) == QStringLiteral("TRAINING_STARTED"))
                started = item;
            if (item->data(EventLogPage::EventColumn, EventLogPage::TypeRole) == QStringLiteral("TRAINING_COMPLETED"))
                finished = item;
        }
        QVERIFY(started && finished);
        // The model's name is shown in full, not clipped to "clinic-waiting-t…".
        QVERIFY(list->columnWidth(EventLogPage::ModelColumn) > list->fontMetrics().horizontalAdvance(kClinic));
        QCOMPARE(started->text(EventLogPage::EventColumn), QStringLiteral("Training started"));
        QCOMPARE(started->text(EventLogPage::WhatColumn), QStringLiteral("Training started (Train now)"));
        QVERIFY2(finished->text(EventLogPage::WhatColumn).startsWith(QStringLiteral("Training finished: ")),
                 qPrintable(finished->text(EventLogPage::WhatColumn)));
        for (int column = 0; column < EventLogPage::ColumnCount; ++column)
            QVERIFY2(!started->text(column).contains(QLatin1Char('{')), qPrintable(started->text(column)));

        // Event kinds in words in the filter, and filtering by one of them.
        QComboBox* types = page.typeCombo();
        const int startedChoice = types->findData(QStringLiteral("TRAINING_STARTED"));
        QVERIFY(startedChoice > 0);
        QCOMPARE(types->itemText(startedChoice), QStringLiteral("Training started"));
        types->setCurrentIndex(startedChoice);
        QVERIFY(!started->isHidden());
        QVERIFY(finished->isHidden());
        types->setCurrentIndex(0);

        list->scrollToItem(started);
        const QRect cell = list->visualItemRect(started);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, cell.center());
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox*>(QStringLiteral("eventRecord"))) != nullptr);
        QCOMPARE(box->text(), QStringLiteral("Training started (Train now)"));
        QVERIFY(box->detailedText().contains(QStringLiteral("\"TRAINING_STARTED\"")));
        QVERIFY(box->detailedText().contains(QStringLiteral("\"trigger\": \"manual\"")));
        box->close();
    }
};

QTEST_MAIN(TestEventLogPage)
#include "tst_event_log_page.moc"
