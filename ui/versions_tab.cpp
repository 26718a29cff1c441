#include "versions_tab.h"
#include "on_worker.h"
#include "console_engine.h"
#include "metric_words.h"
#include "model_snapshot.h"
#include "rollback_dialog.h"
#include "version_choice_text.h"
#include "version_listing.h"
#include "workspace.h"
#include <QCoroFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace retrainer {
namespace {

// The metrics in words ("R² 0.87 · typical error ± 4.21 minutes"), and each one's meaning for the tooltip.
std::pair<QString, QString> metricsText(const ModelVersion& v, const QString& label)
{
    const auto metrics = v.metadata.value("metrics", nlohmann::json::object());
    QStringList parts, meanings;
    if (metrics.is_object())
        for (const auto& [key, value] : metrics.items())
            if (value.is_number_float()) {
                const QString metric = QString::fromStdString(key);
                parts << MetricWords::shortText(metric, value.get<double>(), label);
                meanings << MetricWords::sentence(metric, value.get<double>(), label);
            }
    return {parts.join(QStringLiteral(" · ")), meanings.join(QLatin1Char('\n'))};
}

} // namespace

VersionsTab::VersionsTab(ConsoleEngine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_table(new QTableWidget(this)), m_rollback(new QPushButton(tr("Roll back…"), this)),
      m_details(new QLabel(this)), m_diskUse(new QLabel(this))
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("Created"), tr("Metrics"), tr("Checksum"), tr("In service")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(MetricsColumn, QHeaderView::Stretch);
    m_rollback->setEnabled(false);
    m_rollback->setObjectName(QStringLiteral("rollbackOpenButton"));
    auto* hint = new QLabel(tr("Every version is kept with a SHA-256 checksum. Choose one and roll back to put it "
                               "in service again."), this);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_rollback);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    m_details->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("versionChoice"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diskUse->setWordWrap(true);
    m_diskUse->setObjectName(QStringLiteral("versionsDiskUse"));
    layout->addWidget(m_details);
    layout->addWidget(m_diskUse);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VersionsTab::updateButton);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VersionsTab::showDetails);
    connect(m_rollback, &QPushButton::clicked, this, &VersionsTab::openRollbackDialog);
    connect(&m_engine, &ConsoleEngine::versionsChanged, this, [this](const QString& model) {
        if (model == m_model)
            reload();
    });
}

void VersionsTab::setModel(const QString& model)
{
    m_model = model;
    reload();
}

QCoro::Task<> VersionsTab::reload()
{
    const QString model = m_model;
    const int ticket = ++m_reloads;
    QPointer<VersionsTab> self(this);
    Registry* registry = &m_engine.workspace().registry();
    auto work = [registry, model] { return listVersions(*registry, model, /*verify*/ false); };
    VersionListing listing = co_await onWorker(m_engine.workers(), std::move(work));
    std::vector<ModelVersion> versions;
    for (const auto& listed : listing.versions)
        versions.push_back(listed.version);
    if (!self || ticket != self->m_reloads)
        co_return;
    const int selected = self->m_table->currentRow();
    const auto config = self->m_engine.workspace().model(model);
    const QString label = config ? config->label : QString();
    self->m_versions = versions;
    QTableWidget* table = self->m_table;
    table->setRowCount(int(versions.size()));
    for (int row = 0; row < int(versions.size()); ++row) {
        const ModelVersion& v = versions[size_t(row)];
        auto* number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, v.version);
        table->setItem(row, VersionColumn, number);
        table->setItem(row, CreatedColumn, new QTableWidgetItem(formatMoment(v.created)));
        const std::pair<QString, QString> described = metricsText(v, label);
        auto* metrics = new QTableWidgetItem(described.first);
        metrics->setToolTip(described.second);
        table->setItem(row, MetricsColumn, metrics);
        table->setItem(row, ChecksumColumn, new QTableWidgetItem(tr("verifying…")));
        table->setItem(row, ActiveColumn, new QTableWidgetItem(v.active ? tr("● in service") : QString()));
    }
    if (selected >= 0 && selected < table->rowCount())
        table->selectRow(selected);
    self->updateButton();
    self->showDetails();
    self->m_diskUse->setText(diskUseText(int(versions.size()), listing.diskUse, config ? config->keepVersions : 10));
    Q_EMIT self->reloaded();
    self->verifyChecksums(std::move(listing), ticket);
}

QCoro::Task<> VersionsTab::verifyChecksums(VersionListing listing, int ticket)
{
    QPointer<VersionsTab> self(this);
    Registry* registry = &m_engine.workspace().registry();
    auto work = [registry, listing]() mutable {
        verifyListed(*registry, listing);
        QStringList problems;
        for (const auto& listed : listing.versions)
            problems << listed.problem;
        return problems;
    };
    const QStringList problems = co_await onWorker(m_engine.workers(), std::move(work));
    if (!self || ticket != self->m_reloads)
        co_return;
    for (int row = 0; row < problems.size() && row < self->m_table->rowCount(); ++row) {
        auto* item = self->m_table->item(row, ChecksumColumn);
        item->setText(problems[row].isEmpty() ? tr("✔ verified") : tr("✖ damaged"));
        item->setToolTip(problems[row]);
        item->setForeground(problems[row].isEmpty() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    }
    Q_EMIT self->checksumsVerified();
}

bool VersionsTab::selectVersion(int version)
{
    for (int row = 0; row < int(m_versions.size()); ++row) {
        if (m_versions[size_t(row)].version == version) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

std::optional<int> VersionsTab::activeVersion() const
{
    for (const auto& v : m_versions)
        if (v.active)
            return v.version;
    return std::nullopt;
}

void VersionsTab::updateButton()
{
    const int row = m_table->currentRow();
    const bool selectable = row >= 0 && row < int(m_versions.size()) && !m_versions[size_t(row)].active;
    m_rollback->setEnabled(selectable);
}

void VersionsTab::showDetails()
{
    const auto selected = m_table->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? -1 : selected.front().row();
    const ModelVersion* shown = row >= 0 && row < int(m_versions.size()) ? &m_versions[size_t(row)] : nullptr;
    for (const auto& v : m_versions)
        if (!shown && v.active)
            shown = &v;
    const auto config = m_engine.workspace().model(m_model);
    m_details->setText(shown ? versionChoiceText(shown->version, shown->metadata, config ? config->label : QString())
                             : QString());
}

void VersionsTab::openRollbackDialog()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_versions.size()))
        return;
    std::optional<ModelVersion> active;
    for (const auto& v : m_versions)
        if (v.active)
            active = v;
    auto* dialog = new RollbackDialog(m_engine, m_versions[size_t(row)], active, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

} // namespace retrainer
