#include "schedule_editor.h"
#include "cron_description.h"
#include "cron_expression.h"
#include "field_error_label.h"
#include "recurrence_form.h"
#include "validated_field.h"
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace retrainer {

namespace {

enum Column { WhenColumn, RunsColumn, CronColumn, ColumnCount };

QString checkCron(const QString& text)
{
    if (text.isEmpty())
        return ScheduleEditor::tr("Enter a cron expression such as \"0 2 * * *\" (every day at 02:00).");
    QString why;
    if (!CronExpression::tryParse(text, &why))
        return ScheduleEditor::tr("Not a valid schedule: %1").arg(why);
    return {};
}

} // namespace

ScheduleEditor::ScheduleEditor(QWidget* parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Runs"), tr("Cron")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(WhenColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RunsColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CronColumn, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(110);
    m_table->setToolTip(tr("The times this model retrains on its own. Select one to change it below."));

    m_add = new QPushButton(tr("&Add schedule"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_add->setToolTip(tr("Add another time at which the model retrains."));
    m_remove->setToolTip(tr("Remove the selected schedule."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_editor = new QWidget(this);
    auto* form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);
    m_recurrence = new RecurrenceForm(m_editor);
    m_recurrence->setToolTip(tr("How often this schedule retrains the model, in local time."));
    form->addRow(tr("R&epeats:"), m_recurrence);
    m_cron = new ValidatedField(checkCron, m_editor);
    m_cron->lineEdit()->setPlaceholderText(QStringLiteral("0 2 * * *"));
    m_cron->setToolTip(tr("Five values separated by spaces: minute, hour, day of the month, month, day of the week, in local time.\n"
                          "\"0 2 * * *\" is every day at 02:00; \"30 6 * * MON\" every Monday at 06:30;\n"
                          "\"*/15 * * * *\" every 15 minutes; \"0 2 1 * *\" on the 1st of each month."));
    form->addRow(tr("Advanced — c&ron:"), m_cron);
    m_meaning = new QLabel(m_editor);
    m_meaning->setWordWrap(true);
    form->addRow(tr("Meaning:"), m_meaning);
    m_conditional = new QCheckBox(tr("Only when new rows have arrived"), m_editor);
    m_conditional->setToolTip(tr("When ticked, this schedule retrains only if enough new rows arrived since the "
                                 "last successful training; otherwise it retrains every time."));
    form->addRow(m_conditional);
    m_minNew = new QSpinBox(m_editor);
    m_minNew->setRange(1, 1000000);
    m_minNew->setSuffix(tr(" new rows"));
    m_minNew->setToolTip(tr("How many new rows must have arrived for this schedule to retrain."));
    form->addRow(tr("At &least:"), m_minNew);
    m_nextMoments = new QLabel(m_editor);
    m_nextMoments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Next runs:"), m_nextMoments);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_editor);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ScheduleEditor::loadSelected);
    connect(m_add, &QPushButton::clicked, this, &ScheduleEditor::addSchedule);
    connect(m_remove, &QPushButton::clicked, this, &ScheduleEditor::removeSelectedSchedule);
    connect(m_cron, &ValidatedField::edited, this, &ScheduleEditor::storeSelected);
    // The plain controls write the cron text; cron typed by hand shows in them when it is a plain form.
    connect(m_recurrence, &RecurrenceForm::cronChosen, this, [this](const QString& cron) { m_cron->setText(cron); });
    connect(m_cron->lineEdit(), &QLineEdit::textEdited, this, [this](const QString& text) { m_recurrence->setCron(text); });
    connect(m_conditional, &QCheckBox::toggled, this, &ScheduleEditor::storeSelected);
    connect(m_minNew, &QSpinBox::valueChanged, this, &ScheduleEditor::storeSelected);

    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_recurrence);
    setTabOrder(m_recurrence, m_cron);
    setTabOrder(m_cron, m_conditional);
    setTabOrder(m_conditional, m_minNew);
    loadSelected();
}

void ScheduleEditor::setSchedules(std::vector<ScheduleEntry> schedules)
{
    m_schedules = std::move(schedules);
    m_loading = true;
    m_table->setRowCount(int(m_schedules.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
        refreshRow(row);
    }
    m_loading = false;
    selectSchedule(m_schedules.empty() ? -1 : 0);
}

bool ScheduleEditor::isValid() const
{
    for (const auto& entry : m_schedules) {
        if (!checkCron(entry.cron).isEmpty())
            return false;
    }
    return true;
}

int ScheduleEditor::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ScheduleEditor::selectSchedule(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        m_table->clearSelection();
    else
        m_table->selectRow(row);
    loadSelected();
}

void ScheduleEditor::addSchedule()
{
    TriggerConfig config; // gives the next free id
    config.schedules = m_schedules;
    config.addSchedule(QStringLiteral("0 2 * * *"), false);
    m_schedules = config.schedules;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    refreshRow(row);
    selectSchedule(row);
    m_recurrence->choiceCombo()->setFocus();
    emit changed();
}

void ScheduleEditor::removeSelectedSchedule()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_schedules.erase(m_schedules.begin() + row);
    m_table->removeRow(row);
    selectSchedule(std::min(row, m_table->rowCount() - 1));
    emit changed();
}

void ScheduleEditor::loadSelected()
{
    const int row = selectedRow();
    m_editor->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_loading = true;
    const ScheduleEntry entry = row >= 0 ? m_schedules[size_t(row)] : ScheduleEntry{};
    m_cron->setText(row >= 0 ? entry.cron : QString());
    m_recurrence->setCron(row >= 0 ? entry.cron : QStringLiteral("0 2 * * *"));
    m_conditional->setChecked(entry.conditional);
    m_minNew->setValue(entry.minNew);
    m_minNew->setEnabled(entry.conditional);
    m_loading = false;
    if (row < 0)
        m_cron->errorLabel()->hide(); // nothing to fix while no schedule is selected
    refreshPreview();
}

void ScheduleEditor::storeSelected()
{
    const int row = selectedRow();
    m_minNew->setEnabled(m_conditional->isChecked());
    refreshPreview();
    if (m_loading || row < 0)
        return;
    ScheduleEntry& entry = m_schedules[size_t(row)];
    entry.cron = m_cron->text();
    entry.conditional = m_conditional->isChecked();
    entry.minNew = m_minNew->value();
    refreshRow(row);
    emit changed();
}

void ScheduleEditor::refreshRow(int row)
{
    const ScheduleEntry& entry = m_schedules[size_t(row)];
    const auto cron = CronExpression::tryParse(entry.cron);
    const QString when = cron ? describeCron(*cron) : tr("Invalid schedule");
    const QString runs = entry.conditional ? tr("if %n new rows", nullptr, entry.minNew) : tr("always");
    m_table->item(row, WhenColumn)->setText(when);
    m_table->item(row, RunsColumn)->setText(runs);
    m_table->item(row, CronColumn)->setText(entry.cron);
    for (int column = 0; column < ColumnCount; ++column)
        m_table->item(row, column)->setForeground(cron ? palette().text() : QBrush(QColor(0xc6, 0x28, 0x28)));
}

void ScheduleEditor::refreshPreview()
{
    const auto cron = selectedRow() >= 0 ? CronExpression::tryParse(m_cron->text()) : std::nullopt;
    if (!cron) {
        m_meaning->clear();
        m_nextMoments->clear();
        return;
    }
    m_meaning->setText(describeCron(*cron));
    QStringList moments;
    const QLocale locale;
    for (const QDateTime& moment : cron->nextN(QDateTime::currentDateTime(), 5))
        moments << locale.toString(moment.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"));
    m_nextMoments->setText(moments.isEmpty() ? tr("Never (no such date within five years)")
                                             : moments.join(QLatin1Char('\n')));
}

} // namespace retrainer
