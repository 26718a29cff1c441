// ModelWizard driven like a user on the demo workspace: a fixture CSV is read and previewed, the label
// suggests the task, the default features follow `model add`'s rules, Finish saves the model and emits
// modelCreated; unreadable or empty sources show an error and do not advance; an SQLite table works too.
#include "demo_workspace.h"
#include "field_error_label.h"
#include "model_wizard.h"
#include "validated_field.h"
#include "wizard_columns_page.h"
#include "wizard_name_page.h"
#include "wizard_source_page.h"
#include "wizard_training_page.h"
#include "worker_pool.h"
#include "workspace.h"
#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QRegularExpression>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSemaphore>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace retrainer;

namespace {

constexpr int kTimeout = 30000;

QString fixture(const char* name)
{
    return QStringLiteral(RETRAINER_TEST_DATA "/wizard/") + QString::fromLatin1(name);
}

QStringList headerTexts(const QTableWidget* table)
{
    QStringList out;
    for (int c = 0; c < table->columnCount(); ++c)
        out << table->horizontalHeaderItem(c)->text();
    return out;
}

} // namespace

class TestModelWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    WorkerPool m_workers; // after the workspace: waited for before it goes

    // Opens the wizard on the fixture CSV and goes to the training page once its suggestions are in.
    bool openOnVisits(ModelWizard& wizard)
    {
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return false;
        wizard.sourcePage()->setCsvFile(fixture("visits.csv"));
        if (!QTest::qWaitFor([&] { return wizard.sourcePage()->isComplete(); }, kTimeout))
            return false;
        wizard.next();
        wizard.next();
        return wizard.currentId() == ModelWizard::TrainingPageId
               && QTest::qWaitFor([&] { return wizard.trainingPage()->isComplete(); }, kTimeout);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = Workspace::create(m_dir.path());
        createDemoWorkspace(*m_workspace);
    }

    // The source is read on the workers the wizard was given (the engine's, which the console waits for when it
    // quits), not on Qt's global pool: while they are all busy the read waits, and it completes once one is free.
    void theSourceIsReadOnTheWorkersItWasGiven()
    {
        WorkerPool workers(1);
        QSemaphore release;
        auto busy = QtConcurrent::run(workers.threads(), [&release] { release.acquire(); }); // the only worker
        ModelWizard wizard(*m_workspace, workers);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.sourcePage()->setCsvFile(fixture("visits.csv"));
        QTest::qWait(300);
        QVERIFY(!wizard.sourcePage()->isComplete()); // waits for a worker of its pool
        release.release();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.sourcePage()->isComplete(), kTimeout);
        QCOMPARE(wizard.draft().table->rows.size(), size_t(60));
    }

    void previewShowsColumnsKindsAndFirstRows()
    {
        ModelWizard wizard(*m_workspace, m_workers);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ModelWizard::SourcePageId));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        wizard.sourcePage()->setCsvFile(fixture("visits.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.sourcePage()->isComplete(), kTimeout);
        QVERIFY(wizard.sourcePage()->error().isEmpty());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.draft().table->rows.size(), size_t(60));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ModelWizard::ColumnsPageId));
        const QTableWidget* preview = wizard.columnsPage()->preview();
        QCOMPARE(preview->rowCount(), WizardColumnsPage::kPreviewRows);
        QCOMPARE(headerTexts(preview),
                 (QStringList{QStringLiteral("visit_id\n(text)"), QStringLiteral("visited_at\n(date and time)"),
                              QStringLiteral("department\n(text)"), QStringLiteral("queue_length\n(numbers)"),
                              QStringLiteral("outcome\n(text)"), QStringLiteral("waiting_minutes\n(numbers)")}));
        // The rows as in the file: the first, and the twentieth (the last shown).
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("V1001"));
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("2026-03-02T08:00"));
        QCOMPARE(preview->item(0, 5)->text(), QStringLiteral("13.1"));
        QCOMPARE(preview->item(19, 0)->text(), QStringLiteral("V1020"));
        QCOMPARE(preview->item(19, 5)->text(), wizard.draft().table->rows[19].cells[5]);
    }

    void labelSuggestsTaskAndFeaturesFollowModelAdd()
    {
        ModelWizard wizard(*m_workspace, m_workers);
        QVERIFY(openOnVisits(wizard));
        WizardTrainingPage* page = wizard.trainingPage();
        // The last column is proposed as the label, the text dates as the time column.
        QCOMPARE(page->labelCombo()->currentText(), QStringLiteral("waiting_minutes"));
        QCOMPARE(page->timestampCombo()->currentData().toString(), QStringLiteral("visited_at"));
        QCOMPARE(toString(*page->task()), QStringLiteral("regression"));
        QVERIFY(page->taskHint()->text().contains(QStringLiteral("numbers")));
        // visit_id has a different value in every one of 60 rows: left out, as `model add` does.
        QCOMPARE(page->featureList()->count(), 4);
        QCOMPARE(page->checkedFeatures(),
                 (QStringList{QStringLiteral("department"), QStringLiteral("queue_length"), QStringLiteral("outcome")}));

        page->setLabel(QStringLiteral("outcome"));
        QTRY_COMPARE_WITH_TIMEOUT(toString(*page->task()), QStringLiteral("classification"), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kTimeout);
        QVERIFY(page->taskHint()->text().contains(QStringLiteral("text")));
        QCOMPARE(page->checkedFeatures(), (QStringList{QStringLiteral("department"), QStringLiteral("queue_length"),
                                                       QStringLiteral("waiting_minutes")}));

        // A text column cannot be predicted as a number: the page says so and does not advance.
        page->setTask(Task::Regression);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isWorking(), kTimeout);
        auto* error = page->findChild<FieldErrorLabel*>(QStringLiteral("trainingError"));
        QVERIFY(error->isVisible());
        QVERIFY(!page->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ModelWizard::TrainingPageId));

        // The time column cannot be the label either.
        page->setLabel(QStringLiteral("visited_at"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeout);
        QVERIFY(!page->isComplete());
    }

    void finishSavesTheModelAndEmitsModelCreated()
    {
        ModelWizard wizard(*m_workspace, m_workers);
        QVERIFY(openOnVisits(wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ModelWizard::NamePageId));
        WizardNamePage* page = wizard.namePage();
        QCOMPARE(page->nameField()->text(), QStringLiteral("Waiting minutes")); // proposed from the label
        QCOMPARE(page->modelName(), QStringLiteral("waiting-minutes"));
        QVERIFY(page->groupCombo()->findText(QStringLiteral("Clinic")) >= 0);

        // A taken name and an invalid one are refused beside the field.
        QLineEdit* name = page->nameField()->lineEdit();
        name->setText(QStringLiteral("clinic-waiting-time"));
        QVERIFY(page->nameField()->errorLabel()->isVisible());
        QVERIFY(page->nameField()->errorLabel()->text().contains(QStringLiteral("already exists")));
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        name->setText(QStringLiteral("   "));
        QVERIFY(page->nameField()->errorLabel()->isVisible());
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QSignalSpy refused(&wizard, &ModelWizard::modelCreated);
        wizard.accept(); // as Finish would: refused while the name is invalid
        QVERIFY(wizard.isVisible());
        QCOMPARE(refused.count(), 0);
        name->clear();
        QTest::keyClicks(name, QStringLiteral("visit-wait"));
        QVERIFY(!page->nameField()->errorLabel()->isVisible());
        page->groupCombo()->setCurrentText(QStringLiteral("Clinic"));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

        QSignalSpy created(&wizard, &ModelWizard::modelCreated);
        QSignalSpy accepted(&wizard, &QDialog::accepted);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kTimeout);
        QCOMPARE(created.at(0).at(0).toString(), QStringLiteral("visit-wait"));
        QCOMPARE(accepted.count(), 1);

        const auto check = [](const ModelConfig& model) {
            QCOMPARE(model.group, QStringLiteral("Clinic"));
            QCOMPARE(model.source, QStringLiteral("csv:") + fixture("visits.csv"));
            QCOMPARE(model.label, QStringLiteral("waiting_minutes"));
            QCOMPARE(toString(model.task), QStringLiteral("regression"));
            QCOMPARE(model.timestamp, QStringLiteral("visited_at"));
            QCOMPARE(model.features,
                     (QStringList{QStringLiteral("department"), QStringLiteral("queue_length"), QStringLiteral("outcome")}));
            QCOMPARE(model.kinds.size(), 3);
            QVERIFY(model.kinds.value(QStringLiteral("department")) == ColumnKind::Categorical);
            QVERIFY(model.kinds.value(QStringLiteral("queue_length")) == ColumnKind::Numeric);
            QCOMPARE(model.algorithmName(), QStringLiteral("auto")); // the default for new models
        };
        check(m_workspace->requireModel(QStringLiteral("visit-wait")));
        if (QTest::currentTestFailed())
            return;
        check(Workspace::open(m_dir.path())->requireModel(QStringLiteral("visit-wait")));
    }

    void ownFeatureChoiceIsSavedAsNamed()
    {
        ModelWizard wizard(*m_workspace, m_workers);
        QVERIFY(openOnVisits(wizard));
        wizard.trainingPage()->setFeatureChecked(QStringLiteral("outcome"), false);
        wizard.trainingPage()->setFeatureChecked(QStringLiteral("visit_id"), true);
        wizard.trainingPage()->setTimestamp(QString());
        QTRY_VERIFY_WITH_TIMEOUT(wizard.trainingPage()->isComplete(), kTimeout);
        // Choosing no time column brings visited_at back, left out as identifier-like.
        QCOMPARE(wizard.trainingPage()->checkedFeatures(),
                 (QStringList{QStringLiteral("department"), QStringLiteral("queue_length"), QStringLiteral("outcome")}));
        wizard.trainingPage()->setFeatureChecked(QStringLiteral("outcome"), false);
        wizard.trainingPage()->setFeatureChecked(QStringLiteral("visit_id"), true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ModelWizard::NamePageId));
        QCOMPARE(wizard.namePage()->modelName(), QStringLiteral("waiting-minutes")); // still free
        QSignalSpy created(&wizard, &ModelWizard::modelCreated);
        wizard.accept();
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kTimeout);
        const ModelConfig model = m_workspace->requireModel(QStringLiteral("waiting-minutes"));
        QCOMPARE(model.features, (QStringList{QStringLiteral("visit_id"), QStringLiteral("department"),
                                              QStringLiteral("queue_length")}));
        QVERIFY(model.timestamp.isEmpty());
        QCOMPARE(model.group, QStringLiteral("default"));
        QVERIFY(model.kinds.value(QStringLiteral("visit_id")) == ColumnKind::Categorical);
    }

    // Issue 12 item 15: "2026-03-01 08:15" (a space, no 'T') is a date and time, not text.
    void datesWrittenWithASpaceAreDatesAndTimes()
    {
        QFile original(fixture("visits.csv"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(original.readAll());
        text.replace(QRegularExpression(QStringLiteral("(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d:\\d\\d)")), QStringLiteral("\\1 \\2"));
        QVERIFY(text.contains(QStringLiteral("2026-03-02 08:00")));
        const QString spaced = m_dir.filePath(QStringLiteral("visits-spaced.csv"));
        QFile copy(spaced);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(text.toUtf8());
        copy.close();

        ModelWizard wizard(*m_workspace, m_workers);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.sourcePage()->setCsvFile(spaced);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.sourcePage()->isComplete(), kTimeout);
        wizard.next();
        QCOMPARE(wizard.columnsPage()->preview()->horizontalHeaderItem(1)->text(), QStringLiteral("visited_at\n(date and time)"));
        QVERIFY(wizard.columnsPage()->findChild<QLabel*>()->text().contains(QStringLiteral("Dates and times: visited_at.")));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.trainingPage()->isComplete(), kTimeout);
        QCOMPARE(wizard.trainingPage()->timestampCombo()->currentData().toString(), QStringLiteral("visited_at"));
    }

    void unreadableSourcesShowAnErrorAndDoNotAdvance_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("missing.csv")) << QStringLiteral("Cannot read");
        QTest::newRow("a folder") << m_dir.path() << QStringLiteral("Cannot read");
        QTest::newRow("no rows") << fixture("header_only.csv") << QStringLiteral("no rows");
    }

    void unreadableSourcesShowAnErrorAndDoNotAdvance()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        ModelWizard wizard(*m_workspace, m_workers);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardSourcePage* page = wizard.sourcePage();
        QSignalSpy read(page, &WizardSourcePage::sourceRead);
        page->setCsvFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, kTimeout);
        auto* error = page->findChild<FieldErrorLabel*>(QStringLiteral("sourceError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(message), qPrintable(error->text()));
        QVERIFY(!page->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ModelWizard::SourcePageId));

        // Choosing a good file clears the error.
        page->setCsvFile(fixture("visits.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kTimeout);
        QVERIFY(!error->isVisible());
    }

    void readsAnSqliteTable()
    {
        ModelWizard wizard(*m_workspace, m_workers);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardSourcePage* page = wizard.sourcePage();
        page->setSqliteFile(m_dir.filePath(QStringLiteral("demo/logistics.sqlite")));
        auto* tables = page->findChildren<QComboBox*>().first();
        QTRY_COMPARE_WITH_TIMEOUT(tables->count(), 2, kTimeout);
        QCOMPARE(tables->itemText(0), QStringLiteral("daily_demand"));
        QVERIFY(!page->isComplete()); // two tables: the administrator chooses
        page->setSqliteTable(QStringLiteral("daily_demand"));
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kTimeout);
        QCOMPARE(wizard.draft().sourceUri,
                 QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("demo/logistics.sqlite")) + QStringLiteral("?table=daily_demand"));
        QCOMPARE(wizard.draft().table->rows.size(), size_t(5 * 365));
        wizard.next();
        QVERIFY(headerTexts(wizard.columnsPage()->preview()).contains(QStringLiteral("orders\n(numbers)")));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.trainingPage()->isComplete(), kTimeout);
        QCOMPARE(wizard.trainingPage()->timestampCombo()->currentData().toString(), QStringLiteral("date"));

        // A file that is not a database.
        page = wizard.sourcePage();
        wizard.back();
        wizard.back();
        page->setSqliteFile(fixture("visits.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->error().isEmpty(), kTimeout);
        QVERIFY(!page->isComplete());
    }
};

QTEST_MAIN(TestModelWizard)
#include "tst_model_wizard.moc"
