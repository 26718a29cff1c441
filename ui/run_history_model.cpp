#include "run_history_model.h"
#include "metric_words.h"
#include "model_snapshot.h"
#include <QLocale>
#include <cmath>
#include <utility>

namespace retrainer {

namespace {

QString stateLabel(RunState state)
{
    switch (state) {
    case RunState::Queued: return RunHistoryModel::tr("Queued");
    case RunState::Loading: return RunHistoryModel::tr("Loading");
    case RunState::Training: return RunHistoryModel::tr("Training");
    case RunState::Evaluating: return RunHistoryModel::tr("Evaluating");
    case RunState::Promoted: return RunHistoryModel::tr("Promoted");
    case RunState::AwaitingApproval: return RunHistoryModel::tr("Awaiting approval");
    case RunState::Rejected: return RunHistoryModel::tr("Rejected");
    case RunState::Failed: return RunHistoryModel::tr("Failed");
    case RunState::Cancelled: return RunHistoryModel::tr("Cancelled");
    case RunState::Skipped: return RunHistoryModel::tr("Skipped");
    case RunState::Interrupted: return RunHistoryModel::tr("Interrupted");
    }
    return toString(state);
}

// Milliseconds from start to finish, or nothing while the run has not both started and finished.
std::optional<qint64> durationOf(const RunRecord& run)
{
    if (!run.startedAt.isValid() || !run.finishedAt.isValid())
        return std::nullopt;
    return run.startedAt.msecsTo(run.finishedAt);
}

QString jsonString(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed();
}

bool isNumberColumn(int column)
{
    switch (column) {
    case RunHistoryModel::RunColumn:
    case RunHistoryModel::VersionColumn:
    case RunHistoryModel::MetricColumn:
    case RunHistoryModel::RowsUsedColumn:
    case RunHistoryModel::RejectedColumn:
    case RunHistoryModel::DurationColumn:
        return true;
    default:
        return false;
    }
}

} // namespace

QString formatRunDuration(qint64 msecs)
{
    if (msecs < 0)
        return {};
    const qint64 tenths = (msecs + 50) / 100;
    if (tenths < 600)
        return RunHistoryModel::tr("%1 s").arg(QLocale().toString(double(tenths) / 10.0, 'f', 1));
    const qint64 seconds = (msecs + 500) / 1000;
    if (seconds < 3600)
        return RunHistoryModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const qint64 minutes = (msecs + 30000) / 60000;
    return RunHistoryModel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

RunHistoryModel::RunHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunHistoryModel::setRuns(std::vector<RunRecord> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

void RunHistoryModel::upsertRun(const RunRecord& run)
{
    const int row = rowOfRun(run.id);
    if (row >= 0) {
        m_runs[size_t(row)] = run;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_runs.insert(m_runs.begin(), run);
    endInsertRows();
}

const RunRecord* RunHistoryModel::runAt(int row) const
{
    if (row < 0 || size_t(row) >= m_runs.size())
        return nullptr;
    return &m_runs[size_t(row)];
}

int RunHistoryModel::rowOfRun(qint64 id) const
{
    for (size_t i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].id == id)
            return int(i);
    return -1;
}

void RunHistoryModel::setPrimaryMetric(const QString& metric)
{
    if (metric == m_primaryMetric)
        return;
    m_primaryMetric = metric;
    emit headerDataChanged(Qt::Horizontal, MetricColumn, MetricColumn);
    if (!m_runs.empty())
        emit dataChanged(index(0, MetricColumn), index(rowCount() - 1, MetricColumn));
}

int RunHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord& run = m_runs[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(run, index.column());
    case SortRole:
        return sortKey(run, index.column());
    case StateRole:
        return toString(run.state);
    case TriggerRole:
        return run.trigger;
    case QueuedRole:
        return run.queuedAt;
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn) {
            const QString tip = outcomeToolTip(run);
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        if (index.column() == NoteColumn && !run.error.isEmpty())
            return run.error;
        return {};
    case Qt::TextAlignmentRole:
        if (isNumberColumn(index.column()))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == MetricColumn && !m_primaryMetric.isEmpty())
        return tr("%1 (%2): %3").arg(MetricWords::title(m_primaryMetric), m_primaryMetric, MetricWords::meaning(m_primaryMetric));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RunColumn: return tr("Run");
    case QueuedColumn: return tr("Queued");
    case TriggerColumn: return tr("Trigger");
    case OutcomeColumn: return tr("Outcome");
    case VersionColumn: return tr("Version");
    case MetricColumn: return m_primaryMetric.isEmpty() ? tr("Metric") : MetricWords::title(m_primaryMetric);
    case RowsUsedColumn: return tr("Rows used");
    case RejectedColumn: return tr("Rejected");
    case DurationColumn: return tr("Duration");
    case NoteColumn: return tr("Note");
    case ColumnCount: break;
    }
    return {};
}

QVariant RunHistoryModel::displayText(const RunRecord& run, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case RunColumn:
        return QString::number(run.id);
    case QueuedColumn:
        return run.queuedAt.isValid() ? run.queuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                      : QString();
    case TriggerColumn:
        return triggerLabel(run.trigger);
    case OutcomeColumn:
        return run.dryRun ? tr("%1 (dry run)").arg(stateLabel(run.state)) : stateLabel(run.state);
    case VersionColumn:
        return run.version ? QString::number(*run.version) : QString();
    case MetricColumn: {
        const auto value = metricValue(run);
        return value ? locale.toString(*value, 'f', 4) : tr("\u2014", "no metric value");
    }
    case RowsUsedColumn:
        return locale.toString(qlonglong(run.rowsUsed));
    case RejectedColumn:
        return locale.toString(qlonglong(run.rowsRejected));
    case DurationColumn: {
        const auto msecs = durationOf(run);
        if (!msecs)
            return QString();
        if (run.peakMemoryBytes <= 0)
            return formatRunDuration(*msecs);
        const qlonglong megabytes = (run.peakMemoryBytes + (1 << 19)) >> 20;
        return tr("%1, peak memory %2 MB", "a run's duration and the most memory it used")
            .arg(formatRunDuration(*msecs), locale.toString(megabytes));
    }
    case NoteColumn:
        return oneLine(run.error);
    case ColumnCount:
        break;
    }
    return {};
}

