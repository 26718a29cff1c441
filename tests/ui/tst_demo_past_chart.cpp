// Issue 15 part 3: after the demo's past is replayed (real dlib trainings on the demo rows), the console's
// accuracy chart for a demo model opens with weeks of points instead of one: one per replayed run, promoted and
// rejected ones marked, spread over more than two weeks; the History tab says the runs were replayed.
#include "console_fixture.h"
#include "accuracy_chart.h"
#include "console_engine.h"
#include "demo_past.h"
#include "demo_workspace.h"
#include "history_tab.h"
#include "model_snapshot.h"
#include "store.h"
#include "workspace.h"
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QLineSeries>

using namespace retrainer;

class TstDemoPastChart : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;
    std::vector<RunRecord> m_runs;
    const QString m_model = QStringLiteral("clinic-waiting-time");

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp(/*start*/ false)); // the demo workspace; not started: nothing trains meanwhile
        Workspace& workspace = m_fixture.engine->workspace();
        CancelToken cancel;
        const auto past = recordDemoPast(workspace, {m_model}, cancel);
        QCOMPARE(int(past.size()), 1);
        m_runs = workspace.store().runs(m_model);
        QCOMPARE(int(m_runs.size()), past.front().runs);
    }

    void theAccuracyChartOpensWithTheReplayedWeeks()
    {
        AccuracyChart chart(*m_fixture.engine);
        chart.resize(900, 700);
        chart.QWidget::show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QSignalSpy reloaded(&chart, &AccuracyChart::reloaded);
        chart.setModel(m_model);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() > 0, 60000);
        QVERIFY(chart.metricPointCount() > 1);
        QCOMPARE(chart.metricPointCount(), int(m_runs.size()));
        int promoted = 0, rejected = 0;
        for (const RunRecord& r : m_runs)
            (r.state == RunState::Promoted ? promoted : rejected) += 1;
        QCOMPARE(chart.promotedMarkerCount(), promoted);
        QCOMPARE(chart.rejectedMarkerCount(), rejected);
        QCOMPARE(chart.durationPointCount(), int(m_runs.size()));
        const QLineSeries* series = chart.metricSeries();
        const double spanDays = (series->at(series->count() - 1).x() - series->at(0).x()) / (24.0 * 3600 * 1000);
        QVERIFY2(spanDays >= 14, qPrintable(QString::number(spanDays)));
        QVERIFY(series->at(series->count() - 1).x() < double(QDateTime::currentMSecsSinceEpoch()));
    }

    void theRunsSayTheyWereReplayed()
    {
        QCOMPARE(triggerLabel(m_runs.front().trigger), QStringLiteral("replayed: the demo's past"));
        QVERIFY(runDetailsHtml(m_runs.front()).contains(QStringLiteral("Replayed, not a live run")));
    }
};

QTEST_MAIN(TstDemoPastChart)
#include "tst_demo_past_chart.moc"
