#include "accuracy_chart.h"
#include "on_worker.h"
#include <algorithm>
#include <limits>
#include "chart_point_tips.h"
#include "metric_words.h"
#include "console_engine.h"
#include "model_snapshot.h"
#include "workspace.h"
#include <QCoroFuture>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

namespace retrainer {
namespace {

QScatterSeries* markers(const QString& name, const QColor& color, QScatterSeries::MarkerShape shape)
{
    auto* series = new QScatterSeries;
    series->setName(name);
    series->setColor(color);
    series->setBorderColor(color.darker(140));
    series->setMarkerShape(shape);
    series->setMarkerSize(11);
    return series;
}

QChartView* chartView(QWidget* parent)
{
    auto* view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->setLocalizeNumbers(true); // "0,90" in Spanish, as everywhere else
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->setMinimumHeight(220);
    return view;
}

} // namespace

TimeAxisLayout timeAxisLayout(qint64 fromMs, qint64 toMs)
{
    // The finest unit the format shows, so that ticks at least one unit apart never read the same.
    struct Choice
    {
        qint64 upToMs;
        const char* format;
        qint64 unitMs;
    };
    static constexpr qint64 minute = 60 * 1000, hour = 60 * minute, day = 24 * hour;
    static constexpr Choice choices[] = {{10 * minute, "HH:mm:ss", 1000},
                                         {day, "HH:mm", minute},
                                         {60 * day, "d MMM HH:mm", minute},
                                         {std::numeric_limits<qint64>::max(), "d MMM yyyy", day}};
    const qint64 span = std::max<qint64>(toMs - fromMs, 1);
    for (const Choice& c : choices)
        if (span <= c.upToMs) {
            // n ticks split the span into n - 1 steps; each step must cover at least two units.
            const qint64 steps = std::clamp<qint64>(span / (2 * c.unitMs), 1, 4);
            return {QString::fromLatin1(c.format), int(steps) + 1};
        }
    return {QStringLiteral("d MMM yyyy"), 5};
}

namespace {

void attachTimeAxes(QChart* chart, const QString& valueTitle, double minY, double maxY, qint64 fromMs, qint64 toMs)
{
    auto* x = new QDateTimeAxis;
    const TimeAxisLayout axis = timeAxisLayout(fromMs, toMs);
    x->setFormat(axis.format);
    x->setTickCount(axis.ticks);
    x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    auto* y = new QValueAxis;
    y->setTitleText(valueTitle);
    y->setRange(minY, maxY);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace

AccuracyChart::AccuracyChart(ConsoleEngine& engine, QWidget* parent)
    : QWidget(parent),
      m_engine(engine),
      m_caption(new QLabel(this)),
      m_metricView(chartView(this)),
      m_durationView(chartView(this)),
      m_metricTips(new ChartPointTips(m_metricView)),
      m_durationTips(new ChartPointTips(m_durationView))
{
    m_caption->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_metricView, 3);
    layout->addWidget(m_durationView, 2);
}

void AccuracyChart::setModel(const QString& model)
{
    m_model = model;
    reload();
}

QCoro::Task<> AccuracyChart::reload()
{
    const QString model = m_model;
    if (model.isEmpty())
        co_return;
    const int ticket = ++m_reloads;
    QPointer<AccuracyChart> self(this);
    Workspace* workspace = &m_engine.workspace();
    auto work = [workspace, model] {
        Data data;
        data.runs = workspace->store().runs(model, 1000);
        std::reverse(data.runs.begin(), data.runs.end());
        for (auto& e : workspace->store().events(model, 2000))
            if (e.type == QLatin1String("ROLLED_BACK"))
                data.rollbacks.push_back(std::move(e));
        data.versions = workspace->registry().versions(model);
        return data;
    };
    const Data data = co_await onWorker(m_engine.workers(), std::move(work));
    if (!self || ticket != self->m_reloads)
        co_return;
    self->show(data);
    Q_EMIT self->reloaded();
}

void AccuracyChart::show(const Data& data)
{
    const auto config = m_engine.workspace().model(m_model);
    if (!config)
        return;
    const QString metric = config->effectivePrimaryMetric();
    const double threshold = config->triggers.performance.threshold;

    QChart* chart = m_metricView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    const QString metricTitle = MetricWords::title(metric);
    const QString shown = config->shownName();
    chart->setTitle(tr("%1 of %2 per run").arg(metricTitle, shown));
    m_metric = new QLineSeries;
    m_metric->setName(tr("%1 of the candidate").arg(metricTitle));
    m_metric->setPointsVisible(true);
    m_promoted = markers(tr("promoted"), QColor(0x2e, 0x7d, 0x32), QScatterSeries::MarkerShapeCircle);
    m_rejected = markers(tr("rejected"), QColor(0xef, 0x6c, 0x00), QScatterSeries::MarkerShapeRectangle);
    m_rolledBack = markers(tr("rolled back to"), QColor(0x6a, 0x1b, 0x9a), QScatterSeries::MarkerShapeRectangle);
    m_durations = new QLineSeries;
    m_durations->setName(tr("duration (s)"));
    m_durations->setPointsVisible(true);

    double minY = threshold, maxY = threshold, maxDuration = 1;
    qint64 fromMs = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000, toMs = QDateTime::currentMSecsSinceEpoch();
    bool first = true;
    const auto extend = [&](qint64 x, double y) {
        if (first) {
            fromMs = toMs = x;
            first = false;
        }
        fromMs = std::min(fromMs, x);
        toMs = std::max(toMs, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    };
    for (const RunRecord& run : data.runs) {
        const QDateTime when = run.finishedAt.isValid() ? run.finishedAt : run.queuedAt;
        const qint64 x = when.toMSecsSinceEpoch();
        if (run.startedAt.isValid() && run.finishedAt.isValid()) {
            const double secs = run.startedAt.msecsTo(run.finishedAt) / 1000.0;
            m_durations->append(double(x), secs);
            maxDuration = std::max(maxDuration, secs);
        }
        const auto value = metricIn(run.metrics, metric);
        if (!value || run.dryRun)
            continue;
        m_metric->append(double(x), *value);
        extend(x, *value);
        if (run.state == RunState::Promoted)
            m_promoted->append(double(x), *value);
        else if (run.state == RunState::Rejected)
            m_rejected->append(double(x), *value);
    }
    for (const EventRecord& e : data.rollbacks) {
        const int to = e.detail.value("to", 0);
        std::optional<double> value;
        for (const auto& v : data.versions)
            if (v.version == to)
                value = metricIn(v.metadata.value("metrics", nlohmann::json::object()), metric);
        const qint64 x = e.time.toMSecsSinceEpoch();
        m_rolledBack->append(double(x), value.value_or(threshold));
        extend(x, value.value_or(threshold));
    }
    const qint64 pad = std::max<qint64>((toMs - fromMs) / 20, 60 * 1000);
    fromMs -= pad;
    toMs += pad;
    auto* thresholdLine = new QLineSeries;
    thresholdLine->setName(tr("threshold %1").arg(formatMetric(metric, threshold, config->label)));
    QPen pen(QColor(0xc6, 0x28, 0x28));
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    thresholdLine->setPen(pen);
    thresholdLine->append(double(fromMs), threshold);
    thresholdLine->append(double(toMs), threshold);

    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(thresholdLine), static_cast<QAbstractSeries*>(m_metric),
                               static_cast<QAbstractSeries*>(m_promoted), static_cast<QAbstractSeries*>(m_rejected),
                               static_cast<QAbstractSeries*>(m_rolledBack)})
        chart->addSeries(s);
    const double span = std::max(0.05, maxY - minY);
    attachTimeAxes(chart, metricTitle, minY - span * 0.1, maxY + span * 0.1, fromMs, toMs);
    const QString label = config->label;
    const auto metricText = [metric, metricTitle, label](double value) {
        return tr("%1: %2").arg(metricTitle, formatMetric(metric, value, label));
    };
    m_metricTips->clear();
    for (QXYSeries* series : {static_cast<QXYSeries*>(m_metric), static_cast<QXYSeries*>(m_promoted),
                              static_cast<QXYSeries*>(m_rejected), static_cast<QXYSeries*>(m_rolledBack)})
        m_metricTips->watch(series, metricText);

