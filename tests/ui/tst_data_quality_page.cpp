// The Data page shows the exact counts of the quality fixture (tests/data/quality/visits.csv), computed off
// the GUI thread by loadQualityReport, including drift against a trained version and the last run's hygiene.
#include "data_quality_page.h"
#include "error.h"
#include "quality_fixture.h"
#include "store.h"
#include "training_pipeline.h"
#include "workspace.h"
#include "worker_pool.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QValueAxis>
#include <cmath>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace retrainer;

class TstDataQualityPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<WorkerPool> m_workers = std::make_unique<WorkerPool>(); // its jobs end before the workspace goes
    const QDateTime m_now{QDate(2026, 6, 30), QTime(12, 0), Qt::UTC};

    // Loads a report the way the main window does, and waits for it without blocking the event loop.
    std::optional<QualityReport> load(const QString& model, QString* error = nullptr)
    {
        std::optional<QualityReport> result;
        bool done = false;
        auto run = [&]() -> QCoro::Task<> {
            try {
                result = co_await DataQualityPage::loadQualityReport(*m_workers, *m_ws, model, m_now);
            } catch (const Error& e) {
                if (error)
                    *error = e.message();
            }
            done = true;
        };
        run();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
        return result;
    }

    static QString cell(const QTableWidget* table, const QString& rowName, int column)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == rowName)
                return table->item(row, column)->text();
        return QStringLiteral("(no row %1)").arg(rowName);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = Workspace::create(m_dir.path() + QStringLiteral("/ws"));
        m_ws->addModel(test::visitsModel());
    }

    void showsTheFixtureCounts()
    {
        const auto report = load(QStringLiteral("visits"));
        QVERIFY(report.has_value());
        DataQualityPage page;
        page.show();
        page.showReport(*report);
        const auto* view = page.findChild<QChartView*>(QStringLiteral("periodChart"));
        QVERIFY(view && view->chart()->series().size() == 1);
        const auto* periods = qobject_cast<QBarSeries*>(view->chart()->series().at(0))->barSets().value(0);
        QVERIFY(periods);
        QCOMPARE(periods->count(), 4);
        QCOMPARE(periods->at(0), 2.0);
        QCOMPARE(periods->at(1), 5.0);
        QCOMPARE(periods->at(2), 11.0);
        QCOMPARE(periods->at(3), 20.0);
        const auto* score = page.findChild<QProgressBar*>(QStringLiteral("score"));
        QCOMPARE(score->value(), 81);
        QVERIFY2(score->text().contains(QStringLiteral("Minimum")), qPrintable(score->text()));
        const auto* summary = page.findChild<QLabel*>(QStringLiteral("summary"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("Usable rows: 24, rejected by the source: 2, duplicates: 3.")),
                 qPrintable(summary->text()));
        const auto* columns = page.findChild<QTableWidget*>(QStringLiteral("columns"));
        QCOMPARE(columns->rowCount(), 4);
        QCOMPARE(cell(columns, QStringLiteral("age"), 2), QStringLiteral("2"));
        QCOMPARE(cell(columns, QStringLiteral("clinic"), 2), QStringLiteral("1"));
        QCOMPARE(cell(columns, QStringLiteral("weight"), 5), QStringLiteral("1"));
        QCOMPARE(cell(columns, QStringLiteral("site"), 4), QStringLiteral("yes"));
        const auto* drift = page.findChild<QTableWidget*>(QStringLiteral("drift"));
        QCOMPARE(drift->rowCount(), 0); // nothing trained yet
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("hygiene"))->text().contains(QStringLiteral("No run")));

        // The count axis and the bar labels (issue 12, item 7).
        const auto* axis = qobject_cast<QValueAxis*>(view->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        // 2 / 5 / 11 / 20 rows: the axis goes up in a round step (1, 2 or 5 times a power of ten) to a multiple
        // of it above 20, so every label is a round whole number (not 5.75, 11.5…).
        QCOMPARE(axis->min(), 0.0);
        QVERIFY(axis->tickCount() >= 3);
        const double step = axis->max() / (axis->tickCount() - 1);
        QCOMPARE(step, std::round(step));
        const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
        const double leading = step / magnitude;
        QVERIFY2(leading == 1.0 || leading == 2.0 || leading == 5.0, qPrintable(QString::number(step)));
        QVERIFY(axis->max() > 20.0);
        QVERIFY(axis->max() <= 40.0);

        // The counts are written above the bars in the axis labels' colour, not white on the light background.
        const auto* series = qobject_cast<QBarSeries*>(view->chart()->series().at(0));
        QCOMPARE(series->labelsPosition(), QAbstractBarSeries::LabelsOutsideEnd);
        const QColor label = series->barSets().value(0)->labelColor();
        const QBrush brush = view->chart()->backgroundBrush(); // the light theme paints a gradient
        const QColor background = brush.gradient() && !brush.gradient()->stops().isEmpty()
                                      ? brush.gradient()->stops().constFirst().second
                                      : brush.color();
        QVERIFY2(std::abs(label.lightness() - background.lightness()) > 100,
                 qPrintable(label.name() + QStringLiteral(" on ") + background.name()));
    }

    void showsDriftAndHygieneAfterTraining()
    {
        const ModelConfig model = test::learnableVisitsModel(m_ws->directory()); // a model the gate lets through
        m_ws->updateModel(model);
        const qint64 id = m_ws->store().createRun(model.name, QStringLiteral("manual"), false);
        TrainingPipeline pipeline(m_ws->store(), m_ws->registry(), m_ws->directory());
        RunRequest request;
        request.model = model.name;
        QCOMPARE(pipeline.execute(id, model, request, CancelToken(), {}).version.value_or(0), 1);
        const auto report = load(QStringLiteral("visits"));
        DataQualityPage page;
        page.showReport(*report);
        const auto* drift = page.findChild<QTableWidget*>(QStringLiteral("drift"));
        QCOMPARE(drift->rowCount(), 4);
        for (int row = 0; row < drift->rowCount(); ++row) {
            const bool drifted = report->drift[size_t(row)].drifted;
            QCOMPARE(drift->item(row, 2)->text(), drifted ? QStringLiteral("drifted") : QStringLiteral("stable"));
            QCOMPARE(drift->item(row, 1)->font().bold(), drifted); // past the 0.2 threshold: highlighted
        }
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("driftNote"))->text().contains(QStringLiteral("version 1")));
        const QString hygiene = page.findChild<QLabel*>(QStringLiteral("hygiene"))->text();
        QVERIFY2(hygiene.contains(QStringLiteral("removed duplicates: 3,")), qPrintable(hygiene));
    }

    void refreshAndErrors()
    {
        DataQualityPage page;
        QSignalSpy refresh(&page, &DataQualityPage::refreshRequested);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("refresh")), Qt::LeftButton);
        QCOMPARE(refresh.count(), 1);
        QString error;
        QVERIFY(!load(QStringLiteral("nope"), &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
        page.showError(error);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("summary"))->text().contains(error));
    }
};

QTEST_MAIN(TstDataQualityPage)
#include "tst_data_quality_page.moc"
