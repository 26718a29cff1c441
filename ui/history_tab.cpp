#include "history_tab.h"
#include "on_worker.h"
#include "console_engine.h"
#include "model_card.h"
#include "model_snapshot.h"
#include "run_export.h"
#include "run_filter_model.h"
#include "run_history_model.h"
#include "workspace.h"
#include <QCheckBox>
#include <QComboBox>
#include <QCoroFuture>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace retrainer {

HistoryTab::HistoryTab(ConsoleEngine& engine, QWidget* parent)
    : QWidget(parent),
      m_engine(engine),
      m_runs(new RunHistoryModel(this)),
      m_filter(new RunFilterModel(this)),
      m_table(new QTableView(this)),
      m_trigger(new QComboBox(this)),
      m_outcome(new QComboBox(this)),
      m_useDates(new QCheckBox(tr("From"), this)),
      m_from(new QDateEdit(QDate::currentDate().addDays(-30), this)),
      m_to(new QDateEdit(QDate::currentDate(), this)),
      m_details(new QTextBrowser(this)),
      m_status(new QLabel(this)),
      m_reloadSoon(new QTimer(this))
{
    m_filter->setSourceModel(m_runs);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunHistoryModel::QueuedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_trigger->addItem(tr("Any trigger"), QString());
    for (const char* t : {"manual", "schedule", "conditional", "data", "performance", "catch-up", "api", "replayed"})
        m_trigger->addItem(triggerLabel(QString::fromLatin1(t)), QString::fromLatin1(t));
    m_outcome->addItem(tr("Any outcome"), QString());
    for (RunState s : {RunState::Promoted, RunState::AwaitingApproval, RunState::Rejected, RunState::Failed, RunState::Cancelled,
                       RunState::Skipped, RunState::Interrupted})
        m_outcome->addItem(toString(s), toString(s));
    // The lists size to a short name, not their longest one (in Spanish the filter row alone was 1,107 px
    // wide); the open list still shows every name in full.
    for (QComboBox* combo : {m_trigger, m_outcome}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    auto* exportButton = new QPushButton(tr("Export…"), this);

    // Two rows, so that the tab fits an 800 px window beside the sidebar.
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Trigger:"), this));
    filters->addWidget(m_trigger);
    filters->addWidget(new QLabel(tr("Outcome:"), this));
    filters->addWidget(m_outcome);
    filters->addStretch();
    filters->addWidget(exportButton);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_useDates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(dates);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_trigger, &QComboBox::currentIndexChanged, this, &HistoryTab::applyFilters);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryTab::applyFilters);
    connect(m_useDates, &QCheckBox::toggled, this, &HistoryTab::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryTab::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryTab::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryTab::showDetails);
    connect(exportButton, &QPushButton::clicked, this, &HistoryTab::chooseExportFile);

    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(250);
    connect(m_reloadSoon, &QTimer::timeout, this, [this] { reload(); });
    const auto onRun = [this](qint64, const QString& model) {
        if (model == m_model)
            m_reloadSoon->start();
    };
    connect(&m_engine, &ConsoleEngine::runQueued, this, onRun);
    connect(&m_engine, &ConsoleEngine::runStateChanged, this, onRun);
    connect(&m_engine, &ConsoleEngine::runFinished, this, onRun);
}

void HistoryTab::setModel(const QString& model)
{
    m_model = model;
    m_runs->setRuns({});
    m_details->clear();
    reload();
}

QCoro::Task<> HistoryTab::reload()
{
    const QString model = m_model;
    const int ticket = ++m_reloads;
    QPointer<HistoryTab> self(this);
    Workspace* workspace = &m_engine.workspace();
    auto work = [workspace, model] { return workspace->store().runs(model); };
    std::vector<RunRecord> runs = co_await onWorker(m_engine.workers(), std::move(work));
    if (!self || ticket != self->m_reloads)
        co_return;
    if (const auto config = self->m_engine.workspace().model(model))
        self->m_runs->setPrimaryMetric(config->effectivePrimaryMetric());
    const qint64 selected = [&]() -> qint64 {
        const QModelIndex current = self->m_table->currentIndex();
        const RunRecord* run = current.isValid() ? self->m_runs->runAt(self->m_filter->mapToSource(current).row()) : nullptr;
        return run ? run->id : -1;
    }();
    self->m_runs->setRuns(std::move(runs));
    self->m_table->resizeColumnsToContents();
    const int row = self->m_runs->rowOfRun(selected);
    if (row >= 0)
        self->m_table->selectRow(self->m_filter->mapFromSource(self->m_runs->index(row, 0)).row());
    self->m_status->setText(tr("%n run(s)", nullptr, self->m_runs->rowCount()));
    Q_EMIT self->reloaded();
}

