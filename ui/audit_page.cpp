#include "audit_page.h"
#include "on_worker.h"
#include "worker_pool.h"
#include "audit_filter_model.h"
#include "audit_model.h"
#include "error.h"
#include "workspace.h"
#include <QComboBox>
#include <QCoroFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>
#include <set>

namespace retrainer {

namespace {

const QStringList kKnownActions = {QStringLiteral("train"), QStringLiteral("cancel"), QStringLiteral("rollback"),
                                   QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("settings"),
                                   QStringLiteral("pause"), QStringLiteral("resume"), QStringLiteral("import"),
                                   QStringLiteral("token-create"), QStringLiteral("token-revoke")};

// Replaces the combo's items after the "all" item, keeping the chosen value when it is still offered.
void refill(QComboBox* combo, const std::vector<std::pair<QString, QString>>& items)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto& [label, value] : items)
        combo->addItem(label, value);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}

} // namespace

AuditPage::AuditPage(Workspace& workspace, WorkerPool& workers, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace), m_workers(workers)
    , m_model(new AuditModel(this))
    , m_filter(new AuditFilterModel(this))
    , m_models(new QComboBox(this))
    , m_actions(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_filter->setSourceModel(m_model);
    m_models->addItem(tr("All models"), QString());
    m_actions->addItem(tr("All actions"), QString());
    m_search->setPlaceholderText(tr("Search who, what or details…"));
    m_search->setClearButtonEnabled(true);
    auto* refresh = new QPushButton(tr("Refresh"), this);

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* title = new QLabel(tr("Audit trail"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Model:"), this));
    filters->addWidget(m_models);
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_actions);
    filters->addWidget(m_search, 1);
    filters->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_models, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setModelFilter(m_models->currentData().toString());
        updateStatus();
    });
    connect(m_actions, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setActionFilter(m_actions->currentData().toString());
        updateStatus();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateStatus();
    });
    connect(refresh, &QPushButton::clicked, this, &AuditPage::reload);
    // The raw record, as stored, one double-click away from its sentence.
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { showRecord(index); });
    fillChoices();
}

QMessageBox* AuditPage::showRecord(const QModelIndex& index)
{
    const AuditEntry* entry = m_model->entryAt(m_filter->mapToSource(index).row());
    if (!entry)
        return nullptr;
    auto* box = new QMessageBox(QMessageBox::Information, tr("Audit record"),
                                describeAuditEntry(entry->action, entry->model, entry->detail), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("auditRecord"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("%1 by %2, %3").arg(auditActionLabel(entry->action), entry->actor,
                                                   QLocale().toString(entry->time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    box->setDetailedText(QString::fromStdString(entry->detail.dump(2)));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
    return box;
}

QString AuditPage::statusText() const
{
    return m_status->text();
}

void AuditPage::setModelFilter(const QString& model)
{
    m_models->setCurrentIndex(qMax(0, m_models->findData(model)));
}

void AuditPage::setActionFilter(const QString& action)
{
    m_actions->setCurrentIndex(qMax(0, m_actions->findData(action)));
}

void AuditPage::setSearchText(const QString& text)
{
    m_search->setText(text);
}

QCoro::Task<> AuditPage::reload()
{
    const int generation = ++m_generation;
    m_status->setText(tr("Loading the audit trail…"));
    QPointer<AuditPage> self(this);
    Store* store = &m_workspace.store();
    auto entries = std::make_shared<std::vector<AuditEntry>>();
    auto work = [store, entries]() -> QString {
        try {
            *entries = AuditLog(*store).entries({}, kMaxEntries);
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    };
    const QString error = co_await onWorker(m_workers, std::move(work));
    if (!self || generation != self->m_generation)
        co_return;
    if (!error.isEmpty()) {
        self->m_status->setText(tr("Cannot read the audit trail: %1").arg(error));
        co_return;
    }
    self->m_model->setEntries(std::move(*entries));
    self->m_table->resizeColumnsToContents();
    self->fillChoices();
    self->updateStatus();
    Q_EMIT self->reloaded(self->m_model->rowCount());
}

void AuditPage::fillChoices()
{
    std::set<QString> models, actions(kKnownActions.begin(), kKnownActions.end());
    for (const auto& config : m_workspace.models())
        models.insert(config.name);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AuditEntry* entry = m_model->entryAt(row);
        if (!entry->model.isEmpty())
            models.insert(entry->model);
        actions.insert(entry->action);
    }
    std::vector<std::pair<QString, QString>> modelItems, actionItems;
    for (const QString& model : models)
        modelItems.emplace_back(model, model);
    for (const QString& action : actions)
        actionItems.emplace_back(auditActionLabel(action), action);
    refill(m_models, modelItems);
    refill(m_actions, actionItems);
    m_filter->setModelFilter(m_models->currentData().toString());
    m_filter->setActionFilter(m_actions->currentData().toString());
}

void AuditPage::updateStatus()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_status->setText(shown == all ? tr("%n entries", nullptr, all) : tr("%1 of %n entries", nullptr, all).arg(shown));
}

} // namespace retrainer
