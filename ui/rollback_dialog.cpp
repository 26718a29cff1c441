#include "rollback_dialog.h"
#include "on_worker.h"
#include "metric_words.h"
#include "console_engine.h"
#include "model_snapshot.h"
#include "workspace.h"
#include <QCoroFuture>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <set>

namespace retrainer {
namespace {

nlohmann::json metricsOf(const ModelVersion& v)
{
    const auto m = v.metadata.value("metrics", nlohmann::json::object());
    return m.is_object() ? m : nlohmann::json::object();
}

QString cellText(const nlohmann::json& metrics, const std::string& key)
{
    const auto it = metrics.find(key);
    if (it == metrics.end())
        return QStringLiteral("—");
    if (it->is_number_float())
        return formatMetric(QString::fromStdString(key), it->get<double>());
    return QString::fromStdString(it->dump());
}

} // namespace

RollbackDialog::RollbackDialog(ConsoleEngine& engine, const ModelVersion& chosen,
                               const std::optional<ModelVersion>& active, QWidget* parent)
    : QDialog(parent),
      m_engine(engine),
      m_chosen(chosen),
      m_table(new QTableWidget(this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_rollback(m_buttons->addButton(tr("Roll back to version %1").arg(chosen.version), QDialogButtonBox::ActionRole))
{
    const QString shown = m_engine.shownName(chosen.model);
    setWindowTitle(tr("Roll back %1").arg(shown));
    setObjectName(QStringLiteral("rollbackDialog"));
    auto* intro = new QLabel(active ? tr("Put version %1 of %2 back in service instead of version %3?")
                                          .arg(chosen.version).arg(shown).arg(active->version)
                                    : tr("Put version %1 of %2 in service?").arg(chosen.version).arg(shown),
                             this);
    intro->setObjectName(QStringLiteral("rollbackIntro"));
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("rollbackStatus"));
    fillComparison(active);
    m_rollback->setEnabled(false);
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rollback, &QPushButton::clicked, this, &RollbackDialog::askConfirmation);
    resize(520, 360);
    verify();
}

QString RollbackDialog::statusText() const
{
    return m_status->text();
}

void RollbackDialog::fillComparison(const std::optional<ModelVersion>& active)
{
    const nlohmann::json chosenMetrics = metricsOf(m_chosen);
    const nlohmann::json activeMetrics = active ? metricsOf(*active) : nlohmann::json::object();
    std::set<std::string> keys;
    for (const auto& [key, value] : chosenMetrics.items())
        keys.insert(key);
    for (const auto& [key, value] : activeMetrics.items())
        keys.insert(key);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Version %1 (chosen)").arg(m_chosen.version),
                                        active ? tr("Version %1 (in service)").arg(active->version) : tr("In service")});
    m_table->setRowCount(int(keys.size()) + 1);
    m_table->setItem(0, 0, new QTableWidgetItem(tr("created")));
    m_table->setItem(0, 1, new QTableWidgetItem(formatMoment(m_chosen.created)));
    m_table->setItem(0, 2, new QTableWidgetItem(active ? formatMoment(active->created) : QStringLiteral("—")));
    int row = 1;
    for (const auto& key : keys) {
        auto* name = new QTableWidgetItem(MetricWords::title(QString::fromStdString(key)));
        name->setToolTip(MetricWords::meaning(QString::fromStdString(key)));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(cellText(chosenMetrics, key)));
        m_table->setItem(row, 2, new QTableWidgetItem(cellText(activeMetrics, key)));
        ++row;
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

QCoro::Task<> RollbackDialog::verify()
{
    m_status->setText(tr("Verifying the checksum of version %1…").arg(m_chosen.version));
    QPointer<RollbackDialog> self(this);
    Registry* registry = &m_engine.workspace().registry();
    const QString model = m_chosen.model;
    const int version = m_chosen.version;
    auto work = [registry, model, version] { return registry->verify(model, version); };
    const QString problem = co_await onWorker(m_engine.workers(), std::move(work));
    if (!self)
        co_return;
    self->m_verified = problem.isEmpty();
    if (problem.isEmpty()) {
        self->m_status->setText(tr("The file of version %1 matches its SHA-256 checksum.").arg(version));
        self->m_rollback->setEnabled(true);
    } else {
        self->m_status->setText(tr("Refused: version %1 cannot be put in service because its file is damaged "
                                   "or missing (%2). The version in service stays.").arg(version).arg(problem));
        self->m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    }
    Q_EMIT self->verificationFinished(problem.isEmpty());
}

void RollbackDialog::askConfirmation()
{
    m_confirmation = new QMessageBox(QMessageBox::Question, tr("Confirm the rollback"),
                                     tr("Version %1 of %2 will answer every prediction from now on. Continue?")
                                         .arg(m_chosen.version).arg(m_engine.shownName(m_chosen.model)),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmation, &QMessageBox::finished, this, [this](int result) {
        m_confirmation = nullptr;
        if (result == QMessageBox::Yes)
            perform();
    });
    m_confirmation->open();
}

QCoro::Task<> RollbackDialog::perform()
{
    m_rollback->setEnabled(false);
    m_status->setText(tr("Rolling back…"));
    QPointer<RollbackDialog> self(this);
    const QString model = m_chosen.model;
    const int version = m_chosen.version;
    const QString error = co_await m_engine.rollback(model, version);
    if (!self)
        co_return;
    if (error.isEmpty()) {
        self->m_status->setText(tr("Done: version %1 of %2 is in service.").arg(version).arg(self->m_engine.shownName(model)));
        self->m_status->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        Q_EMIT self->rolledBack(model, version);
    } else {
        self->m_status->setText(tr("The rollback failed: %1. The version in service stays.").arg(error));
        self->m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
        Q_EMIT self->rollbackFailed(error);
    }
}

} // namespace retrainer
