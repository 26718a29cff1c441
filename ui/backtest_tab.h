#pragma once
// The Backtest tab: "what would retraining have done?" over days the administrator picks. A Run button
// replays the model's own history on a worker thread (core/engine/backtest.h; nothing is written), with
// progress and Cancel; a chart then shows each policy's live score per day, one line each, with the
// chosen policy's trainings marked, and a sentence in plain words under it.
#include "backtest.h"
#include <QCoroTask>
#include <QWidget>
#include <atomic>
#include <memory>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace retrainer {

class ConsoleEngine;

class BacktestTab : public QWidget
{
    Q_OBJECT
public:
    explicit BacktestTab(ConsoleEngine& engine, QWidget* parent = nullptr);
    ~BacktestTab() override; // cancels a running backtest

    void setModel(const QString& model);
    // Replays the chosen days and policy off the GUI thread, then draws the result (or says why not).
    QCoro::Task<> run();
    void cancel();

    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* policyBox() const { return m_policy; }
    QString summaryText() const;
    int lineCount() const;            // one line per policy drawn
    int trainingMarkerCount() const;  // trainings of the chosen policy marked on the chart

Q_SIGNALS:
    void finished(); // a backtest ended: drawn, refused or cancelled

private:
    void draw(const BacktestResult& result);
    void clearChart();
    void setRunning(bool running);

    ConsoleEngine& m_engine;
    QString m_model;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_policy;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QChartView* m_view;
    std::shared_ptr<CancelToken> m_token;
    // The worker writes its progress here (per mille); a timer on this thread shows it, so the worker never
    // touches a widget that may be gone.
    std::shared_ptr<std::atomic<int>> m_done;
    QTimer* m_poll;
};

} // namespace retrainer
