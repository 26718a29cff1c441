#include "chart_point_tips.h"
#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QXYSeries>

namespace retrainer {

ChartPointTips::ChartPointTips(QChartView* view) : QObject(view), m_view(view)
{
    m_view->viewport()->installEventFilter(this);
}

void ChartPointTips::watch(QXYSeries* series, ValueText valueText)
{
    m_watched.push_back({series, std::move(valueText)});
}

void ChartPointTips::clear()
{
    m_watched.clear();
}

QPoint ChartPointTips::toViewport(const QXYSeries* series, const QPointF& value) const
{
    QChart* chart = m_view->chart();
    const QPointF inChart = chart->mapToPosition(value, const_cast<QXYSeries*>(series));
    return m_view->mapFromScene(chart->mapToScene(inChart));
}

std::optional<QPoint> ChartPointTips::pointPosition(const QXYSeries* series, int index) const
{
    for (const Watched& w : m_watched)
        if (w.series == series && index >= 0 && index < series->count())
            return toViewport(series, series->at(index));
    return std::nullopt;
}

ChartPointTips::Nearest ChartPointTips::nearestTo(const QPoint& viewportPos) const
{
    Nearest nearest;
    int best = kReach * kReach + 1;
    for (auto w = m_watched.rbegin(); w != m_watched.rend(); ++w) {
        if (!w->series || !w->series->isVisible())
            continue;
        const QList<QPointF> points = w->series->points();
        for (int i = 0; i < points.size(); ++i) {
            const QPoint at = toViewport(w->series, points[i]);
            const QPoint d = at - viewportPos;
            const int distance = d.x() * d.x() + d.y() * d.y();
            if (distance < best) {
                best = distance;
                nearest = {&*w, i, at};
            }
        }
    }
    return nearest;
}

QString ChartPointTips::textAt(const QPoint& viewportPos) const
{
    const Nearest nearest = nearestTo(viewportPos);
    if (!nearest.watched)
        return {};
    const QPointF point = nearest.watched->series->at(nearest.index);
    const QString moment = QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x())),
                                              QStringLiteral("d MMM yyyy, HH:mm:ss"));
    return nearest.watched->series->name() + QLatin1Char('\n') + moment + QLatin1Char('\n')
           + nearest.watched->valueText(point.y());
}

bool ChartPointTips::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport() || event->type() != QEvent::ToolTip)
        return QObject::eventFilter(watched, event);
    auto* help = static_cast<QHelpEvent*>(event);
    const Nearest nearest = nearestTo(help->pos());
    if (!nearest.watched) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const QRect area(nearest.position - QPoint(kReach, kReach), QSize(2 * kReach + 1, 2 * kReach + 1));
    QToolTip::showText(help->globalPos(), textAt(help->pos()), m_view->viewport(), area);
    return true;
}

} // namespace retrainer
