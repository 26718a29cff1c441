// ModelSettingsPage on the demo workspace: loading the clinic model, errors beside invalid fields with
// Save disabled, the schedule's sentence and next moments, Save through workspace.json, and Revert.
#include "demo_workspace.h"
#include "field_error_label.h"
#include "model_settings_page.h"
#include "schedule_editor.h"
#include "validated_field.h"
#include "worker_pool.h"
#include "workspace.h"
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSpontaneKeyEvent>
#include <QWheelEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace retrainer;

namespace {

const QString kClinic = QStringLiteral("clinic-waiting-time");

void typeInto(ValidatedField* field, const QString& text)
{
    field->lineEdit()->setFocus();
    field->lineEdit()->selectAll();
    QTest::keyClick(field->lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(field->lineEdit(), text);
}

// Turns the wheel over `widget` as a mouse does (a spontaneous event, which the application passes on to
// the parent when the widget ignores it). Negative notches scroll down.
void turnWheel(QWidget* widget, int notches)
{
    const QPointF at = QRectF(widget->rect()).center();
    QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    QApplication::sendEvent(widget, &wheel);
}

// Every value a spin box or combo box of the page holds, in order.
QStringList fieldValues(const QWidget* page)
{
    QStringList values;
    for (const auto* box : page->findChildren<QAbstractSpinBox*>())
        values << box->objectName() + QLatin1Char('=') + box->text();
    for (const auto* box : page->findChildren<QComboBox*>())
        values << box->objectName() + QLatin1Char('=') + box->currentText();
    return values;
}

} // namespace

class TestModelSettingsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    WorkerPool m_workers; // after the workspace: waited for before it goes
    std::unique_ptr<ModelSettingsPage> m_page;