// Invalid keys (no metric, no duration, no version) sort after every valid one in ascending order.
QVariant RunHistoryModel::sortKey(const RunRecord& run, int column) const
{
    switch (Column(column)) {
    case RunColumn:
        return run.id;
    case QueuedColumn:
        return run.queuedAt;
    case TriggerColumn:
        return run.trigger;
    case OutcomeColumn:
        return stateLabel(run.state);
    case VersionColumn:
        return run.version ? QVariant(*run.version) : QVariant();
    case MetricColumn: {
        const auto value = metricValue(run);
        return value ? QVariant(*value) : QVariant();
    }
    case RowsUsedColumn:
        return qint64(run.rowsUsed);
    case RejectedColumn:
        return qint64(run.rowsRejected);
    case DurationColumn: {
        const auto msecs = durationOf(run);
        return msecs ? QVariant(*msecs) : QVariant();
    }
    case NoteColumn:
        return run.error;
    case ColumnCount:
        break;
    }
    return {};
}

QString RunHistoryModel::outcomeToolTip(const RunRecord& run) const
{
    QStringList lines;
    if (!run.error.isEmpty())
        lines << run.error;
    const QString summary = jsonString(run.gate, "summary");
    if (!summary.isEmpty() && summary != run.error)
        lines << tr("Gate: %1").arg(summary);
    if (run.dryRun)
        lines << tr("Dry run: nothing was registered.");
    return lines.join(QLatin1Char('\n'));
}

std::optional<double> RunHistoryModel::metricValue(const RunRecord& run) const
{
    if (m_primaryMetric.isEmpty() || !run.metrics.is_object())
        return std::nullopt;
    const auto it = run.metrics.find(m_primaryMetric.toStdString());
    if (it == run.metrics.end() || !it->is_number())
        return std::nullopt;
    const double value = it->get<double>();
    if (!std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace retrainer
