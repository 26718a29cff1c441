#include "data_quality_page.h"
#include "on_worker.h"
#include "worker_pool.h"
#include "error.h"
#include "quality_check.h"
#include "workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoroFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>

namespace retrainer {

namespace {

QTableWidgetItem* item(const QString& text, bool highlighted = false)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (highlighted) {
        cell->setBackground(QColor(255, 214, 204));
        QFont font = cell->font();
        font.setBold(true);
        cell->setFont(font);
    }
    return cell;
}

// A round step for a count axis (1, 2 or 5 × 10^k, never below 1) that divides the room for `largest`
// (plus 15 % headroom for the bar labels) into about 4 parts, and the top of the axis rounded up to it.
std::pair<qint64, qint64> countAxis(qint64 largest)
{
    const double room = std::max(1.0, double(largest) * 1.15);
    const double wanted = std::max(1.0, room / 4.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
    double step = 10 * magnitude;
    for (const double m : {1.0, 2.0, 5.0})
        if (m * magnitude >= wanted) {
            step = m * magnitude;
            break;
        }
    const qint64 s = std::max<qint64>(1, qint64(std::llround(step)));
    const qint64 top = std::max<qint64>(s, qint64(std::ceil(room / double(s))) * s);
    return {top, s};
}

QTableWidget* table(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* widget = new QTableWidget(0, int(headers.size()), parent);
    widget->setObjectName(name);
    widget->setHorizontalHeaderLabels(headers);
    widget->verticalHeader()->hide();
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return widget;
}

} // namespace

DataQualityPage::DataQualityPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("title"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refresh"));
    connect(refresh, &QPushButton::clicked, this, &DataQualityPage::refreshRequested);
    header->addWidget(m_title, 1);
    header->addWidget(refresh);
    layout->addLayout(header);

    m_score = new QProgressBar(this);
    m_score->setObjectName(QStringLiteral("score"));
    m_score->setRange(0, 100);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_score);
    layout->addWidget(m_summary);

