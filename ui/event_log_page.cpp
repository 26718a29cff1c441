#include "event_log_page.h"
#include "on_worker.h"
#include "console_engine.h"
#include "event_sentences.h"
#include "model_snapshot.h"
#include "workspace.h"
#include <QComboBox>
#include <QCoroFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include "page_title.h"
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
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
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("When"), tr("Model"), tr("Event"), tr("Run"), tr("What happened")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ModelColumn, QHeaderView::ResizeToContents); // names in full
    m_list->header()->setSectionResizeMode(EventColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(RunColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_list->setToolTip(tr("Double-click an event to see its stored record."));
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) { showRecord(item); });
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

void EventLogPage::setChoices(QComboBox* combo, const std::vector<std::pair<QString, QString>>& choices, const QString& anyText)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const auto& [label, value] : choices)
        combo->addItem(label, value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

QCoro::Task<> EventLogPage::reload()
{
    const int ticket = ++m_reloads;
    QPointer<EventLogPage> self(this);
    Store* store = &m_engine.workspace().store();
    auto work = [store] { return store->events({}, 5000); };
    const std::vector<EventRecord> events = co_await onWorker(m_engine.workers(), std::move(work));
    if (!self || ticket != self->m_reloads)
        co_return;
    std::set<QString> models, types;
    self->m_list->clear();
    QList<QTreeWidgetItem*> items;
    for (const EventRecord& e : events) {
        const QString shownModel = self->m_engine.shownName(e.model);
        models.insert(shownModel);
        types.insert(e.type);
        auto* item = new QTreeWidgetItem;
        item->setText(WhenColumn, formatMoment(e.time));
        item->setText(ModelColumn, shownModel);
        item->setText(EventColumn, eventTypeLabel(e.type));
        item->setData(EventColumn, TypeRole, e.type);
        item->setText(RunColumn, e.runId ? QString::number(*e.runId) : QString());
        const QString sentence = describeEvent(e);
        item->setText(WhatColumn, sentence);
        item->setToolTip(WhatColumn, sentence);
        item->setData(WhatColumn, RecordRole, QString::fromStdString(e.toJson().dump(2)));
        items << item;
    }
    self->m_list->addTopLevelItems(items);
    std::vector<std::pair<QString, QString>> modelChoices;
    for (const QString& model : models)
        modelChoices.emplace_back(model, model);
    setChoices(self->m_model, modelChoices, tr("All models"));
    std::vector<std::pair<QString, QString>> typeChoices;
    for (const QString& type : types)
        typeChoices.emplace_back(eventTypeLabel(type), type);
    setChoices(self->m_type, typeChoices, tr("All events"));
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
        const bool shown = (model.isEmpty() || item->text(ModelColumn) == model)
                           && (type.isEmpty() || item->data(EventColumn, TypeRole).toString() == type)
                           && (text.isEmpty() || item->text(WhatColumn).contains(text, Qt::CaseInsensitive)
                               || item->text(EventColumn).contains(text, Qt::CaseInsensitive)
                               || item->data(WhatColumn, RecordRole).toString().contains(text, Qt::CaseInsensitive));
        item->setHidden(!shown);
    }
}

QMessageBox* EventLogPage::showRecord(QTreeWidgetItem* item)
{
    if (!item)
        return nullptr;
    auto* box = new QMessageBox(QMessageBox::Information, tr("Event record"), item->text(WhatColumn), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("eventRecord"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("%1 · %2 · %3").arg(item->text(WhenColumn), item->text(ModelColumn), item->text(EventColumn)));
    box->setDetailedText(item->data(WhatColumn, RecordRole).toString());
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
    return box;
}

int EventLogPage::shownCount() const
{
    int count = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        count += m_list->topLevelItem(i)->isHidden() ? 0 : 1;
    return count;
}

} // namespace retrainer
