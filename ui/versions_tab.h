#pragma once
// The Versions tab: every version of a model (number, created, metrics, checksum state verified on a
// worker thread, in service), how the selected one was chosen, the model's disk use, and "Roll back…".
#include "registry.h"
#include "rollback_dialog.h"
#include "version_listing.h"
#include <QCoroTask>
#include <QPointer>
#include <QWidget>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace retrainer {

class ConsoleEngine;

class VersionsTab : public QWidget
{
    Q_OBJECT
public:
    enum Column { VersionColumn, CreatedColumn, MetricsColumn, ChecksumColumn, ActiveColumn, ColumnCount };

    explicit VersionsTab(ConsoleEngine& engine, QWidget* parent = nullptr);

    void setModel(const QString& model);
    QCoro::Task<> reload();

    QTableWidget* table() const { return m_table; }
    QPushButton* rollbackButton() const { return m_rollback; }
    // How the selected version (or the one in service) was chosen, and the model's disk use.
    QLabel* detailsLabel() const { return m_details; }
    QLabel* diskUseLabel() const { return m_diskUse; }
    // Selects the row of `version`; false when it is not listed.
    bool selectVersion(int version);
    std::optional<int> activeVersion() const;
    RollbackDialog* openDialog() const { return m_dialog; }

Q_SIGNALS:
    void reloaded();
    void checksumsVerified();

private:
    QCoro::Task<> verifyChecksums(VersionListing listing, int ticket);
    void openRollbackDialog();
    void updateButton();
    void showDetails();

    ConsoleEngine& m_engine;
    QString m_model;
    std::vector<ModelVersion> m_versions;
    QTableWidget* m_table;
    QPushButton* m_rollback;
    QLabel* m_details;
    QLabel* m_diskUse;
    QPointer<RollbackDialog> m_dialog;
    int m_reloads = 0;
};

} // namespace retrainer
