// Issue 12 item 12: resting the pointer on a point of the accuracy chart shows that run's moment and value,
// on a real demo workspace after a real training (offscreen); away from the points nothing shows.
#include "accuracy_chart.h"
#include "chart_point_tips.h"
#include "console_fixture.h"
#include "model_snapshot.h"
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QSignalSpy>
#include <QToolTip>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

using namespace retrainer;
using retrainer::test::kClinic;

class TstAccuracyChart : public QObject
{
    Q_OBJECT

    test::ConsoleFixture m_fixture;
    std::optional<RunRecord> m_run;
    std::unique_ptr<AccuracyChart> m_chart;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
        m_run = m_fixture.trainAndWait(kClinic);
        QVERIFY(m_run);
        QCOMPARE(toString(m_run->state), QStringLiteral("promoted"));
    }

    void init()
    {
        m_chart = std::make_unique<AccuracyChart>(*m_fixture.engine);
        m_chart->resize(900, 700);
        m_chart->QWidget::show(); // AccuracyChart::show(Data) hides it
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
        QSignalSpy reloaded(m_chart.get(), &AccuracyChart::reloaded);
        m_chart->setModel(kClinic);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() > 0, 60000);
        QCOMPARE(m_chart->metricPointCount(), 1);
        QCOMPARE(m_chart->promotedMarkerCount(), 1);
    }

    void cleanup()
    {
        QToolTip::hideText();
        m_chart.reset();
    }

    void restingOnAPointShowsItsTimeAndValue()
    {
        QWidget* viewport = m_chart->metricView()->viewport();
        // Where the point rests once the chart has settled (its series may still be animating in).
        std::optional<QPoint> at;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            const auto now = m_chart->metricTips()->pointPosition(m_chart->promotedSeries(), 0);
            const bool settled = now && at && *now == *at;
            at = now;
            return settled;
        }()), 5000);
        QVERIFY(at);
        QVERIFY2(viewport->rect().contains(*at), "the point is drawn inside the chart");

        const double r2 = *metricIn(m_run->metrics, QStringLiteral("r2"));
        const QString value = formatMetric(QStringLiteral("r2"), r2, QStringLiteral("waiting_minutes"));
        const QString moment = QLocale().toString(m_run->finishedAt.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm:ss"));

        const QPoint near = *at + QPoint(3, -2); // near the point is enough
        QTest::mouseMove(viewport, near);
        // What Qt sends once the pointer rests (its tooltip timer did not always fire on the offscreen platform).
        QHelpEvent rest(QEvent::ToolTip, near, viewport->mapToGlobal(near));
        QVERIFY2(!m_chart->metricTips()->textAt(near).isEmpty(), "a point is near");
        QApplication::sendEvent(viewport, &rest);
        QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 5000);
        const QString text = QToolTip::text();
        // The promoted marker lies on the run's point: it names the outcome, the moment and the value.
        QVERIFY2(text.startsWith(QStringLiteral("promoted\n")), qPrintable(text));
        QVERIFY2(text.contains(moment), qPrintable(text + QStringLiteral(" / ") + moment));
        QVERIFY2(text.contains(value), qPrintable(text + QStringLiteral(" / ") + value));

        // Away from every point the tooltip goes and none comes back.
        const QPoint away(viewport->width() - 5, 5);
        QVERIFY(m_chart->metricTips()->textAt(away).isEmpty());
        QTest::mouseMove(viewport, away);
        QHelpEvent restAway(QEvent::ToolTip, away, viewport->mapToGlobal(away));
        QApplication::sendEvent(viewport, &restAway);
        QTRY_VERIFY_WITH_TIMEOUT(!QToolTip::isVisible(), 5000);
        QTest::qWait(1000);
        QVERIFY(!QToolTip::isVisible());
    }

    void theLineAloneNamesTheMetric()
    {
        // The candidate's line has the same point; with the marker hidden it is the line's tooltip.
        m_chart->promotedSeries()->setVisible(false);
        const auto at = m_chart->metricTips()->pointPosition(m_chart->metricSeries(), 0);
        QVERIFY(at);
        const QString text = m_chart->metricTips()->textAt(*at);
        QVERIFY2(text.startsWith(m_chart->metricSeries()->name() + QLatin1Char('\n')), qPrintable(text));
        QVERIFY(m_chart->metricTips()->textAt(*at + QPoint(ChartPointTips::kReach + 2, 0)).isEmpty());
    }
};

QTEST_MAIN(TstAccuracyChart)
#include "tst_accuracy_chart.moc"
