#include "cron_description.h"
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace retrainer {

namespace {

// The translation context of every sentence here (lupdate files them under "CronDescription").
struct CronDescription
{
    Q_DECLARE_TR_FUNCTIONS(CronDescription)
};

const char* const kDayWords[] = {
    QT_TRANSLATE_NOOP("CronDescription", "Sunday"),   QT_TRANSLATE_NOOP("CronDescription", "Monday"),
    QT_TRANSLATE_NOOP("CronDescription", "Tuesday"),  QT_TRANSLATE_NOOP("CronDescription", "Wednesday"),
    QT_TRANSLATE_NOOP("CronDescription", "Thursday"), QT_TRANSLATE_NOOP("CronDescription", "Friday"),
    QT_TRANSLATE_NOOP("CronDescription", "Saturday"),
};

const char* const kMonthWords[] = {
    QT_TRANSLATE_NOOP("CronDescription", "January"),   QT_TRANSLATE_NOOP("CronDescription", "February"),
    QT_TRANSLATE_NOOP("CronDescription", "March"),     QT_TRANSLATE_NOOP("CronDescription", "April"),
    QT_TRANSLATE_NOOP("CronDescription", "May"),       QT_TRANSLATE_NOOP("CronDescription", "June"),
    QT_TRANSLATE_NOOP("CronDescription", "July"),      QT_TRANSLATE_NOOP("CronDescription", "August"),
    QT_TRANSLATE_NOOP("CronDescription", "September"), QT_TRANSLATE_NOOP("CronDescription", "October"),
    QT_TRANSLATE_NOOP("CronDescription", "November"),  QT_TRANSLATE_NOOP("CronDescription", "December"),
};

// The most wall-clock times listed one by one ("09:00, 13:00 and 17:00") before a sentence gives up.
constexpr size_t kMaxListedTimes = 6;

template<size_t N>
std::vector<int> valuesOf(const std::bitset<N>& bits)
{
    std::vector<int> out;
    for (size_t i = 0; i < N; ++i) {
        if (bits[i])
            out.push_back(static_cast<int>(i));
    }
    return out;
}

template<size_t N>
bool all(const std::bitset<N>& bits, size_t from)
{
    for (size_t i = from; i < N; ++i) {
        if (!bits[i])
            return false;
    }
    return true;
}

// The n > 1 for which the values are exactly 0, n, 2n, … and n divides `size`; 0 otherwise.
int evenStep(const std::vector<int>& values, int size)
{
    if (values.size() < 2 || values[0] != 0 || size % values[1] != 0 || values[1] < 2)
        return 0;
    const int step = values[1];
    if (static_cast<int>(values.size()) != size / step)
        return 0;
    for (size_t i = 0; i < values.size(); ++i) {
        if (values[i] != static_cast<int>(i) * step)
            return 0;
    }
    return step;
}

bool isContiguous(const std::vector<int>& values)
{
    return values.size() > 1 && values.back() - values.front() + 1 == static_cast<int>(values.size());
}

// "a", "a and b", "a, b and c".
QString joinList(QStringList items)
{
    if (items.size() < 2)
        return items.value(0);
    const QString last = items.takeLast();
    return CronDescription::tr("%1 and %2").arg(items.join(CronDescription::tr(", ")), last);
}

// Numbers with runs of three or more written as ranges: "1, 5 and 9 to 12".
QString numberList(const std::vector<int>& values)
{
    QStringList items;
    for (size_t i = 0; i < values.size();) {
        size_t j = i;
        while (j + 1 < values.size() && values[j + 1] == values[j] + 1)
            ++j;
        if (j - i >= 2) {
            items << CronDescription::tr("%1 to %2").arg(values[i]).arg(values[j]);
        } else {
            for (size_t k = i; k <= j; ++k)
                items << QString::number(values[k]);
        }
        i = j + 1;
    }
    return joinList(items);
}

QString clockTime(int hour, int minute)
{
    return QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

QString ordinal(int day)
{
    if (day % 100 >= 11 && day % 100 <= 13)
        return CronDescription::tr("%1th").arg(day);
    switch (day % 10) {
    case 1: return CronDescription::tr("%1st").arg(day);
    case 2: return CronDescription::tr("%1nd").arg(day);
    case 3: return CronDescription::tr("%1rd").arg(day);
    default: return CronDescription::tr("%1th").arg(day);
    }
}

QString dayNames(const std::vector<int>& cronDays)
{
    QStringList names;
    for (int day : {1, 2, 3, 4, 5, 6, 0}) { // the week starts on Monday
        if (std::find(cronDays.begin(), cronDays.end(), day) != cronDays.end())
            names << CronDescription::tr(kDayWords[day]);
    }
    return joinList(names);
}

QString monthNames(const std::vector<int>& months)
{
    QStringList names;
    for (int month : months)
        names << CronDescription::tr(kMonthWords[month - 1]);
    return joinList(names);
}

QString ordinals(const std::vector<int>& days)
{
    QStringList items;
    for (int day : days)
        items << ordinal(day);
    return joinList(items);
}

struct Fields
{
    std::vector<int> minutes, hours, daysOfMonth, months, daysOfWeek;
    bool everyMonth = true;
    bool dayOfMonthStar = true; // every day of the month, as far as matching goes
    bool dayOfWeekStar = true;
    bool everyDay = false;
    bool weekdays = false; // Monday to Friday, every month

    explicit Fields(const CronExpression& cron)
        : minutes(valuesOf(cron.minutes())), hours(valuesOf(cron.hours())),
          daysOfMonth(valuesOf(cron.daysOfMonth())), months(valuesOf(cron.months())),
          daysOfWeek(valuesOf(cron.daysOfWeek()))
    {
        everyMonth = all(cron.months(), 1);
        const bool anyDayOfMonth = all(cron.daysOfMonth(), 1);
        const bool anyDayOfWeek = cron.daysOfWeek().all();
        // Vixie rule: with both day fields restricted, either one matching is enough.
        const bool either = !cron.dayOfMonthIsStar() && !cron.dayOfWeekIsStar();
        if (either && (anyDayOfMonth || anyDayOfWeek)) {
            dayOfMonthStar = dayOfWeekStar = true;
        } else {
            dayOfMonthStar = anyDayOfMonth;
            dayOfWeekStar = anyDayOfWeek;
        }
        everyDay = everyMonth && dayOfMonthStar && dayOfWeekStar;
        weekdays = everyMonth && dayOfMonthStar && daysOfWeek == std::vector<int>{1, 2, 3, 4, 5};
    }

    size_t timeCount() const { return minutes.size() * hours.size(); }

    QString timeList() const
    {
        QStringList times;
        for (int hour : hours) {
            for (int minute : minutes)
                times << clockTime(hour, minute);
        }
        return joinList(times);
    }
};

// A sentence for a few wall-clock times a day, or an empty string.
QString describeTimesOfDay(const Fields& f)
{
    const QString times = f.timeList();
    if (f.everyDay)
        return CronDescription::tr("Every day at %1").arg(times);
    if (f.weekdays)
        return CronDescription::tr("Every weekday at %1").arg(times);
    if (f.everyMonth && f.dayOfMonthStar)
        return CronDescription::tr("Every %1 at %2").arg(dayNames(f.daysOfWeek), times);
    if (!f.dayOfWeekStar)
        return {};
    if (f.everyMonth)
        return CronDescription::tr("At %1 on the %2 of each month").arg(times, ordinals(f.daysOfMonth));
    if (f.months.size() == 1 && f.daysOfMonth.size() == 1)
        return CronDescription::tr("Every year on %1 %2 at %3").arg(monthNames(f.months)).arg(f.daysOfMonth[0]).arg(times);
    return CronDescription::tr("At %1 on the %2 of %3").arg(times, ordinals(f.daysOfMonth), monthNames(f.months));
}

// A sentence for a schedule that fires several times an hour or every few hours, or an empty string.
QString describeRepeating(const Fields& f)
{
    QString rhythm;
    const bool everyHour = f.hours.size() == 24;
    if (everyHour && f.minutes.size() == 60)
        rhythm = CronDescription::tr("Every minute");
    else if (const int step = evenStep(f.minutes, 60); everyHour && step > 0)
        rhythm = CronDescription::tr("Every %1 minutes").arg(step);
    else if (everyHour && f.minutes.size() == 1)
        rhythm = CronDescription::tr("Every hour at minute %1").arg(f.minutes[0]);
    else if (const int hourStep = evenStep(f.hours, 24); hourStep > 0 && f.minutes.size() == 1)
        rhythm = CronDescription::tr("Every %1 hours at minute %2").arg(hourStep).arg(f.minutes[0]);
    else if (isContiguous(f.hours) && f.minutes.size() == 1)
        rhythm = CronDescription::tr("Every hour from %1 to %2")
                     .arg(clockTime(f.hours.front(), f.minutes[0]), clockTime(f.hours.back(), f.minutes[0]));
    else
        return {};
    if (f.everyDay)
        return rhythm;
    if (f.weekdays)
        return CronDescription::tr("%1 on weekdays").arg(rhythm);
    if (f.everyMonth && f.dayOfMonthStar)
        return CronDescription::tr("%1 on %2").arg(rhythm, dayNames(f.daysOfWeek));
    return {};
}

// Field by field, for anything else: "At 00:00, on the 13th of the month or on Friday".
QString describeFieldByField(const Fields& f)
{
    QString time;
    if (f.timeCount() <= kMaxListedTimes)
        time = f.timeList();
    else if (f.hours.size() == 24)
        time = CronDescription::tr("minute %1 of every hour").arg(numberList(f.minutes));
    else if (f.minutes.size() == 60)
        time = CronDescription::tr("every minute of hour %1").arg(numberList(f.hours));
    else
        time = CronDescription::tr("minute %1 of hour %2").arg(numberList(f.minutes), numberList(f.hours));

    QString days;
    if (f.dayOfMonthStar && f.dayOfWeekStar)
        days = CronDescription::tr("every day");
    else if (f.dayOfMonthStar)
        days = CronDescription::tr("on %1").arg(dayNames(f.daysOfWeek));
    else if (f.dayOfWeekStar)
        days = CronDescription::tr("on the %1 of the month").arg(ordinals(f.daysOfMonth));
    else
        days = CronDescription::tr("on the %1 of the month or on %2").arg(ordinals(f.daysOfMonth), dayNames(f.daysOfWeek));
    if (!f.everyMonth)
        days = CronDescription::tr("%1 in %2").arg(days, monthNames(f.months));
    return CronDescription::tr("At %1, %2").arg(time, days);
}

} // namespace

QString describeCron(const CronExpression& cron)
{
    const Fields fields(cron);
    QString sentence;
    if (fields.timeCount() <= kMaxListedTimes && fields.hours.size() < 24)
        sentence = describeTimesOfDay(fields);
    else
        sentence = describeRepeating(fields);
    return sentence.isEmpty() ? describeFieldByField(fields) : sentence;
}

} // namespace retrainer