    m_periods = new QBarSet(tr("New rows"));
    m_periods->setObjectName(QStringLiteral("periods"));
    auto* series = new QBarSeries;
    series->append(m_periods);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto* chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->addSeries(series);
    chart->setTitle(tr("New rows by period"));
    chart->legend()->hide();
    auto* categories = new QBarCategoryAxis;
    categories->append({tr("24 h"), tr("7 days"), tr("30 days"), tr("90 days")});
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    // Above the bars in the colour of the axis labels: readable on the chart's background, however short the bar.
    m_periods->setLabelColor(categories->labelsColor());
    auto* counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    auto* view = new QChartView(chart, this);
    view->setObjectName(QStringLiteral("periodChart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    layout->addWidget(view, 2);

    auto* tables = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Column issues"), this));
    m_columns = table({tr("Column"), tr("Kind"), tr("Missing"), tr("Missing %"), tr("Constant"), tr("Outliers")},
                      QStringLiteral("columns"), this);
    left->addWidget(m_columns);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Drift since the active version"), this));
    m_drift = table({tr("Feature"), tr("PSI"), tr("State")}, QStringLiteral("drift"), this);
    right->addWidget(m_drift);
    m_driftNote = new QLabel(this);
    m_driftNote->setObjectName(QStringLiteral("driftNote"));
    m_driftNote->setWordWrap(true);
    right->addWidget(m_driftNote);
    tables->addLayout(left, 3);
    tables->addLayout(right, 2);
    layout->addLayout(tables, 3);

    m_hygiene = new QLabel(this);
    m_hygiene->setObjectName(QStringLiteral("hygiene"));
    m_hygiene->setWordWrap(true);
    layout->addWidget(m_hygiene);
}

QString DataQualityPage::readinessName(Readiness readiness) const
{
    switch (readiness) {
    case Readiness::Insufficient: return tr("Insufficient");
    case Readiness::Minimum: return tr("Minimum");
    case Readiness::Recommended: return tr("Recommended");
    case Readiness::Excellent: return tr("Excellent");
    }
    return QString();
}

void DataQualityPage::showReport(const QualityReport& report)
{
    m_title->setText(tr("Data quality of %1").arg(report.model));
    m_score->setValue(report.score);
    m_score->setFormat(tr("%1 — quality score %2/100").arg(readinessName(report.readiness)).arg(report.score));
    QString summary = tr("Usable rows: %1, rejected by the source: %2, duplicates: %3.")
                          .arg(report.rows).arg(report.rejected).arg(report.duplicates)
                      + QLatin1Char(' ') + tr("Readiness thresholds: minimum %1, recommended %2, excellent %3 rows.")
                            .arg(report.thresholds.minimum).arg(report.thresholds.recommended).arg(report.thresholds.excellent);
    if (!report.periods)
        summary += QLatin1Char(' ') + tr("The model has no timestamp column, so new rows cannot be counted by period.");
    m_summary->setText(summary);
    m_periods->remove(0, m_periods->count());
    if (report.periods)
        m_periods->append({qreal(report.periods->last24h), qreal(report.periods->last7d), qreal(report.periods->last30d),
                           qreal(report.periods->last90d)});
    if (auto* axis = qobject_cast<QValueAxis*>(findChild<QChartView*>()->chart()->axes(Qt::Vertical).value(0))) {
        const auto [top, step] = countAxis(report.periods ? report.periods->last90d : 0);
        axis->setRange(0, qreal(top));
        axis->setTickCount(int(top / step) + 1);
    }
    fillColumns(report);
    fillDrift(report);

    if (report.lastHygiene.is_object()) {
        const auto& h = report.lastHygiene;
        const auto pii = h.value("pii_replaced", nlohmann::json::object());
        m_hygiene->setText(tr("The last run removed duplicates: %1, rows below the quality filter: %2; personal data "
                              "replaced: %3 e-mail, %4 phone, %5 ID number, %6 URL.")
                               .arg(h.value("duplicates_removed", 0L)).arg(h.value("filtered", 0L))
                               .arg(pii.value("email", 0L)).arg(pii.value("phone", 0L))
                               .arg(pii.value("id_number", 0L)).arg(pii.value("url", 0L)));
    } else {
        m_hygiene->setText(tr("No run has cleaned this model's data yet."));
    }
}

void DataQualityPage::fillColumns(const QualityReport& report)
{
    m_columns->setRowCount(int(report.columns.size()));
    for (int row = 0; row < int(report.columns.size()); ++row) {
        const ColumnQuality& c = report.columns[size_t(row)];
        const QString kind = c.kind == ColumnKind::Numeric ? tr("number") : c.kind == ColumnKind::Text ? tr("text") : tr("category");
        m_columns->setItem(row, 0, item(c.name));
        m_columns->setItem(row, 1, item(kind));
        m_columns->setItem(row, 2, item(QString::number(c.missing), c.missing > 0));
        m_columns->setItem(row, 3, item(QLocale().toString(c.missingRate * 100.0, 'f', 1), c.missing > 0));
        m_columns->setItem(row, 4, item(c.constant ? tr("yes") : tr("no"), c.constant));
        m_columns->setItem(row, 5, item(QString::number(c.outliers), c.outliers > 0));
    }
    m_columns->resizeColumnsToContents();
}

void DataQualityPage::fillDrift(const QualityReport& report)
{
    m_drift->setRowCount(int(report.drift.size()));
    for (int row = 0; row < int(report.drift.size()); ++row) {
        const FeatureDrift& d = report.drift[size_t(row)];
        m_drift->setItem(row, 0, item(d.feature, d.drifted));
        m_drift->setItem(row, 1, item(QLocale().toString(d.psi, 'f', 3), d.drifted));
        m_drift->setItem(row, 2, item(d.drifted ? tr("drifted") : tr("stable"), d.drifted));
    }
    m_drift->resizeColumnsToContents();
    const QString threshold = QLocale().toString(kDriftThreshold, 'f', 1);
    m_driftNote->setText(report.driftVersion
                             ? tr("Compared with the training data of version %1. A PSI above %2 (highlighted) means "
                                  "the recent data no longer looks like what the model learnt from.")
                                   .arg(*report.driftVersion).arg(threshold)
                             : tr("No active version with a training profile yet: drift appears after the next training."));
}

void DataQualityPage::showError(const QString& message)
{
    m_title->setText(tr("Data quality"));
    m_summary->setText(tr("The report could not be made: %1").arg(message));
    m_score->setValue(0);
    m_score->setFormat(tr("unknown"));
    m_periods->remove(0, m_periods->count());
    m_columns->setRowCount(0);
    m_drift->setRowCount(0);
    m_driftNote->clear();
    m_hygiene->clear();
}

QCoro::Task<QualityReport> DataQualityPage::loadQualityReport(WorkerPool& workers, Workspace& workspace, QString model, QDateTime now)
{
    Workspace* ws = &workspace;
    auto work = [ws, model, now]() -> std::pair<QualityReport, QString> {
        try {
            return {checkQuality(*ws, model, now), QString()};
        } catch (const Error& e) {
            return {QualityReport(), e.message()};
        }
    };
    // A named result, not `auto [a, b] = co_await f;`: GCC miscompiles the hidden object of a structured
    // binding initialised by co_await (its destructor can run on memory never constructed).
    auto outcome = co_await onWorker(workers, std::move(work));
    auto& report = outcome.first;
    auto& error = outcome.second;
    if (!error.isEmpty())
        throw Error(error);
    co_return report;
}

} // namespace retrainer
