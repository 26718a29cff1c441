#pragma once
// The History tab's table: one row per training run, newest first.
// Qt::DisplayRole gives the text shown; Qt::UserRole gives a sort key of a sortable type (numbers,
// QDateTime) so that a proxy sorting by Qt::UserRole orders "10 s" after "9 s".
#include "run_record.h"
#include <QAbstractTableModel>
#include <QString>
#include <optional>
#include <vector>

namespace retrainer {

// "12.3 s" under a minute, "4 min 05 s" under an hour, "1 h 02 min" beyond; empty for a negative span.
QString formatRunDuration(qint64 msecs);

class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RunColumn,
        QueuedColumn,
        TriggerColumn,
        OutcomeColumn,
        VersionColumn,
        MetricColumn,
        RowsUsedColumn,
        RejectedColumn,
        DurationColumn,
        NoteColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole,     // sortable value of the cell
        StateRole = Qt::UserRole + 1, // the run's state as stored ("promoted", "failed"...)
        TriggerRole,                 // the run's trigger as stored ("manual", "schedule"...)
        QueuedRole,                  // QDateTime the run was queued (UTC)
    };

    explicit RunHistoryModel(QObject* parent = nullptr);

    // Replaces every row (newest first, as Store::runs returns them).
    void setRuns(std::vector<RunRecord> runs);
    // Updates the row of run.id in place, or inserts the run at the top if it is new.
    void upsertRun(const RunRecord& run);
    // The run shown in a row of this model (not of a proxy); nullptr when out of range.
    const RunRecord* runAt(int row) const;
    // The row of a run, or -1.
    int rowOfRun(qint64 id) const;

    // The metric shown in the Metric column (a key of RunRecord::metrics, e.g. "rmse").
    void setPrimaryMetric(const QString& metric);
    const QString& primaryMetric() const { return m_primaryMetric; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const RunRecord& run, int column) const;
    QVariant sortKey(const RunRecord& run, int column) const;
    QString outcomeToolTip(const RunRecord& run) const;
    std::optional<double> metricValue(const RunRecord& run) const;

    std::vector<RunRecord> m_runs;
    QString m_primaryMetric;
};

} // namespace retrainer
