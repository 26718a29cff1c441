#pragma once
// "Approve or reject": a version awaiting approval beside the version in service, metric by metric (the
// primary metric highlighted, each difference signed and coloured), the gate's decision from the run
// that produced it and when the request expires. Approve or Reject (a rejection needs a comment) act
// through the Engine in the name of the OS user; the outcome or the refusal (expired, damaged file…)
// is shown in the dialog. Everything that reads the store or verifies files runs off the GUI thread.
#include "approval_candidate.h"
#include <QCoroTask>
#include <QDialog>
#include <QString>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace retrainer {

class Engine;

class ApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    ApprovalDialog(Engine& engine, QString model, int version, QWidget* parent = nullptr);

    QString model() const { return m_model; }
    // The name the model is shown under (its identifier when it has no display name).
    QString shownName() const { return m_shownName; }
    QString introText() const;
    int version() const { return m_version; }
    // Who the decision is recorded for (the OS user unless changed, e.g. by tests).
    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    bool isLoaded() const { return m_candidate.has_value(); }
    const std::optional<ApprovalCandidate>& candidate() const { return m_candidate; }

    QTableWidget* comparisonTable() const { return m_table; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QString gateText() const;
    QString expiryText() const;
    QString commentNote() const;
    QString statusText() const;

    // Reads the candidate again (on a worker) and refreshes the comparison; called by the constructor.
    QCoro::Task<> load();
    // What the buttons do (also callable directly).
    QCoro::Task<> approveCandidate();
    QCoro::Task<> rejectCandidate();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString& reason);
    void decided(const QString& model, int version, bool approved);
    void decisionFailed(const QString& reason);

private:
    QCoro::Task<> decide(bool approve);
    void showCandidate(const ApprovalCandidate& candidate);
    void fillComparison(const ApprovalCandidate& candidate);
    void updateButtons();
    void setStatus(const QString& text, const QString& colour = {});

    Engine& m_engine;
    QString m_model;
    QString m_shownName;
    int m_version;
    QString m_actor;
    std::optional<ApprovalCandidate> m_candidate;
    bool m_busy = false;
    bool m_decided = false; // approved or rejected in this dialog

    QLabel* m_intro;
    QTableWidget* m_table;
    QLabel* m_basis;
    QLabel* m_gate;
    QLabel* m_expiry;
    QPlainTextEdit* m_comment;
    QLabel* m_note;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_approve;
    QPushButton* m_reject;
};

} // namespace retrainer
