#include "recurrence_form.h"
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace retrainer {

RecurrenceForm::RecurrenceForm(QWidget* parent) : QWidget(parent)
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("recurrenceChoice"));
    m_choice->addItem(tr("Every day"), Daily);
    m_choice->addItem(tr("Every few hours"), EveryHours);
    m_choice->addItem(tr("Every week"), Weekly);
    m_choice->addItem(tr("Every month"), Monthly);
    m_choice->addItem(tr("Custom (cron expression below)"), Custom);

    m_everyLabel = new QLabel(tr("every"), this);
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("everyHours"));
    m_hours->setRange(1, 23);
    m_hours->setSuffix(tr(" hour(s)"));
    m_hours->setToolTip(tr("Counted from midnight: every 6 hours runs at 00:00, 06:00, 12:00 and 18:00."));
    m_onLabel = new QLabel(tr("on day"), this);
    m_day = new QSpinBox(this);
    m_day->setObjectName(QStringLiteral("dayOfMonth"));
    m_day->setRange(1, 31);
    m_day->setToolTip(tr("A month without this day (e.g. the 31st in April) is skipped."));
    m_atLabel = new QLabel(tr("at"), this);
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("recurrenceTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm")); // 24-hour, whatever the language
    m_time->setToolTip(tr("Local time on this computer."));

    m_weekdayRow = new QWidget(this);
    auto* days = new QHBoxLayout(m_weekdayRow);
    days->setContentsMargins(0, 0, 0, 0);
    for (int qtDay = 1; qtDay <= 7; ++qtDay) { // Monday … Sunday
        auto* box = new QCheckBox(QLocale().dayName(qtDay, QLocale::ShortFormat), m_weekdayRow);
        box->setObjectName(QStringLiteral("weekday%1").arg(qtDay % 7));
        days->addWidget(box);
        m_weekdays << box;
        connect(box, &QCheckBox::toggled, this, &RecurrenceForm::emitChosen);
    }
    days->addStretch();
    m_customHint = new QLabel(tr("This schedule can only be written as a cron expression; change it below, or "
                                 "choose one of the plain forms above to replace it."), this);
    m_customHint->setWordWrap(true);

    auto* line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_choice);
    line->addWidget(m_everyLabel);
    line->addWidget(m_hours);
    line->addWidget(m_onLabel);
    line->addWidget(m_day);
    line->addWidget(m_atLabel);
    line->addWidget(m_time);
    line->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_weekdayRow);
    layout->addWidget(m_customHint);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        showControlsFor(choice());
        emitChosen();
    });
    connect(m_hours, &QSpinBox::valueChanged, this, &RecurrenceForm::emitChosen);
    connect(m_day, &QSpinBox::valueChanged, this, &RecurrenceForm::emitChosen);
    connect(m_time, &QTimeEdit::timeChanged, this, &RecurrenceForm::emitChosen);
    setCron(QStringLiteral("0 2 * * *"));
}

RecurrenceForm::Choice RecurrenceForm::choice() const
{
    return Choice(m_choice->currentData().toInt());
}

void RecurrenceForm::setCron(const QString& cron)
{
    m_loading = true;
    const auto recurrence = Recurrence::fromCron(cron);
    Choice shown = Custom;
    if (recurrence) {
        shown = Choice(int(recurrence->kind)); // Daily, EveryHours, Weekly, Monthly in Recurrence's order
        m_time->setTime(recurrence->time);
        if (recurrence->kind == Recurrence::Kind::EveryHours)
            m_hours->setValue(recurrence->everyHours);
        if (recurrence->kind == Recurrence::Kind::Monthly)
            m_day->setValue(recurrence->dayOfMonth);
        if (recurrence->kind == Recurrence::Kind::Weekly)
            for (int i = 0; i < m_weekdays.size(); ++i)
                m_weekdays[i]->setChecked(recurrence->weekdays.contains((i + 1) % 7));
    }
    m_choice->setCurrentIndex(m_choice->findData(shown));
    showControlsFor(shown);
    m_loading = false;
}

QString RecurrenceForm::cron() const
{
    Recurrence r;
    switch (choice()) {
    case Daily: r.kind = Recurrence::Kind::Daily; break;
    case EveryHours: r.kind = Recurrence::Kind::EveryHours; break;
    case Weekly: r.kind = Recurrence::Kind::Weekly; break;
    case Monthly: r.kind = Recurrence::Kind::Monthly; break;
    case Custom: return {};
    }
    r.time = m_time->time();
    if (r.kind == Recurrence::Kind::EveryHours)
        r.time = QTime(0, m_time->time().minute());
    r.everyHours = m_hours->value();
    r.dayOfMonth = m_day->value();
    for (int i = 0; i < m_weekdays.size(); ++i)
        if (m_weekdays[i]->isChecked())
            r.weekdays << (i + 1) % 7;
    return r.toCron();
}

void RecurrenceForm::showControlsFor(Choice shown)
{
    m_everyLabel->setVisible(shown == EveryHours);
    m_hours->setVisible(shown == EveryHours);
    m_onLabel->setVisible(shown == Monthly);
    m_day->setVisible(shown == Monthly);
    m_atLabel->setVisible(shown != Custom);
    m_time->setVisible(shown != Custom);
    m_atLabel->setText(shown == EveryHours ? tr("at minute") : tr("at"));
    m_time->setDisplayFormat(shown == EveryHours ? QStringLiteral("mm") : QStringLiteral("HH:mm"));
    m_weekdayRow->setVisible(shown == Weekly);
    m_customHint->setVisible(shown == Custom);
}

void RecurrenceForm::emitChosen()
{
    if (m_loading || choice() == Custom)
        return;
    if (choice() == Weekly && std::none_of(m_weekdays.cbegin(), m_weekdays.cend(), [](QCheckBox* b) { return b->isChecked(); })) {
        QSignalBlocker block(m_weekdays.first());
        m_weekdays.first()->setChecked(true); // a weekly schedule runs on at least one day: Monday
    }
    emit cronChosen(cron());
}

} // namespace retrainer
