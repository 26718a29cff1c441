#pragma once
// Tooltips for the points of a chart: when the pointer rests on or near a point of a watched series, the
// series' name, the point's moment and its value in words show; away from every point, none. The tooltip
// is shown from the view's own tooltip event with the point's neighbourhood as its area, so it stays while
// the pointer is on the point (a tooltip shown from a series' hover signal covered the point, lost the
// hover and vanished at once).
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

class QChartView;
class QXYSeries;

namespace retrainer {

class ChartPointTips : public QObject
{
    Q_OBJECT
public:
    // How a point's value is worded: "R² 0.91", "12.5 s".
    using ValueText = std::function<QString(double value)>;

    explicit ChartPointTips(QChartView* view);

    // Watches `series` (already in the view's chart). Series watched later win when points coincide.
    void watch(QXYSeries* series, ValueText valueText);
    void clear();

    // Where point `index` of `series` is drawn, in the view's viewport; nothing when it is not watched.
    std::optional<QPoint> pointPosition(const QXYSeries* series, int index) const;
    // The tooltip for a place in the viewport; empty when no point is within reach.
    QString textAt(const QPoint& viewportPos) const;

    static constexpr int kReach = 10; // pixels around a point that show its tooltip

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Watched
    {
        QPointer<QXYSeries> series;
        ValueText valueText;
    };
    struct Nearest
    {
        const Watched* watched = nullptr;
        int index = -1;
        QPoint position;
    };
    Nearest nearestTo(const QPoint& viewportPos) const;
    QPoint toViewport(const QXYSeries* series, const QPointF& value) const;

    QChartView* m_view;
    std::vector<Watched> m_watched;
};

} // namespace retrainer
