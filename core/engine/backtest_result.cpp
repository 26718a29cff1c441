// A backtest's figures as data: per-day sums of a line, the JSON of the CLI and the API, the CSV export.
#include "backtest.h"

namespace retrainer {

using json = nlohmann::json;

namespace {

bool onDay(const BacktestTraining& t, const QDate& day)
{
    return QDateTime::fromMSecsSinceEpoch(t.momentMs).date() == day;
}

std::string iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate).toStdString();
}

json score(const std::optional<double>& value)
{
    return value ? json(*value) : json(nullptr);
}

QString csvScore(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 4) : QString();
}

} // namespace

int BacktestLine::trainingsOn(const QDate& day) const
{
    return int(std::count_if(trainings.begin(), trainings.end(), [&](const BacktestTraining& t) { return onDay(t, day); }));
}

double BacktestLine::secondsOn(const QDate& day) const
{
    double total = 0.0;
    for (const auto& t : trainings)
        if (onDay(t, day))
            total += t.seconds;
    return total;
}

double BacktestLine::totalSeconds() const
{
    double total = 0.0;
    for (const auto& t : trainings)
        total += t.seconds;
    return total;
}

int BacktestLine::promotions() const
{
    return int(std::count_if(trainings.begin(), trainings.end(), [](const BacktestTraining& t) { return t.promoted; }));
}

const BacktestLine* BacktestResult::line(BacktestPolicy wanted) const
{
    for (const auto& l : lines)
        if (l.policy == wanted)
            return &l;
    return nullptr;
}

json BacktestResult::toJson() const
{
    json out;
    out["model"] = model.toStdString();
    out["metric"] = metric.toStdString();
    out["policy"] = toString(policy).toStdString();
    out["from"] = days.empty() ? json(nullptr) : json(days.front().toString(Qt::ISODate).toStdString());
    out["to"] = days.empty() ? json(nullptr) : json(days.back().toString(Qt::ISODate).toStdString());
    out["start_rows"] = startRows;
    out["dry_run"] = true;
    json policies = json::object();
    for (const auto& l : lines) {
        json trainings = json::array();
        for (const auto& t : l.trainings)
            trainings.push_back({{"at", iso(t.momentMs)}, {"trigger", t.trigger.toStdString()}, {"rows", t.rows},
                                 {"newest_row", iso(t.newestRowMs)}, {"promoted", t.promoted},
                                 {"gate", t.gate.toStdString()}, {"seconds", t.seconds}});
        policies[toString(l.policy).toStdString()] = {{"overall", score(l.overall)}, {"trainings", l.trainings.size()},
                                                      {"promotions", l.promotions()}, {"training_seconds", l.totalSeconds()},
                                                      {"runs", trainings}};
    }
    out["policies"] = policies;
    json perDay = json::array();
    const BacktestLine* chosen = line(policy);
    for (size_t d = 0; d < days.size(); ++d) {
        json day = {{"day", days[d].toString(Qt::ISODate).toStdString()}, {"rows", rowsPerDay[d]}};
        json scores = json::object();
        for (const auto& l : lines)
            scores[toString(l.policy).toStdString()] = score(l.daily[d]);
        day["scores"] = scores;
        day["trainings"] = chosen ? chosen->trainingsOn(days[d]) : 0;
        day["training_seconds"] = chosen ? chosen->secondsOn(days[d]) : 0.0;
        perDay.push_back(day);
    }
    out["days"] = perDay;
    json notes = json::array();
    for (const auto& n : this->notes)
        notes.push_back(n.toStdString());
    out["notes"] = notes;
    return out;
}

QStringList BacktestResult::csvLines() const
{
    QStringList header = {QStringLiteral("day"), QStringLiteral("new_rows")};
    for (const auto& l : lines)
        header << QStringLiteral("%1_%2").arg(metric, toString(l.policy));
    header << QStringLiteral("trainings_%1").arg(toString(policy)) << QStringLiteral("training_seconds_%1").arg(toString(policy));
    QStringList out = {header.join(QLatin1Char(','))};
    const BacktestLine* chosen = line(policy);
    for (size_t d = 0; d < days.size(); ++d) {
        QStringList row = {days[d].toString(Qt::ISODate), QString::number(rowsPerDay[d])};
        for (const auto& l : lines)
            row << csvScore(l.daily[d]);
        row << QString::number(chosen ? chosen->trainingsOn(days[d]) : 0)
            << QString::number(chosen ? chosen->secondsOn(days[d]) : 0.0, 'f', 3);
        out << row.join(QLatin1Char(','));
    }
    return out;
}

} // namespace retrainer
