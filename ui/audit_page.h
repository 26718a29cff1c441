#pragma once
// The "Audit" page: who changed what and when (train, cancel, rollback, approve, reject, settings, pause,
// import, tokens), newest first, with filters by model and action and a text search. Loaded off the GUI
// thread; reload() again when the engine announces a change.
#include <QCoroTask>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QModelIndex;
class QTableView;

namespace retrainer {

class WorkerPool;

class AuditFilterModel;
class AuditModel;
class Workspace;

class AuditPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 5000; // newest entries shown

    AuditPage(Workspace& workspace, WorkerPool& workers, QWidget* parent = nullptr);

    QCoro::Task<> reload();

    // Show one model / one action (as stored, e.g. "rollback"); empty shows all.
    void setModelFilter(const QString& model);
    void setActionFilter(const QString& action);
    void setSearchText(const QString& text);

    AuditModel* auditModel() const { return m_model; }
    AuditFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QComboBox* modelCombo() const { return m_models; }
    QComboBox* actionCombo() const { return m_actions; }
    QLineEdit* searchField() const { return m_search; }
    QString statusText() const;
    // Opens the stored record of a row (double-click on it): its sentence, who and when, and the
    // raw detail under "Show Details…". Non-blocking, object name "auditRecord", deleted when closed.
    QMessageBox* showRecord(const QModelIndex& index);

Q_SIGNALS:
    void reloaded(int entries);

private:
    void fillChoices();
    void updateStatus();

    Workspace& m_workspace;
    WorkerPool& m_workers;
    AuditModel* m_model;
    AuditFilterModel* m_filter;
    QComboBox* m_models;
    QComboBox* m_actions;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_status;
    int m_generation = 0; // the latest reload wins
};

} // namespace retrainer