void HistoryTab::applyFilters()
{
    m_filter->setTriggerFilter(m_trigger->currentData().toString());
    m_filter->setStateFilter(m_outcome->currentData().toString());
    m_from->setEnabled(m_useDates->isChecked());
    m_to->setEnabled(m_useDates->isChecked());
    if (m_useDates->isChecked())
        m_filter->setDateRange(m_from->date(), m_to->date());
    else
        m_filter->setDateRange({}, {});
}

QString HistoryTab::detailsText() const
{
    return m_details->toPlainText();
}

void HistoryTab::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const RunRecord* run = current.isValid() ? m_runs->runAt(m_filter->mapToSource(current).row()) : nullptr;
    if (run)
        m_details->setHtml(runDetailsHtml(*run));
    else
        m_details->clear();
}

std::vector<RunRecord> HistoryTab::shownRuns() const
{
    std::vector<RunRecord> out;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        if (const RunRecord* run = m_runs->runAt(m_filter->mapToSource(m_filter->index(row, 0)).row()))
            out.push_back(*run);
    return out;
}

void HistoryTab::chooseExportFile()
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the runs of %1").arg(m_model), m_model + QStringLiteral("-runs.csv"),
        tr("CSV (*.csv);;JSON lines (*.jsonl)"), &selectedFilter);
    if (!path.isEmpty())
        exportTo(path);
}

QCoro::Task<QString> HistoryTab::exportTo(QString path)
{
    QPointer<HistoryTab> self(this);
    const std::vector<RunRecord> runs = shownRuns();
    const QString metric = m_runs->primaryMetric();
    const bool jsonLines = path.endsWith(QLatin1String(".jsonl")) || path.endsWith(QLatin1String(".json"));
    m_status->setText(tr("Exporting %n run(s)…", nullptr, int(runs.size())));
    auto work = [path, runs, metric, jsonLines] {
        return jsonLines ? writeRunsJsonLines(path, runs) : writeRunsCsv(path, runs, metric);
    };
    const QString error = co_await onWorker(m_engine.workers(), std::move(work));
    if (self) {
        self->m_status->setText(error.isEmpty() ? tr("Exported %n run(s) to %1", nullptr, int(runs.size())).arg(path) : error);
        Q_EMIT self->exported(path, error);
    }
    co_return error;
}

QString runDetailsHtml(const RunRecord& run)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(HistoryTab::tr("Run %1 · %2").arg(run.id).arg(runOutcomeText(run).toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>").arg(HistoryTab::tr("Trigger: %1%2").arg(triggerLabel(run.trigger), run.dryRun ? HistoryTab::tr(" (dry run)") : QString()));
    if (run.phases.is_object() && !run.phases.empty()) {
        html += QStringLiteral("<p><b>%1</b><br>").arg(HistoryTab::tr("Phase timings"));
        for (const auto& [phase, secs] : run.phases.items())
            if (secs.is_number())
                html += QStringLiteral("%1: %2 s<br>").arg(QString::fromStdString(phase).toHtmlEscaped(),
                                                            QString::number(secs.get<double>(), 'f', 2));
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<p>%1</p>").arg(HistoryTab::tr("Rows used: %1 · rejected: %2").arg(run.rowsUsed).arg(run.rowsRejected));
    if (run.rejectedReasons.is_array() && !run.rejectedReasons.empty()) {
        html += QStringLiteral("<ul>");
        for (const auto& r : run.rejectedReasons)
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(QString::fromStdString(r.value("where", std::string())).toHtmlEscaped(),
                             QString::fromStdString(r.value("reason", std::string())).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (run.gate.is_object() && run.gate.contains("summary"))
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(HistoryTab::tr("Gate decision:"),
                         QString::fromStdString(run.gate.value("summary", std::string())).toHtmlEscaped());
    if (run.trigger == QLatin1String("replayed"))
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(HistoryTab::tr("Replayed, not a live run: what the nightly retraining would have done at this "
                                        "moment, learning only from the rows stamped before it (the demo's past, "
                                        "prepared when the demo was created)."));
    if (run.metrics.is_object() && !run.metrics.empty()) {
        QStringList parts;
        for (const auto& [key, value] : run.metrics.items())
            if (value.is_number_float())
                parts << QStringLiteral("%1 %2").arg(QString::fromStdString(key), QString::number(value.get<double>(), 'f', 3));
        html += QStringLiteral("<p>%1 %2</p>").arg(HistoryTab::tr("Metrics:"), parts.join(QStringLiteral(" · ")));
    }
    if (!run.error.isEmpty())
        html += QStringLiteral("<p style=\"color:#c62828\"><b>%1</b> %2</p>").arg(HistoryTab::tr("Error:"), run.error.toHtmlEscaped());
    return html;
}

} // namespace retrainer
