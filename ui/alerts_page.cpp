#include "alerts_page.h"
#include "on_worker.h"
#include "alert_details.h"
#include "automation.h"
#include "console_engine.h"
#include "workspace.h"
#include "model_snapshot.h"
#include <QCheckBox>
#include <QCoroFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include "page_title.h"
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace retrainer {

AlertsPage::AlertsPage(ConsoleEngine& engine, QWidget* parent)
    : QWidget(parent),
      m_engine(engine),
      m_list(new QTreeWidget(this)),
      m_showAll(new QCheckBox(tr("Show acknowledged alerts"), this)),
      m_acknowledge(new QPushButton(tr("Acknowledge"), this)),
      m_summary(new QLabel(this))
{
    auto* title = makePageTitle(tr("Alerts"), this);
    m_list->setColumnCount(5);
    m_list->setHeaderLabels({tr("When"), tr("Model"), tr("Severity"), tr("What happened"), tr("Acknowledged")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // "What happened" takes the room; the other columns are as wide as what they hold.
    m_list->header()->setStretchLastSection(false);
    for (int column : {0, 1, 2, 4})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->setToolTip(tr("Double-click an alert to read all of it."));
    m_acknowledge->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_showAll);
    buttons->addWidget(m_acknowledge);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_showAll, &QCheckBox::toggled, this, [this] { reload(); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        bool anyOpen = false;
        for (auto* item : m_list->selectedItems())
            anyOpen = anyOpen || item->data(0, Qt::UserRole + 1).toBool();
        m_acknowledge->setEnabled(anyOpen);
    });
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { acknowledgeSelected(); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { showDetails(m_list->indexOfTopLevelItem(item)); });
    connect(&m_engine, &ConsoleEngine::alertsChanged, this, [this] { reload(); });
}

QCoro::Task<> AlertsPage::reload()
{
    const int ticket = ++m_reloads;
    QPointer<AlertsPage> self(this);
    AlertLog* log = &m_engine.automation().alerts();
    Store* store = &m_engine.workspace().store();
    using Loaded = std::pair<std::vector<AlertRecord>, std::map<qint64, std::vector<DeliveryRecord>>>;
    auto work = [log, store]() -> Loaded {
        Loaded loaded{log->alerts({}, false, 500), {}};
        if (!loaded.first.empty())
            loaded.second = DeliveryLog(*store).since(loaded.first.back().id);
        return loaded;
    };
    Loaded loaded = co_await onWorker(m_engine.workers(), std::move(work));
    if (!self || ticket != self->m_reloads)
        co_return;
    const std::vector<AlertRecord>& alerts = loaded.first;
    self->m_deliveries = std::move(loaded.second);
    self->m_list->clear();
    self->m_shown.clear();
    int open = 0;
    for (const AlertRecord& a : alerts) {
        open += a.isOpen() ? 1 : 0;
        if (!a.isOpen() && !self->m_showAll->isChecked())
            continue;
        auto* item = new QTreeWidgetItem(self->m_list);
        item->setText(0, formatMoment(a.time));
        item->setText(1, self->m_engine.shownName(a.model));
        item->setText(2, a.severity == QLatin1String("critical") ? tr("critical") : tr("warning"));
        item->setText(3, a.text);
        item->setToolTip(3, a.text);
        item->setText(4, a.isOpen() ? QString() : tr("%1 by %2").arg(formatMoment(a.acknowledgedAt), a.acknowledgedBy));
        item->setData(0, Qt::UserRole, a.id);
        self->m_shown[a.id] = a;
        item->setData(0, Qt::UserRole + 1, a.isOpen());
        item->setForeground(2, a.severity == QLatin1String("critical") ? QColor(0xc6, 0x28, 0x28) : QColor(0xef, 0x6c, 0x00));
    }
    self->m_summary->setText(open == 0 ? tr("Nothing needs your attention.") : tr("%n open alert(s)", nullptr, open));
    if (open != self->m_open) {
        self->m_open = open;
        Q_EMIT self->openCountChanged(open);
    }
    Q_EMIT self->reloaded();
}

const AlertRecord* AlertsPage::alertAt(int row) const
{
    const QTreeWidgetItem* item = m_list->topLevelItem(row);
    if (!item)
        return nullptr;
    const auto it = m_shown.find(item->data(0, Qt::UserRole).toLongLong());
    return it == m_shown.end() ? nullptr : &it->second;
}

std::vector<DeliveryRecord> AlertsPage::deliveriesAt(int row) const
{
    const AlertRecord* alert = alertAt(row);
    if (!alert)
        return {};
    const auto it = m_deliveries.find(alert->id);
    return it == m_deliveries.end() ? std::vector<DeliveryRecord>{} : it->second;
}

void AlertsPage::showDetails(int row)
{
    if (const AlertRecord* alert = alertAt(row))
        showAlertDetails(this, *alert, deliveriesAt(row));
}

QCoro::Task<> AlertsPage::acknowledgeSelected()
{
    QList<qint64> ids;
    for (auto* item : m_list->selectedItems())
        if (item->data(0, Qt::UserRole + 1).toBool())
            ids << item->data(0, Qt::UserRole).toLongLong();
    QPointer<AlertsPage> self(this);
    for (const qint64 id : ids) {
        const QString error = co_await m_engine.acknowledge(id);
        if (!self)
            co_return;
        if (!error.isEmpty())
            self->m_summary->setText(error);
    }
}

} // namespace retrainer