    ValidatedField* field(const char* name) const
    {
        return m_page->findChild<ValidatedField*>(QString::fromLatin1(name));
    }
    QPushButton* button(const char* name) const { return m_page->findChild<QPushButton*>(QString::fromLatin1(name)); }
    ScheduleEditor* schedules() const { return m_page->findChild<ScheduleEditor*>(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = Workspace::create(m_dir.path());
        createDemoWorkspace(*m_workspace);
        QVERIFY(m_workspace->model(kClinic));
    }

    void init()
    {
        m_page = std::make_unique<ModelSettingsPage>(*m_workspace, m_workers);
        m_page->resize(900, 1200);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->setModel(kClinic);
    }

    void cleanup() { m_page.reset(); }

    void loadsTheClinicModel()
    {
        const ModelConfig clinic = m_workspace->requireModel(kClinic);
        QCOMPARE(m_page->modelName(), kClinic);
        QTableWidget* table = schedules()->table();
        QCOMPARE(table->rowCount(), int(clinic.triggers.schedules.size()));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Every day at 02:00"));
        QCOMPARE(table->item(0, 2)->text(), clinic.triggers.schedules[0].cron);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Every day at 00:00 and 12:00"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("if 3 new rows"));
        QCOMPARE(schedules()->cronField()->text(), QStringLiteral("0 2 * * *"));
        QCOMPARE(field("thresholdField")->text(), QStringLiteral("0.7"));
        QCOMPARE(field("dataWindowField")->text(), QStringLiteral("24h"));
        QCOMPARE(field("dataCooldownField")->text(), QStringLiteral("6h"));
        QCOMPARE(field("timeLimitField")->text(), QStringLiteral("8h"));
        QVERIFY(m_page->isValid());
        QVERIFY(!m_page->isModified());
        QVERIFY(!button("saveButton")->isEnabled()); // nothing changed yet
        QVERIFY(!button("revertButton")->isEnabled());
    }

    void wheelScrollsThePageNotTheFields()
    {
        m_page->resize(700, 360); // the form is taller than this: the page scrolls
        QApplication::processEvents();
        auto* scroll = m_page->findChild<QScrollArea*>();
        QVERIFY(scroll && scroll->verticalScrollBar()->maximum() > 0);
        const QStringList before = fieldValues(m_page.get());
        QList<QWidget*> fields;
        for (auto* box : m_page->findChildren<QAbstractSpinBox*>())
            fields << box;
        for (auto* box : m_page->findChildren<QComboBox*>())
            fields << box;
        if (QWidget* focused = QApplication::focusWidget())
            focused->clearFocus(); // nothing clicked into yet
        int enabledFields = 0;
        int scrolled = 0;
        for (QWidget* field : std::as_const(fields)) {
            if (!field->isEnabled())
                continue;
            ++enabledFields;
            scroll->ensureWidgetVisible(field);
            for (int notches : {-1, -1, 2, 1}) {
                const int position = scroll->verticalScrollBar()->value();
                turnWheel(field, notches);
                scrolled += scroll->verticalScrollBar()->value() != position ? 1 : 0;
            }
        }
        QVERIFY(enabledFields >= 6); // retries, threshold's neighbours, algorithm, test share, learn from, rows…
        QCOMPARE(fieldValues(m_page.get()), before);
        QVERIFY(!m_page->isModified());
        QVERIFY2(scrolled > 0, "the wheel over the fields never scrolled the page");

        // A field the person clicked into (it has the focus) takes the wheel as usual.
        auto* rows = m_page->findChild<QSpinBox*>(QStringLiteral("minimumRows"));
        QVERIFY(rows);
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        scroll->ensureWidgetVisible(rows);
        rows->setFocus();
        QVERIFY(rows->hasFocus());
        const int value = rows->value();
        turnWheel(rows, 1);
        QCOMPARE(rows->value(), value + rows->singleStep());
        QVERIFY(m_page->isModified());
    }

    void invalidCronIsShownBesideTheFieldAndBlocksSave()
    {
        ValidatedField* cron = schedules()->cronField();
        typeInto(cron, QStringLiteral("61 2 * * *"));
        QVERIFY(cron->errorLabel()->isVisible());
        QVERIFY(cron->errorLabel()->text().contains(QStringLiteral("61")));
        QVERIFY(!button("saveButton")->isEnabled());
        QVERIFY(!m_page->isValid());
        QVERIFY(!m_page->editedModel());
        QVERIFY(schedules()->nextMomentsLabel()->text().isEmpty());
        QCOMPARE(schedules()->table()->item(0, 0)->text(), QStringLiteral("Invalid schedule"));

        typeInto(cron, QStringLiteral("30 3 * * *"));
        QVERIFY(!cron->errorLabel()->isVisible());
        QVERIFY(button("saveButton")->isEnabled());
        QVERIFY(button("revertButton")->isEnabled());
        QCOMPARE(schedules()->meaningLabel()->text(), QStringLiteral("Every day at 03:30"));
        QCOMPARE(schedules()->table()->item(0, 0)->text(), QStringLiteral("Every day at 03:30"));
        const QStringList moments = schedules()->nextMomentsLabel()->text().split(QLatin1Char('\n'));
        QCOMPARE(moments.size(), 5);
        for (const QString& moment : moments)
            QVERIFY2(moment.endsWith(QStringLiteral("03:30")), qPrintable(moment));
        QVERIFY(moments.first() != moments.last());
    }

    void invalidDurationAndThresholdAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("good");
        QTest::newRow("window in words") << QStringLiteral("dataWindowField") << QStringLiteral("5 hours") << QStringLiteral("12h");
        QTest::newRow("bare number") << QStringLiteral("dataCooldownField") << QStringLiteral("60") << QStringLiteral("0s");
        QTest::newRow("zero interval") << QStringLiteral("performanceEveryField") << QStringLiteral("0s") << QStringLiteral("2h");
        QTest::newRow("empty time limit") << QStringLiteral("timeLimitField") << QString() << QStringLiteral("1h30m");
        QTest::newRow("threshold above 1") << QStringLiteral("thresholdField") << QStringLiteral("1.5") << QStringLiteral("0.8");
        QTest::newRow("threshold text") << QStringLiteral("thresholdField") << QStringLiteral("high") << QStringLiteral("0.65");
        QTest::newRow("negative threshold") << QStringLiteral("thresholdField") << QStringLiteral("-0.1") << QStringLiteral("1");
    }

    void invalidDurationAndThresholdAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, bad);
        QFETCH(QString, good);
        ValidatedField* edited = field(name.toLatin1().constData());
        QVERIFY(edited);
        typeInto(edited, bad);
        QVERIFY(edited->errorLabel()->isVisible());
        QVERIFY(!edited->errorLabel()->text().isEmpty());
        QVERIFY(!button("saveButton")->isEnabled());
        QVERIFY(!m_page->editedModel());

        typeInto(edited, good);
        QVERIFY(!edited->errorLabel()->isVisible());
        QVERIFY(button("saveButton")->isEnabled());
        QVERIFY(m_page->editedModel());
    }

    void revertPutsTheLoadedValuesBack()
    {
        typeInto(schedules()->cronField(), QStringLiteral("61 2 * * *"));
        typeInto(field("thresholdField"), QStringLiteral("2"));
        QVERIFY(button("revertButton")->isEnabled());
        QTest::mouseClick(button("revertButton"), Qt::LeftButton);
        QCOMPARE(schedules()->cronField()->text(), QStringLiteral("0 2 * * *"));
        QCOMPARE(field("thresholdField")->text(), QStringLiteral("0.7"));
        QVERIFY(!schedules()->cronField()->errorLabel()->isVisible());
        QVERIFY(!button("saveButton")->isEnabled());
        QVERIFY(!m_page->isModified());
    }

    void saveWritesWorkspaceJson()
    {
        ScheduleEditor* editor = schedules();
        typeInto(editor->cronField(), QStringLiteral("30 6 * * MON"));
        editor->addSchedule();
        QCOMPARE(editor->table()->rowCount(), 3);
        QCOMPARE(editor->selectedRow(), 2);
        typeInto(editor->cronField(), QStringLiteral("*/15 * * * *"));
        QCOMPARE(editor->meaningLabel()->text(), QStringLiteral("Every 15 minutes"));
        editor->selectSchedule(1);
        editor->removeSelectedSchedule();
        QCOMPARE(editor->table()->rowCount(), 2);

        typeInto(field("dataWindowField"), QStringLiteral("12h"));
        typeInto(field("thresholdField"), QStringLiteral("0.85"));
        typeInto(field("timeLimitField"), QStringLiteral("1h30m"));
        const auto checkBoxes = m_page->findChildren<QCheckBox*>();
        QCheckBox* paused = nullptr;
        for (QCheckBox* box : checkBoxes)
            if (box->text().startsWith(QStringLiteral("Paused")))
                paused = box;
        QVERIFY(paused);
        paused->setChecked(true);
        auto* algorithm = m_page->findChild<QComboBox*>(QStringLiteral("algorithmCombo"));
        QVERIFY(algorithm);
        QCOMPARE(algorithm->itemData(0).toString(), QStringLiteral("auto")); // offered first
        QCOMPARE(algorithm->currentData().toString(), QStringLiteral("random_forest")); // the demo model's own
        algorithm->setCurrentIndex(algorithm->findData(QStringLiteral("linear")));

        QSignalSpy saved(m_page.get(), &ModelSettingsPage::saved);
        QVERIFY(button("saveButton")->isEnabled());
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
        QCOMPARE(saved.at(0).at(0).toString(), kClinic);
        QVERIFY(!button("saveButton")->isEnabled()); // saved: nothing left to save
        QVERIFY(!m_page->isModified());

        const auto reopened = Workspace::open(m_dir.path());
        const ModelConfig clinic = reopened->requireModel(kClinic);
        QCOMPARE(clinic.triggers.schedules.size(), size_t(2));
        QCOMPARE(clinic.triggers.schedules[0].cron, QStringLiteral("30 6 * * MON"));
        QCOMPARE(clinic.triggers.schedules[1].cron, QStringLiteral("*/15 * * * *"));
        QVERIFY(!clinic.triggers.schedules[1].conditional);
        QCOMPARE(clinic.triggers.schedules[1].id, 3);
        QCOMPARE(clinic.triggers.data.windowSecs, qint64(12 * 3600));
        QCOMPARE(clinic.triggers.performance.threshold, 0.85);
        QCOMPARE(clinic.triggers.maxTrainingSecs, qint64(90 * 60));
        QVERIFY(clinic.triggers.paused);
        QCOMPARE(clinic.algorithmName(), QStringLiteral("linear"));
        // Untouched fields keep their values.
        QCOMPARE(clinic.triggers.data.cooldownSecs, qint64(6 * 3600));
        QCOMPARE(clinic.label, QStringLiteral("waiting_minutes"));
        QCOMPARE(clinic.minimumSamples, 10);
        // The page's own workspace has the same values.
        QCOMPARE(QString::fromStdString(m_workspace->requireModel(kClinic).toJson().dump()),
                 QString::fromStdString(clinic.toJson().dump()));
    }

    // Issue 12: the name a model is shown under is edited here; the identifier never changes.
    void editsTheNameShown()
    {
        ValidatedField* name = m_page->displayNameField();
        QCOMPARE(name, field("displayNameField"));
        QCOMPARE(name->text(), QString()); // the demo model has no name of its own
        QCOMPARE(name->lineEdit()->placeholderText(), kClinic);

        // The name another model already shows under, in another letter case, is refused beside the field.
        typeInto(name, QStringLiteral("DELIVERY-Delay"));
        QVERIFY(!name->isValid());
        QVERIFY2(name->error().contains(QStringLiteral("delivery-delay")), qPrintable(name->error()));
        QVERIFY(!name->errorLabel()->text().isEmpty());
        QVERIFY(!button("saveButton")->isEnabled());
        typeInto(name, QString(101, QLatin1Char('x')));
        QVERIFY2(name->error().contains(QStringLiteral("100")), qPrintable(name->error()));

        const QString shown = QStringLiteral("Waiting time (north clinic)");
        typeInto(name, shown);
        QVERIFY2(name->isValid(), qPrintable(name->error()));
        QVERIFY(button("saveButton")->isEnabled());
        QSignalSpy saved(m_page.get(), &ModelSettingsPage::saved);
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
        QCOMPARE(saved.at(0).at(0).toString(), kClinic);
        QCOMPARE(Workspace::open(m_dir.path())->requireModel(kClinic).displayName, shown);
        QVERIFY(m_workspace->model(kClinic)); // same identifier
        auto* title = m_page->findChildren<QLabel*>().first();
        QCOMPARE(title->text(), QStringLiteral("Settings of %1").arg(shown));

        // Its own name is not "another model's"; emptied, the identifier is shown again.
        typeInto(name, shown.toUpper());
        QVERIFY(name->isValid());
        typeInto(name, QString());
        QVERIFY(name->isValid());
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 30000);
        QCOMPARE(m_workspace->requireModel(kClinic).shownName(), kClinic);
        QCOMPARE(Workspace::open(m_dir.path())->requireModel(kClinic).displayName, QString());
    }

    void unknownModelDisablesThePage()
    {
        m_page->setModel(QStringLiteral("no-such-model"));
        QVERIFY(m_page->modelName().isEmpty());
        QVERIFY(!button("saveButton")->isEnabled());
        QVERIFY(!schedules()->isEnabled());
        QVERIFY(!m_page->isValid());
    }
};

QTEST_MAIN(TestModelSettingsPage)
#include "tst_model_settings_page.moc"
