// The schedule editor of the Settings tab (offscreen): schedules are chosen in plain controls (every day
// at, every N hours, weekly on days, monthly on a day) that write the cron expression kept in the
// advanced field; cron typed there shows in the plain controls; a mistyped schedule is explained in
// plain words (how many values, which ones, an example) and names the value that is wrong, never "fields".
#include "field_error_label.h"
#include "recurrence_form.h"
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimeEdit>
#include "schedule_editor.h"
#include "validated_field.h"
#include <QLineEdit>
#include <QTest>

using namespace retrainer;

class TestScheduleEditor : public QObject
{
    Q_OBJECT

    ScheduleEditor m_editor;

    bool showWithNightly()
    {
        m_editor.setSchedules({ScheduleEntry{1, QStringLiteral("0 2 * * *"), false, 3}});
        m_editor.show();
        return QTest::qWaitForWindowExposed(&m_editor);
    }

private slots:
    void nightlyMovedTo0330WithoutTypingCron()
    {
        QVERIFY(showWithNightly());
        RecurrenceForm* form = m_editor.recurrenceForm();
        QCOMPARE(form->choice(), RecurrenceForm::Daily);
        QCOMPARE(form->timeEdit()->time(), QTime(2, 0));
        QSignalSpy changed(&m_editor, &ScheduleEditor::changed);
        form->timeEdit()->setFocus();
        form->timeEdit()->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClick(form->timeEdit(), Qt::Key_Up); // 03:00
        form->timeEdit()->setSelectedSection(QDateTimeEdit::MinuteSection);
        QTest::keyClicks(form->timeEdit(), QStringLiteral("30"));
        QCOMPARE(form->timeEdit()->time(), QTime(3, 30));
        QCOMPARE(m_editor.schedules().front().cron, QStringLiteral("30 3 * * *"));
        QCOMPARE(m_editor.cronField()->text(), QStringLiteral("30 3 * * *"));
        QVERIFY(changed.count() > 0);
        QVERIFY(m_editor.meaningLabel()->text().contains(QStringLiteral("03:30")));
    }

    void everyFewHoursWeeklyAndMonthly()
    {
        QVERIFY(showWithNightly());
        RecurrenceForm* form = m_editor.recurrenceForm();
        QComboBox* choice = form->choiceCombo();

        choice->setCurrentIndex(choice->findData(RecurrenceForm::EveryHours));
        QVERIFY(form->hoursSpin()->isVisible());
        form->hoursSpin()->setValue(6);
        QCOMPARE(m_editor.schedules().front().cron, QStringLiteral("0 */6 * * *"));

        choice->setCurrentIndex(choice->findData(RecurrenceForm::Weekly));
        QVERIFY(form->weekdayBox(0)->isVisible());
        QTest::mouseClick(form->weekdayBox(2), Qt::LeftButton); // Wednesday
        QTest::mouseClick(form->weekdayBox(4), Qt::LeftButton); // Friday
        const QString weekly = m_editor.schedules().front().cron;
        QVERIFY2(weekly.endsWith(QStringLiteral(" * * 3,5")) || weekly.endsWith(QStringLiteral(" * * 1,3,5")), qPrintable(weekly));

        choice->setCurrentIndex(choice->findData(RecurrenceForm::Monthly));
        form->daySpin()->setValue(15);
        QVERIFY(m_editor.schedules().front().cron.contains(QStringLiteral(" 15 * *")));
        QVERIFY(m_editor.isValid());
    }

    void cronTypedByHandShowsInThePlainControls()
    {
        QVERIFY(showWithNightly());
        RecurrenceForm* form = m_editor.recurrenceForm();
        QLineEdit* cron = m_editor.cronField()->lineEdit();
        cron->selectAll();
        QTest::keyClicks(cron, QStringLiteral("0 7 * * MON-FRI"));
        QCOMPARE(form->choice(), RecurrenceForm::Weekly);
        QCOMPARE(form->timeEdit()->time(), QTime(7, 0));
        QVERIFY(form->weekdayBox(0)->isChecked() && form->weekdayBox(4)->isChecked() && !form->weekdayBox(6)->isChecked());
        QCOMPARE(m_editor.schedules().front().cron, QStringLiteral("0 7 * * MON-FRI")); // kept as typed

        cron->selectAll();
        QTest::keyClicks(cron, QStringLiteral("*/15 * * * *"));
        QCOMPARE(form->choice(), RecurrenceForm::Custom);
        QCOMPARE(m_editor.schedules().front().cron, QStringLiteral("*/15 * * * *"));
    }

    void mistakesAreExplainedInPlainWords_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a value missing") << QStringLiteral("0 2 * *")
                                         << QStringLiteral("a schedule is 5 values separated by spaces — minute, hour, day of the "
                                                           "month, month, day of the week");
        QTest::newRow("hour 25") << QStringLiteral("0 25 * * *") << QStringLiteral("hour 25 is out of range: it must be from 0 to 23");
        QTest::newRow("weekday 9") << QStringLiteral("0 2 * * 9") << QStringLiteral("day of the week 9 is out of range");
    }

    void mistakesAreExplainedInPlainWords()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QVERIFY(showWithNightly());
        ScheduleEditor& editor = m_editor;
        QLineEdit* cron = editor.cronField()->lineEdit();
        cron->selectAll();
        QTest::keyClicks(cron, typed);
        QVERIFY(!editor.isValid());
        const FieldErrorLabel* error = editor.cronField()->errorLabel();
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
        QVERIFY2(!error->text().contains(QStringLiteral("field")), qPrintable(error->text()));
    }
};

QTEST_MAIN(TestScheduleEditor)
#include "tst_schedule_editor.moc"
