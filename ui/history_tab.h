#pragma once
// The History tab: every run of a model in a sortable table, filtered by trigger, outcome and date;
// a details pane for the selected run (phase timings, rows used and rejected with reasons, error, gate
// decision); export of the shown runs to CSV or JSON lines (written on a worker thread).
#include "run_record.h"
#include <QCoroTask>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTextBrowser;
class QTimer;

namespace retrainer {

class ConsoleEngine;
class RunFilterModel;
class RunHistoryModel;

class HistoryTab : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryTab(ConsoleEngine& engine, QWidget* parent = nullptr);

    void setModel(const QString& model);
    QCoro::Task<> reload();

    QTableView* table() const { return m_table; }
    RunHistoryModel* runs() const { return m_runs; }
    RunFilterModel* filter() const { return m_filter; }
    QString detailsText() const;
    // Writes the runs shown (after filters) to `path`; CSV unless the name ends in .jsonl / .json.
    QCoro::Task<QString> exportTo(QString path);

Q_SIGNALS:
    void reloaded();
    void exported(const QString& path, const QString& error);

private:
    void applyFilters();
    void showDetails();
    void chooseExportFile();
    std::vector<RunRecord> shownRuns() const;

    ConsoleEngine& m_engine;
    QString m_model;
    RunHistoryModel* m_runs;
    RunFilterModel* m_filter;
    QTableView* m_table;
    QComboBox* m_trigger;
    QComboBox* m_outcome;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTextBrowser* m_details;
    QLabel* m_status;
    QTimer* m_reloadSoon;
    int m_reloads = 0;
};

// The details pane's HTML for one run.
QString runDetailsHtml(const RunRecord& run);

} // namespace retrainer
