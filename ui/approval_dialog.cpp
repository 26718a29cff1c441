#include "approval_dialog.h"
#include "on_worker.h"
#include "model_snapshot.h"
#include "cli_context.h"
#include "engine.h"
#include "error.h"
#include "workspace.h"
#include <QCoroFuture>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace retrainer {

namespace {

const QString kGood = QStringLiteral("#2e7d32");
const QString kBad = QStringLiteral("#c62828");

QString figure(const std::optional<double>& value, bool judged)
{
    if (!value)
        return QStringLiteral("—");
    return judged ? QLocale().toString(*value, 'f', 4) : QLocale().toString(qint64(*value));
}

QString signedDifference(const MetricComparison& row)
{
    const auto diff = row.difference();
    if (!diff)
        return QStringLiteral("—");
    const QString sign = *diff > 0 ? QStringLiteral("+") : *diff < 0 ? QStringLiteral("−") : QStringLiteral("±");
    return sign + figure(qAbs(*diff), row.judged);
}

QString shownNameOf(Engine& engine, const QString& model)
{
    const auto config = engine.workspace().model(model);
    return config ? config->shownName() : model;
}

QString localMoment(const QDateTime& utc)
{
    return formatDateTime(utc);
}

} // namespace

ApprovalDialog::ApprovalDialog(Engine& engine, QString model, int version, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_model(std::move(model))
    , m_shownName(shownNameOf(engine, m_model))
    , m_version(version)
    , m_actor(cli::currentUser())
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_basis(new QLabel(this))
    , m_gate(new QLabel(this))
    , m_expiry(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_approve(m_buttons->addButton(tr("Approve"), QDialogButtonBox::ActionRole))
    , m_reject(m_buttons->addButton(tr("Reject"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Approve or reject %1 version %2").arg(m_shownName).arg(m_version));
    m_intro->setObjectName(QStringLiteral("approvalIntro"));
    for (QLabel* label : {m_intro, m_basis, m_gate, m_expiry, m_note, m_status})
        label->setWordWrap(true);
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comment->setPlaceholderText(tr("Why you approve or reject this version (kept in the audit trail)"));
    m_comment->setMaximumHeight(80);
    m_note->setText(tr("A rejection needs a comment saying why."));
    m_note->setStyleSheet(QStringLiteral("color: #6d6d6d;"));
    // Enter never decides by accident: the decisions are clicked, Close is the default.
    for (QPushButton* button : {m_approve, m_reject})
        button->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_status->setObjectName(QStringLiteral("approvalStatus"));

    auto* details = new QFormLayout;
    details->addRow(tr("Gate:"), m_gate);
    details->addRow(tr("Request:"), m_expiry);
    details->addRow(tr("Comment:"), m_comment);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addWidget(m_basis);
    layout->addLayout(details);
    layout->addWidget(m_note);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalDialog::approveCandidate);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalDialog::rejectCandidate);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &ApprovalDialog::updateButtons);
    // Decided elsewhere (the CLI, the API, another window): show the new state.
    connect(&m_engine, &Engine::approvalDecided, this, [this](const QString& model, int version) {
        if (model == m_model && version == m_version && !m_busy)
            load();
    });
    resize(620, 480);
    setStatus(tr("Loading version %1…").arg(m_version));
    updateButtons();
    load();
}

QString ApprovalDialog::gateText() const { return m_gate->text(); }
QString ApprovalDialog::expiryText() const { return m_expiry->text(); }
QString ApprovalDialog::commentNote() const { return m_note->isHidden() ? QString() : m_note->text(); }
QString ApprovalDialog::statusText() const { return m_status->text(); }
QString ApprovalDialog::introText() const { return m_intro->text(); }

QCoro::Task<> ApprovalDialog::load()
{
    QPointer<ApprovalDialog> self(this);
    Workspace* workspace = &m_engine.workspace();
    const auto config = workspace->model(m_model);
    const QString primary = config ? config->effectivePrimaryMetric() : QString();
    const QString model = m_model;
    const int version = m_version;
    auto result = std::make_shared<std::optional<ApprovalCandidate>>();
    auto work = [workspace, model, version, primary, result]() -> QString {
        try {
            *result = loadApprovalCandidate(workspace->registry(), workspace->store(), model, version, primary);
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    };
    const QString error = co_await onWorker(m_engine.workers(), std::move(work));
    if (!self)
        co_return;
    if (!error.isEmpty()) {
        self->setStatus(tr("Cannot show version %1 of %2: %3").arg(version).arg(self->m_shownName, error), kBad);
        self->updateButtons();
        Q_EMIT self->loadFailed(error);
        co_return;
    }
    self->showCandidate(**result);
    Q_EMIT self->loaded();
}

void ApprovalDialog::showCandidate(const ApprovalCandidate& candidate)
{
    if (m_candidate && m_decided) {
        // After a decision the comparison stays as it was when deciding; only the state is refreshed.
        m_candidate->candidate = candidate.candidate;
    } else {
        m_candidate = candidate;
        fillComparison(candidate);
        const QString summary = candidate.gateSummary();
        m_gate->setText(candidate.run ? tr("Run %1: %2").arg(candidate.run->id).arg(summary.isEmpty() ? tr("no decision recorded") : summary)
                                      : tr("The run that produced this version is no longer recorded."));
    }
    const ModelVersion& version = m_candidate->candidate;
    const QString state = version.approvalState();
    const QDateTime expires = m_candidate->expires();
    if (state == QLatin1String("pending")) {
        m_intro->setText(tr("Version %1 of %2 passed training and waits for your decision before it answers "
                            "predictions.").arg(m_version).arg(m_shownName));
        m_expiry->setText(expires.isValid() ? tr("Awaiting approval; the request expires on %1.").arg(localMoment(expires))
                                            : tr("Awaiting approval; the request does not expire."));
    } else {
        m_intro->setText(tr("Version %1 of %2 beside the version that was in service.").arg(m_version).arg(m_shownName));
        const std::string by = version.approval.value("by", std::string());
        m_expiry->setText(state.isEmpty() ? tr("This version did not need approval.")
                          : by.empty()    ? tr("No longer awaiting approval: %1.").arg(state)
                                          : tr("No longer awaiting approval: %1 by %2.").arg(state, QString::fromStdString(by)));
    }
    if (!m_busy && m_status->text() == tr("Loading version %1…").arg(m_version))
        setStatus({});
    updateButtons();
}

void ApprovalDialog::fillComparison(const ApprovalCandidate& candidate)
{
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Version %1 (candidate)").arg(candidate.candidate.version),
                                        candidate.active ? tr("Version %1 (in service)").arg(candidate.active->version)
                                                         : tr("In service"),
                                        tr("Difference")});
    m_table->setRowCount(int(candidate.metrics.size()));
    int row = 0;
    for (const MetricComparison& m : candidate.metrics) {
        const QStringList texts = {m.primary ? tr("%1 (primary)").arg(m.metric) : m.metric,
                                   figure(m.candidate, m.judged), figure(m.active, m.judged), signedDifference(m)};
        for (int column = 0; column < texts.size(); ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (m.primary) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(QColor(QStringLiteral("#fff8e1")));
            }
            if (column == 3 && m.verdict() != 0)
                item->setForeground(QColor(m.verdict() > 0 ? kGood : kBad));
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    if (!candidate.active)
        m_basis->setText(tr("No version is in service: approving puts the first one in service."));
    else if (candidate.sameHoldout)
        m_basis->setText(tr("Both versions were scored on the candidate's holdout rows, so the figures compare fairly."));
    else
        m_basis->setText(tr("The version in service shows its own figures from when it was trained (another holdout)."));
}

void ApprovalDialog::updateButtons()
{
    const bool pending = m_candidate && m_candidate->approvalState() == QLatin1String("pending");
    const bool commented = !m_comment->toPlainText().trimmed().isEmpty();
    m_approve->setEnabled(pending && !m_busy);
    m_reject->setEnabled(pending && !m_busy && commented);
    m_comment->setReadOnly(!pending || m_busy);
    m_note->setVisible(pending && !commented);
}

void ApprovalDialog::setStatus(const QString& text, const QString& colour)
{
    m_status->setText(text);
    m_status->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
}

QCoro::Task<> ApprovalDialog::approveCandidate()
{
    return decide(true);
}

QCoro::Task<> ApprovalDialog::rejectCandidate()
{
    return decide(false);
}

QCoro::Task<> ApprovalDialog::decide(bool approve)
{
    if (m_busy)
        co_return;
    m_busy = true;
    updateButtons();
    setStatus(approve ? tr("Verifying and approving version %1…").arg(m_version) : tr("Rejecting version %1…").arg(m_version));
    QPointer<ApprovalDialog> self(this);
    const QString model = m_model;
    const int version = m_version;
    const QString comment = m_comment->toPlainText().trimmed();
    QString error;
    try {
        auto action = approve ? m_engine.approve(model, version, m_actor, comment)
                              : m_engine.reject(model, version, m_actor, comment);
        co_await action;
    } catch (const Error& e) {
        error = e.message();
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
    }
    if (!self)
        co_return;
    self->m_busy = false;
    if (error.isEmpty()) {
        self->m_decided = true;
        self->setStatus(approve ? tr("Approved: version %1 of %2 is in service.").arg(version).arg(model)
                                : tr("Rejected: version %1 of %2 will not serve. The version in service stays.").arg(version).arg(model),
                        kGood);
        Q_EMIT self->decided(model, version, approve);
    } else {
        self->setStatus(approve ? tr("Not approved: %1. The version in service stays.").arg(error)
                                : tr("Not rejected: %1").arg(error),
                        kBad);
        Q_EMIT self->decisionFailed(error);
    }
    self->updateButtons();
    self->load(); // the state may have changed (decided, expired)
}

} // namespace retrainer
