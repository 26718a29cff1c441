#include "wizard_training_page.h"
#include "on_worker.h"
#include "algorithm_label.h"
#include "field_error_label.h"
#include "model_draft.h"
#include "model_setup.h"
#include "wizard_columns_page.h"
#include <QComboBox>
#include <QCoroFuture>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>

namespace retrainer {

namespace {

struct Suggestions
{
    Task task = Task::Regression;
    QStringList features; // the default features, as `model add` would use them
    QStringList leftOut;
    size_t usableRows = 0;
    QString error;
};

// On a worker thread: the task for the label (when asked) and the default features.
Suggestions suggest(std::shared_ptr<const RawTable> table, QString label, QString timestamp, std::optional<Task> task)
{
    Suggestions out;
    out.task = task ? *task : suggestTask(*table, label).value_or(Task::Regression);
    ModelConfig model;
    model.label = label;
    model.timestamp = timestamp;
    model.task = out.task;
    try {
        const ModelSetup setup = setUpModelColumns(model, *table);
        for (const auto& f : setup.data.features)
            out.features << f.name;
        out.leftOut = setup.leftOut;
        out.usableRows = setup.data.samples.size();
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

} // namespace

WizardTrainingPage::WizardTrainingPage(ModelDraft& draft, QWidget* parent) : QWizardPage(parent), m_draft(draft)
{
    setTitle(tr("What should it predict?"));
    setSubTitle(tr("Choose the column to predict and the columns it learns from."));

    m_label = new QComboBox(this);
    m_label->setObjectName(QStringLiteral("labelCombo"));
    m_label->setToolTip(tr("The value the model learns to predict, e.g. the waiting time in minutes."));
    m_task = new QComboBox(this);
    m_task->addItem(tr("A number (regression)"), toString(Task::Regression));
    m_task->addItem(tr("A category (classification)"), toString(Task::Classification));
    m_task->setToolTip(tr("Predict an amount (minutes, cost, orders) or one of a few categories (late, on time)."));
    m_taskHint = new QLabel(this);
    m_taskHint->setWordWrap(true);
    m_timestamp = new QComboBox(this);
    m_timestamp->setToolTip(tr("The date or time of each row. The newest rows are kept aside to test each new "
                               "version, and \"only recent rows\" uses it."));
    m_features = new QListWidget(this);
    m_features->setToolTip(tr("The columns the model learns from. Columns with a different value in almost "
                              "every row (identifiers, free-form dates) are left out unless you tick them."));
    m_algorithm = new QComboBox(this);
    addAlgorithmItems(m_algorithm);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("trainingError"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Predict:"), m_label);
    form->addRow(tr("&Kind:"), m_task);
    form->addRow(QString(), m_taskHint);
    form->addRow(tr("&Time column:"), m_timestamp);
    form->addRow(tr("&Learn from:"), m_features);
    form->addRow(tr("&Algorithm:"), m_algorithm);
    form->addRow(m_error);

    connect(m_label, &QComboBox::currentIndexChanged, this, [this] { refresh(true); });
    connect(m_task, &QComboBox::activated, this, [this] { refresh(false); });
    connect(m_timestamp, &QComboBox::currentIndexChanged, this, [this] { refresh(false); });
    connect(m_features, &QListWidget::itemChanged, this, &WizardTrainingPage::completeChanged);
}

void WizardTrainingPage::initializePage()
{
    if (!m_draft.table || m_shownTable == m_draft.table.get())
        return; // keep the choices made when coming back to this page
    m_shownTable = m_draft.table.get();
    const QStringList& columns = m_draft.table->columns;
    {
        const QSignalBlocker labelBlocker(m_label);
        const QSignalBlocker timestampBlocker(m_timestamp);
        m_label->clear();
        m_label->addItems(columns);
        m_timestamp->clear();
        m_timestamp->addItem(tr("(none)"), QString());
        for (const QString& column : columns)
            m_timestamp->addItem(column, column);
        m_timestamp->setCurrentIndex(std::max(0, m_timestamp->findData(m_draft.suggestedTimestamp)));
        // The last column is the usual place for the value to predict.
        QString label = columns.last();
        if (label == m_draft.suggestedTimestamp && columns.size() > 1)
            label = columns.at(columns.size() - 2);
        m_label->setCurrentText(label);
    }
    refresh(true);
}

void WizardTrainingPage::setLabel(const QString& column)
{
    m_label->setCurrentIndex(m_label->findText(column));
}

void WizardTrainingPage::setTimestamp(const QString& column)
{
    m_timestamp->setCurrentIndex(std::max(0, m_timestamp->findData(column)));
}

void WizardTrainingPage::setTask(Task task)
{
    m_task->setCurrentIndex(m_task->findData(toString(task)));
    refresh(false);
}

std::optional<Task> WizardTrainingPage::task() const
{
    return taskFromString(m_task->currentData().toString());
}

QStringList WizardTrainingPage::checkedFeatures() const
{
    QStringList out;
    for (int i = 0; i < m_features->count(); ++i) {
        const QListWidgetItem* item = m_features->item(i);
        if (item->checkState() == Qt::Checked)
            out << item->data(Qt::UserRole).toString();
    }
    return out;
}

void WizardTrainingPage::setFeatureChecked(const QString& column, bool checked)
{
    for (int i = 0; i < m_features->count(); ++i) {
        QListWidgetItem* item = m_features->item(i);
        if (item->data(Qt::UserRole).toString() == column)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

bool WizardTrainingPage::isComplete() const
{
    return m_draft.table && !m_working && m_error->isHidden() && !checkedFeatures().isEmpty();
}

bool WizardTrainingPage::validatePage()
{
    if (!isComplete())
        return false;
    m_draft.label = m_label->currentText();
    m_draft.task = task().value_or(Task::Regression);
    m_draft.timestamp = m_timestamp->currentData().toString();
    m_draft.features = checkedFeatures();
    m_draft.autoAlgorithm = m_algorithm->currentData().toString() == QLatin1String("auto");
    m_draft.algorithm = algorithmFromString(m_algorithm->currentData().toString()).value_or(Algorithm::Linear);
    return true;
}

QCoro::Task<> WizardTrainingPage::refresh(bool suggestTask)
{
    const int generation = ++m_generation;
    const QString label = m_label->currentText();
    const QString timestamp = m_timestamp->currentData().toString();
    m_error->showError({});
    if (!m_draft.table || label.isEmpty()) {
        m_working = false;
        emit completeChanged();
        co_return;
    }
    if (label == timestamp) {
        m_working = false;
        m_error->showError(tr("The column to predict cannot also be the time column."));
        emit completeChanged();
        co_return;
    }
    m_working = true;
    emit completeChanged();
    const std::optional<Task> chosen = suggestTask ? std::nullopt : task();
    QPointer<WizardTrainingPage> self(this);
    auto work = [table = m_draft.table, label, timestamp, chosen] { return suggest(table, label, timestamp, chosen); };
    const Suggestions suggestions = co_await onWorker(*m_draft.workers, std::move(work));
    if (!self || generation != m_generation)
        co_return;
    m_working = false;
    if (suggestTask) {
        m_task->setCurrentIndex(m_task->findData(toString(suggestions.task)));
        const bool numeric = m_draft.kinds.value(label) == ColumnKind::Numeric;
        m_taskHint->setText(suggestions.task == Task::Regression
                                ? tr("Suggested: \"%1\" holds numbers.").arg(label)
                                : numeric ? tr("Suggested: \"%1\" holds only two values.").arg(label)
                                          : tr("Suggested: \"%1\" holds text.").arg(label));
    }
    const QSignalBlocker blocker(m_features);
    m_features->clear();
    m_draft.defaultFeatures = suggestions.features;
    for (const QString& column : m_draft.table->columns) {
        if (column == label || column == timestamp)
            continue;
        const bool numeric = m_draft.kinds.value(column) == ColumnKind::Numeric;
        QString text = QStringLiteral("%1 (%2)").arg(column, columnKindLabel(numeric));
        if (suggestions.leftOut.contains(column))
            text += QStringLiteral(" \u2014 ") + tr("left out: a different value in almost every row");
        auto* item = new QListWidgetItem(text, m_features);
        item->setData(Qt::UserRole, column);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(suggestions.features.contains(column) ? Qt::Checked : Qt::Unchecked);
        if (suggestions.leftOut.contains(column))
            item->setToolTip(tr("Left out: almost every row has a different value, so it looks like an identifier "
                                "or a date. Tick it to use it anyway."));
    }
    if (!suggestions.error.isEmpty())
        m_error->showError(suggestions.error);
    else if (suggestions.usableRows == 0)
        m_error->showError(suggestions.task == Task::Regression
                               ? tr("No row has a number in \"%1\": choose \"A category\" or another column.").arg(label)
                               : tr("No row has a value in \"%1\".").arg(label));
    emit completeChanged();
    emit suggestionsReady();
}

} // namespace retrainer
