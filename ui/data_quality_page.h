#pragma once
// The Data page of a model: is the data good enough to learn from, and what did the last run clean away?
// A bar chart of the rows new in the last 24 h / 7 d / 30 d / 90 d, the readiness level and quality score,
// a table of column issues (missing values, constant columns, outliers), the drift table (PSI per feature
// against the active version, the alert threshold 0.2 highlighted), and the last run's hygiene counts.
// The page only shows a report; loadQualityReport computes one on a worker thread.
#include "quality_report.h"
#include <QCoroTask>
#include <QWidget>

class QBarSet;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace retrainer {

class WorkerPool;

class Workspace;

class DataQualityPage : public QWidget
{
    Q_OBJECT
public:
    explicit DataQualityPage(QWidget* parent = nullptr);

    void showReport(const QualityReport& report);
    // Shown instead of a report when it could not be computed (e.g. the source is unreadable).
    void showError(const QString& message);

    // Computes the report of `model` off the GUI thread (QtConcurrent). Throws Error when it cannot.
    static QCoro::Task<QualityReport> loadQualityReport(WorkerPool& workers, Workspace& workspace, QString model,
                                                        QDateTime now = QDateTime::currentDateTimeUtc());

Q_SIGNALS:
    void refreshRequested();

private:
    void fillColumns(const QualityReport& report);
    void fillDrift(const QualityReport& report);
    QString readinessName(Readiness readiness) const;

    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_score = nullptr;
    QBarSet* m_periods = nullptr;
    QTableWidget* m_columns = nullptr;
    QTableWidget* m_drift = nullptr;
    QLabel* m_driftNote = nullptr;
    QLabel* m_hygiene = nullptr;
};

} // namespace retrainer
