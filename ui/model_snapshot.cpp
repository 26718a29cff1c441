#include "model_snapshot.h"
#include "metric_words.h"
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace retrainer {
namespace {

// The translation context of the texts below.
class SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(ModelSnapshot)
};

} // namespace

QString healthLabel(ModelHealth health)
{
    switch (health) {
    case ModelHealth::Healthy: return SnapshotText::tr("Healthy");
    case ModelHealth::BelowThreshold: return SnapshotText::tr("Below threshold");
    case ModelHealth::Training: return SnapshotText::tr("Training");
    case ModelHealth::Failed: return SnapshotText::tr("Last run failed");
    case ModelHealth::Paused: return SnapshotText::tr("Paused");
    case ModelHealth::NoVersion: return SnapshotText::tr("Not trained yet");
    }
    return {};
}

QColor healthColor(ModelHealth health)
{
    switch (health) {
    case ModelHealth::Healthy: return QColor(0x2e, 0x7d, 0x32);
    case ModelHealth::BelowThreshold: return QColor(0xef, 0x6c, 0x00);
    case ModelHealth::Training: return QColor(0x15, 0x65, 0xc0);
    case ModelHealth::Failed: return QColor(0xc6, 0x28, 0x28);
    case ModelHealth::Paused: return QColor(0x75, 0x75, 0x75);
    case ModelHealth::NoVersion: return QColor(0xbd, 0xbd, 0xbd);
    }
    return Qt::gray;
}

QIcon healthIcon(ModelHealth health)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = healthColor(health);
    painter.setPen(QPen(color.darker(130), 2));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(3, 3, 26, 26));
    painter.setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    switch (health) {
    case ModelHealth::Healthy: // a tick
        painter.drawPolyline(QPolygonF({QPointF(10, 16.5), QPointF(14.5, 21), QPointF(22, 11.5)}));
        break;
    case ModelHealth::BelowThreshold: // a downward arrow
        painter.drawLine(QPointF(16, 9), QPointF(16, 22));
        painter.drawPolyline(QPolygonF({QPointF(11, 17), QPointF(16, 22), QPointF(21, 17)}));
        break;
    case ModelHealth::Training: // a circular arrow
        painter.drawArc(QRectF(9, 9, 14, 14), 90 * 16, 270 * 16);
        painter.drawPolyline(QPolygonF({QPointF(16, 6), QPointF(19, 9), QPointF(16, 12)}));
        break;
    case ModelHealth::Failed: // a cross
        painter.drawLine(QPointF(11, 11), QPointF(21, 21));
        painter.drawLine(QPointF(21, 11), QPointF(11, 21));
        break;
    case ModelHealth::Paused: // two bars
        painter.drawLine(QPointF(13, 10), QPointF(13, 22));
        painter.drawLine(QPointF(19, 10), QPointF(19, 22));
        break;
    case ModelHealth::NoVersion: // a dot
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(16, 16), 2, 2);
        break;
    }
    return QIcon(pixmap);
}

QString formatMetric(const QString& metric, double value, const QString& label)
{
    return MetricWords::value(metric, value, label);
}

QString formatMoment(const QDateTime& utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = utc.toLocalTime();
    const QDate today = QDate::currentDate();
    const QString time = local.time().toString(QStringLiteral("HH:mm")); // 24-hour in every language
    if (local.date() == today)
        return SnapshotText::tr("today %1").arg(time);
    if (local.date() == today.addDays(1))
        return SnapshotText::tr("tomorrow %1").arg(time);
    return QLocale().toString(local, QStringLiteral("d MMM HH:mm"));
}

QString formatDateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
}

QString triggerLabel(const QString& trigger)
{
    if (trigger == QLatin1String("schedule"))
        return SnapshotText::tr("on schedule");
    if (trigger == QLatin1String("conditional"))
        return SnapshotText::tr("on schedule, new rows");
    if (trigger == QLatin1String("data"))
        return SnapshotText::tr("new data");
    if (trigger == QLatin1String("performance"))
        return SnapshotText::tr("score check");
    if (trigger == QLatin1String("catch-up"))
        return SnapshotText::tr("catch-up of missed runs");
    if (trigger == QLatin1String("manual"))
        return SnapshotText::tr("Train now");
    if (trigger == QLatin1String("api"))
        return SnapshotText::tr("through the API");
    if (trigger == QLatin1String("replayed"))
        return SnapshotText::tr("replayed: the demo's past");
    return trigger;
}

QString readinessLabel(long samples)
{
    if (samples < 0)
        return SnapshotText::tr("Unknown");
    if (samples >= 100)
        return SnapshotText::tr("Excellent");
    if (samples >= 50)
        return SnapshotText::tr("Recommended");
    if (samples >= 10)
        return SnapshotText::tr("Minimum");
    return SnapshotText::tr("Not ready");
}

} // namespace retrainer
