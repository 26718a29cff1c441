#include "event_log_page.h"
#include "console_engine.h"
#include "model_snapshot.h"
#include "workspace.h"
#include <QComboBox>
#include <QCoroFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include "page_title.h"
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <set>

namespace retrainer {

EventLogPage::EventLogPage(ConsoleEngine& engine, QWidget* parent)
    : QWidget(parent),
      m_engine(engine),
      m_model(new QComboBox(this)),
      m_type(new QComboBox(this)),
      m_text(new QLineEdit(this)),
      m_list(new QTreeWidget(this))
{
    auto* title = makePageTitle(tr("Event log"), this);
    m_text->setPlaceholderText(tr("Filter by text"));
    m_text->setClearButtonEnabled(true);
    setChoices(m_model, {}, tr("All models"));
    setChoices(m_type, {}, tr("All events"));
    m_list->setColumnCount(5);
    m_list->setHeaderLabels({tr("When"), tr("Model"), tr("Event"), tr("Run"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_model);
    filters->addWidget(m_type);
    filters->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    connect(m_model, &QComboBox::currentIndexChanged, this, &EventLogPage::applyFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EventLogPage::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &EventLogPage::applyFilters);

    auto* soon = new QTimer(this);
    soon->setSingleShot(true);
    soon->setInterval(500);
    connect(soon, &QTimer::timeout, this, [this] { reload(); });
    connect(&m_engine, &ConsoleEngine::runFinished, soon, [soon] { soon->start(); });
    connect(&m_engine, &ConsoleEngine::runQueued, soon, [soon] { soon->start(); });
    connect(&m_engine, &ConsoleEngine::versionsChanged, soon, [soon] { soon->start(); });
}

void EventLogPage::setChoices(QComboBox* combo, const QStringList& values, const QString& anyText)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const auto& v : values)
        combo->addItem(v, v);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

QCoro::Task<> EventLogPage::reload()
{
    const int ticket = ++m_reloads;
    QPointer<EventLogPage> self(this);
    Store* store = &m_engine.workspace().store();
    auto future = QtConcurrent::run([store] { return store->events({}, 5000); });
    const std::vector<EventRecord> events = co_await future;
    if (!self || ticket != self->m_reloads)
        co_return;
    std::set<QString> models, types;
    self->m_list->clear();
    QList<QTreeWidgetItem*> items;
    for (const EventRecord& e : events) {
        models.insert(e.model);
        types.insert(e.type);
        auto* item = new QTreeWidgetItem;
        item->setText(0, formatMoment(e.time));
        item->setText(1, e.model);
        item->setText(2, e.type);
        item->setText(3, e.runId ? QString::number(*e.runId) : QString());
        const QString detail = QString::fromStdString(e.detail.dump());
        item->setText(4, detail);
        item->setToolTip(4, detail);
        items << item;
    }
    self->m_list->addTopLevelItems(items);
    setChoices(self->m_model, QStringList(models.begin(), models.end()), tr("All models"));
    setChoices(self->m_type, QStringList(types.begin(), types.end()), tr("All events"));
    self->applyFilters();
    Q_EMIT self->reloaded();
}

void EventLogPage::applyFilters()
{
    const QString model = m_model->currentData().toString();
    const QString type = m_type->currentData().toString();
    const QString text = m_text->text().trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const bool shown = (model.isEmpty() || item->text(1) == model) && (type.isEmpty() || item->text(2) == type) &&
                           (text.isEmpty() || item->text(4).contains(text, Qt::CaseInsensitive) ||
                            item->text(2).contains(text, Qt::CaseInsensitive));
        item->setHidden(!shown);
    }
}

int EventLogPage::shownCount() const
{
    int count = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        count += m_list->topLevelItem(i)->isHidden() ? 0 : 1;
    return count;
}

} // namespace retrainer
