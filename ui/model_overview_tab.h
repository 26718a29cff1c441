#pragma once
// The Overview tab: the model's status card, Train now / Cancel, a progress bar with the phase and the
// elapsed time while a run is on, and what will happen next (every trigger with its time).
#include <QCoroTask>
#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace retrainer {

class ConsoleEngine;
class ModelCard;

class ModelOverviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit ModelOverviewTab(ConsoleEngine& engine, QWidget* parent = nullptr);

    void setModel(const QString& model);
    QCoro::Task<> reload();

    QPushButton* trainButton() const { return m_train; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QString phaseText() const;
    QString messageText() const;
    QTreeWidget* upcomingList() const { return m_upcoming; }

Q_SIGNALS:
    void reloaded();

private:
    QCoro::Task<> train();
    void onProgress(qint64 runId, const QString& model, const QString& phase, double fraction);
    void onFinished(const QString& model, const QString& state);
    void showRunning(bool running);
    void updateElapsed();
    void fillUpcoming();

    ConsoleEngine& m_engine;
    QString m_model;
    ModelCard* m_card;
    QPushButton* m_train;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_phase;
    QLabel* m_message;
    QTreeWidget* m_upcoming;
    QTimer* m_tick;
    QElapsedTimer m_elapsed;
    QString m_currentPhase;
    qint64 m_runId = 0;   // the run the progress bar shows
    int m_runPercent = 0; // the furthest it got: the bar never moves back within a run
    int m_reloads = 0;
};

// A run phase in the user's words ("loading", "training"...).
QString phaseLabel(const QString& phase);
// How far a whole run is, in percent, when `phase` is `fraction` done: loading 0–10, training 10–80,
// comparing 80–95, recording 95–100 (each phase reports its own 0…1).
int runPercent(const QString& phase, double fraction);
// What a finished run's state means for the person who started it, in one sentence.
QString runEndedText(const QString& state);

} // namespace retrainer
