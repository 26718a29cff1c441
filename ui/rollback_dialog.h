#pragma once
// "Roll back…": the chosen version beside the one in service, metric by metric. The chosen version's
// checksum is verified on a worker thread before the button is offered; a damaged file is refused with
// the reason. The rollback asks for confirmation, runs off the GUI thread and reports its result.
#include "registry.h"
#include <QCoroTask>
#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QTableWidget;

namespace retrainer {

class ConsoleEngine;

class RollbackDialog : public QDialog
{
    Q_OBJECT
public:
    // `chosen` and `active` as listed by the Versions tab (active may be absent).
    RollbackDialog(ConsoleEngine& engine, const ModelVersion& chosen, const std::optional<ModelVersion>& active,
                   QWidget* parent = nullptr);

    QPushButton* rollbackButton() const { return m_rollback; }
    QString statusText() const;
    // The confirmation asked after the button was clicked (nullptr when none is open).
    QMessageBox* confirmation() const { return m_confirmation; }
    bool verified() const { return m_verified; }

Q_SIGNALS:
    void verificationFinished(bool ok);
    void rolledBack(const QString& model, int version);
    void rollbackFailed(const QString& reason);

private:
    QCoro::Task<> verify();
    void askConfirmation();
    QCoro::Task<> perform();
    void fillComparison(const std::optional<ModelVersion>& active);

    ConsoleEngine& m_engine;
    ModelVersion m_chosen;
    QTableWidget* m_table;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_rollback;
    QMessageBox* m_confirmation = nullptr;
    bool m_verified = false;
};

} // namespace retrainer
