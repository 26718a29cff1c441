#include "backtest_tab.h"
#include "on_worker.h"
#include "accuracy_chart.h"
#include "backtest_words.h"
#include "console_engine.h"
#include "metric_words.h"
#include "workspace.h"
#include <QComboBox>
#include <QCoroFuture>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

namespace retrainer {

namespace {

struct Outcome
{
    BacktestResult result;
    QString error;
    bool cancelled = false;
};

QString lineName(BacktestPolicy policy, int dataMinNew)
{
    switch (policy) {
    case BacktestPolicy::Current: return BacktestTab::tr("Its own schedule and triggers");
    case BacktestPolicy::Nightly: return BacktestTab::tr("Retrained every night");
    case BacktestPolicy::Data: return BacktestTab::tr("Retrained every %1 new rows").arg(dataMinNew);
    case BacktestPolicy::Never: return BacktestTab::tr("Never retrained");
    }
    return {};
}

qint64 noonOf(const QDate& day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

} // namespace

BacktestTab::BacktestTab(ConsoleEngine& engine, QWidget* parent)
    : QWidget(parent),
      m_engine(engine),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_policy(new QComboBox(this)),
      m_run(new QPushButton(tr("Run backtest"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)),
      m_view(new QChartView(new QChart, this)),
      m_poll(new QTimer(this))
{
    m_view->chart()->setLocalizeNumbers(true);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_done)
            m_progress->setValue(m_done->load() / 10);
    });
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_policy->addItem(tr("Its own schedule and triggers"), QStringLiteral("current"));
    m_policy->addItem(tr("Every night at 02:00"), QStringLiteral("nightly"));
    m_policy->addItem(tr("When enough new rows arrived"), QStringLiteral("data"));
    m_policy->addItem(tr("Never"), QStringLiteral("never"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Pick the days to replay and a way of retraining, then press Run backtest. Retrainer retrains "
                          "on the rows that existed at each moment and scores the version in service on the rows "
                          "that came next. It only looks: no version, run or history is changed."));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->setMinimumHeight(260);

    auto* form = new QFormLayout;
    form->addRow(tr("First day"), m_from);
    form->addRow(tr("Last day"), m_to);
    form->addRow(tr("Retrain"), m_policy);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_cancel, &QPushButton::clicked, this, &BacktestTab::cancel);
}

BacktestTab::~BacktestTab()
{
    cancel();
}

void BacktestTab::setModel(const QString& model)
{
    if (model == m_model)
        return;
    cancel();
    m_model = model;
    const QDate yesterday = QDate::currentDate().addDays(-1);
    m_to->setDate(yesterday);
    m_from->setDate(yesterday.addDays(-27)); // four weeks
    clearChart();
}

void BacktestTab::cancel()
{
    if (m_token)
        m_token->cancel();
}

QString BacktestTab::summaryText() const
{
    return m_summary->text();
}

int BacktestTab::lineCount() const
{
    int n = 0;
    for (QAbstractSeries* s : m_view->chart()->series())
        n += s->type() == QAbstractSeries::SeriesTypeLine ? 1 : 0;
    return n;
}

int BacktestTab::trainingMarkerCount() const
{
    int n = 0;
    for (QAbstractSeries* s : m_view->chart()->series())
        if (s->type() == QAbstractSeries::SeriesTypeScatter)
            n += int(static_cast<QScatterSeries*>(s)->count());
    return n;
}

void BacktestTab::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_progress->setValue(0);
    if (running)
        m_poll->start();
    else
        m_poll->stop();
}

QCoro::Task<> BacktestTab::run()
{
    if (m_token || m_model.isEmpty())
        co_return;
    QPointer<BacktestTab> self(this);
    const auto config = m_engine.workspace().model(m_model);
    if (!config)
        co_return;
    BacktestRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    request.policy = backtestPolicyFromString(m_policy->currentData().toString()).value_or(BacktestPolicy::Current);
    if (request.policy == BacktestPolicy::Data)
        request.dataMinNew = config->triggers.data.minNew;
    auto token = std::make_shared<CancelToken>();
    auto done = std::make_shared<std::atomic<int>>(0);
    m_token = token;
    m_done = done;
    setRunning(true);
    m_summary->setText(tr("Replaying %1 to %2…").arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));
    const ProgressFn progress = [done](const QString&, double fraction) { done->store(int(fraction * 1000)); };
    Workspace* workspace = &m_engine.workspace();
    const QString dir = workspace->directory();
    auto work = [config = *config, dir, workspace, request, token, progress]() -> Outcome {
        Outcome o;
        try {
            o.result = runBacktest(config, dir, workspace->store(), request, *token, progress);
        } catch (const Cancelled&) {
            o.cancelled = true;
        } catch (const Error& e) {
            o.error = e.message();
        } catch (const std::exception& e) {
            o.error = QString::fromUtf8(e.what());
        }
        return o;
    };
    const Outcome outcome = co_await onWorker(m_engine.workers(), std::move(work));
    if (!self)
        co_return;
    self->m_token.reset();
    self->setRunning(false);
    if (outcome.cancelled)
        self->m_summary->setText(tr("Backtest cancelled. Nothing was changed."));
    else if (!outcome.error.isEmpty())
        self->m_summary->setText(tr("The backtest could not run: %1").arg(outcome.error));
    else
        self->draw(outcome.result);
    Q_EMIT self->finished();
}

void BacktestTab::clearChart()
{
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void BacktestTab::draw(const BacktestResult& result)
{
    clearChart();
    QChart* chart = m_view->chart();
    const int minNew = result.policy == BacktestPolicy::Data && m_engine.workspace().model(result.model)
                           ? m_engine.workspace().model(result.model)->triggers.data.minNew : 0;
    double lo = 1e300, hi = -1e300;
    for (const BacktestLine& line : result.lines) {
        auto* series = new QLineSeries;
        series->setName(lineName(line.policy, minNew));
        series->setPointsVisible(true);
        for (size_t d = 0; d < result.days.size(); ++d)
            if (line.daily[d]) {
                series->append(double(noonOf(result.days[d])), *line.daily[d]);
                lo = std::min(lo, *line.daily[d]);
                hi = std::max(hi, *line.daily[d]);
            }
        chart->addSeries(series);
    }
    if (const BacktestLine* chosen = result.line(result.policy); chosen && !chosen->trainings.empty()) {
        auto* marks = new QScatterSeries;
        marks->setName(tr("Trainings (%1 put in service)").arg(chosen->promotions()));
        marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        marks->setMarkerSize(8);
        const double y = lo <= hi ? lo : 0.0;
        for (const BacktestTraining& t : chosen->trainings)
            marks->append(double(t.momentMs), y);
        chart->addSeries(marks);
    }
    if (lo > hi)
        lo = 0.0, hi = 1.0;
    auto* x = new QDateTimeAxis;
    const qint64 from = QDateTime(result.days.front(), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 to = QDateTime(result.days.back().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    const TimeAxisLayout layout = timeAxisLayout(from, to);
    x->setFormat(layout.format);
    x->setTickCount(layout.ticks);
    x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    auto* y = new QValueAxis;
    y->setTitleText(tr("Live %1").arg(MetricWords::title(result.metric)));
    const double margin = std::max(0.01, (hi - lo) * 0.1);
    y->setRange(lo - margin, hi + margin);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QString text = BacktestWords::summary(result, minNew);
    text += QLatin1Char(' ') + tr("Each point is the %1 of that day's new rows, predicted by the version in service when "
                                  "they arrived (%2).").arg(MetricWords::title(result.metric), MetricWords::meaning(result.metric));
    m_summary->setText(text);
}

} // namespace retrainer
