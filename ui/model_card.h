#pragma once
// A model at a glance: health, the version in service and its primary metric against the threshold,
// the last run and its outcome, the next scheduled moment, data readiness and a "Train now" button.
// Used on the dashboard (one per model) and as the status card of a model's Overview tab.
#include "model_snapshot.h"
#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace retrainer {

class ModelCard : public QFrame
{
    Q_OBJECT
public:
    explicit ModelCard(QWidget* parent = nullptr);

    void setSnapshot(const ModelSnapshot& snapshot, ModelHealth health, const QDateTime& nextMoment,
                     const QString& nextDescription);
    QString model() const { return m_model; }
    QPushButton* trainButton() const { return m_train; }
    QString nextText() const;
    QString healthText() const;
    QString titleText() const;   // the model's shown name (display name, or identifier)
    QString versionText() const; // "version 3, since …" or "no version yet"
    QString scoreText() const;
    QString dataText() const;    // "60 sample(s) · Recommended", or that the data file is missing   // "accuracy 94 % (threshold 70 %)" and, below, what the metric means
    // Shows the model's name as a link that emits openRequested (dashboard); off for the Overview tab.
    void setOpenable(bool openable);

Q_SIGNALS:
    void trainRequested(const QString& model);
    void openRequested(const QString& model);

private:
    QString m_model;
    bool m_openable = true;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_health;
    QLabel* m_version;
    QLabel* m_metric;
    QLabel* m_lastRun;
    QLabel* m_next;
    QLabel* m_readiness;
    QPushButton* m_train;
};

// How a finished run ended, in words ("Promoted to version 3", "Failed: …").
QString runOutcomeText(const RunRecord& run);

} // namespace retrainer
