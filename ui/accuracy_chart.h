#pragma once
// The Accuracy tab: the primary metric of every run that measured one, over time, with the threshold
// as a dashed line and markers for promoted, rejected and rolled-back versions; below it a chart of run
// durations. Resting the pointer on a point shows its moment and value (ChartPointTips).
#include "registry.h"
#include "run_record.h"
#include <QCoroTask>
#include <QWidget>
#include <vector>

class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QXYSeries;
class QLabel;

namespace retrainer {

class ChartPointTips;
class ConsoleEngine;

// The time axis's label format and tick count for a range: labels as fine as the range needs ("HH:mm:ss"
// for minutes, "d MMM yyyy" for months) and ticks far enough apart that no two labels read the same.
struct TimeAxisLayout
{
    QString format;
    int ticks = 5;
};
TimeAxisLayout timeAxisLayout(qint64 fromMs, qint64 toMs);

class AccuracyChart : public QWidget
{
    Q_OBJECT
public:
    explicit AccuracyChart(ConsoleEngine& engine, QWidget* parent = nullptr);

    void setModel(const QString& model);
    // Reads runs and events on a worker thread, then redraws.
    QCoro::Task<> reload();

    int metricPointCount() const;
    int promotedMarkerCount() const;
    int rejectedMarkerCount() const;
    int rollbackMarkerCount() const;
    int durationPointCount() const;
    QChartView* metricView() const { return m_metricView; }
    ChartPointTips* metricTips() const { return m_metricTips; }
    QLineSeries* metricSeries() const { return m_metric; }
    QScatterSeries* promotedSeries() const { return m_promoted; }

Q_SIGNALS:
    void reloaded();

private:
    struct Data
    {
        std::vector<RunRecord> runs;     // oldest first
        std::vector<EventRecord> rollbacks;
        std::vector<ModelVersion> versions;
    };
    void show(const Data& data);

    ConsoleEngine& m_engine;
    QString m_model;
    QLabel* m_caption;
    QChartView* m_metricView;
    QChartView* m_durationView;
    ChartPointTips* m_metricTips;
    ChartPointTips* m_durationTips;
    QLineSeries* m_metric = nullptr;
    QScatterSeries* m_promoted = nullptr;
    QScatterSeries* m_rejected = nullptr;
    QScatterSeries* m_rolledBack = nullptr;
    QLineSeries* m_durations = nullptr;
    int m_reloads = 0;
};

} // namespace retrainer
