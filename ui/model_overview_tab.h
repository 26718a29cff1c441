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
    QTreeWidget* upcomingList() const { return m_upcoming; }

Q_SIGNALS:
    void reloaded();

private:
    void train();
    void onProgress(qint64 runId, const QString& model, const QString& phase, double fraction);
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
    int m_reloads = 0;
};

// A run phase in the user's words ("loading", "training"...).
QString phaseLabel(const QString& phase);

} // namespace retrainer