    QChart* durations = m_durationView->chart();
    durations->removeAllSeries();
    for (QAbstractAxis* axis : durations->axes())
        durations->removeAxis(axis);
    durations->setTitle(tr("Run durations"));
    durations->addSeries(m_durations);
    attachTimeAxes(durations, tr("seconds"), 0, maxDuration * 1.1, fromMs, toMs);
    m_durationTips->clear();
    m_durationTips->watch(m_durations, [](double secs) { return tr("took %1 s").arg(QLocale().toString(secs, 'f', 1)); });

    m_caption->setText(m_metric->count() == 0
                           ? tr("No run of %1 has measured %2 yet. Train the model to see its first point.").arg(shown, metricTitle)
                           : tr("Each point is a training run; the dashed line is the threshold below which %1 "
                                "retrains. Rest the pointer on a point for its time and value.").arg(shown)
                                 + QLatin1Char('\n') + tr("%1: %2.").arg(metricTitle, MetricWords::meaning(metric)));
}

int AccuracyChart::metricPointCount() const { return m_metric ? int(m_metric->count()) : 0; }
int AccuracyChart::promotedMarkerCount() const { return m_promoted ? int(m_promoted->count()) : 0; }
int AccuracyChart::rejectedMarkerCount() const { return m_rejected ? int(m_rejected->count()) : 0; }
int AccuracyChart::rollbackMarkerCount() const { return m_rolledBack ? int(m_rolledBack->count()) : 0; }
int AccuracyChart::durationPointCount() const { return m_durations ? int(m_durations->count()) : 0; }

} // namespace retrainer
