#include "trigger_config.h"
#include "cron_expression.h"
#include "error.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace retrainer {
namespace {

using json = nlohmann::json;

// Reads the members of one JSON object, naming "triggers.<path>.<key>" in every error.
class FieldReader
{
public:
    FieldReader(const json& j, QString path) : m_json(j), m_path(std::move(path))
    {
        if (!m_json.is_object())
            fail({}, QStringLiteral("must be an object"));
    }

    [[noreturn]] void fail(const char* key, const QString& why) const
    {
        const QString field = key ? QStringLiteral("%1.%2").arg(m_path, QString::fromLatin1(key)) : m_path;
        throw Error(QStringLiteral("%1 %2").arg(field, why));
    }
    QString field(const char* key) const
    {
        return QStringLiteral("%1.%2").arg(m_path, QString::fromLatin1(key));
    }
    bool has(const char* key) const { return m_json.contains(key); }
    const json& at(const char* key) const { return m_json.at(key); }

    void boolean(const char* key, bool& out) const
    {
        if (!has(key))
            return;
        if (!at(key).is_boolean())
            fail(key, QStringLiteral("must be true or false"));
        out = at(key).get<bool>();
    }

    void integer(const char* key, int& out, int min) const
    {
        if (!has(key))
            return;
        const json& v = at(key);
        const bool ok = v.is_number_integer() && v.get<qint64>() >= min && v.get<qint64>() <= 1000000000;
        if (!ok)
            fail(key, min > 0 ? QStringLiteral("must be a positive integer")
                              : QStringLiteral("must be a non-negative integer"));
        out = v.get<int>();
    }

    void number(const char* key, double& out) const
    {
        if (!has(key))
            return;
        if (!at(key).is_number() || !std::isfinite(at(key).get<double>()))
            fail(key, QStringLiteral("must be a number"));
        out = at(key).get<double>();
    }

    // Text ("6h", "90m") or a number of seconds.
    void duration(const char* key, qint64& out, bool allowZero) const
    {
        if (!has(key))
            return;
        const json& v = at(key);
        std::optional<qint64> secs;
        if (v.is_string())
            secs = parseDuration(QString::fromStdString(v.get<std::string>()));
        else if (v.is_number_integer() && v.get<qint64>() >= 0)
            secs = v.get<qint64>();
        if (!secs || (*secs == 0 && !allowZero))
            fail(key, allowZero ? QStringLiteral("must be a duration such as \"6h\", \"90m\" or \"0s\"")
                                : QStringLiteral("must be a positive duration such as \"24h\" or \"90m\""));
        out = *secs;
    }

private:
    const json& m_json;
    QString m_path;
};

ScheduleEntry readSchedule(const json& j, const QString& path)
{
    const FieldReader r(j, path);
    ScheduleEntry e;
    if (!r.has("id"))
        r.fail("id", QStringLiteral("is missing"));
    r.integer("id", e.id, 1);
    if (!r.has("cron") || !r.at("cron").is_string())
        r.fail("cron", QStringLiteral("must be a cron expression such as \"0 2 * * *\""));
    e.cron = QString::fromStdString(r.at("cron").get<std::string>()).trimmed();
    QString why;
    if (!CronExpression::tryParse(e.cron, &why))
        r.fail("cron", QStringLiteral("is not a valid cron expression: %1").arg(why));
    if (r.has("mode")) {
        const json& mode = r.at("mode");
        if (mode == "full")
            e.conditional = false;
        else if (mode == "conditional")
            e.conditional = true;
        else
            r.fail("mode", QStringLiteral("must be \"full\" or \"conditional\""));
    }
    r.integer("min_new", e.minNew, 1);
    return e;
}

} // namespace

std::vector<ScheduleEntry> TriggerConfig::defaultSchedules()
{
    return {{1, QStringLiteral("0 2 * * *"), false, 3}, {2, QStringLiteral("0 */12 * * *"), true, 3}};
}

json TriggerConfig::toJson() const
{
    json s = json::array();
    for (const ScheduleEntry& e : schedules) {
        json entry = {
            {"id", e.id}, {"cron", e.cron.toStdString()}, {"mode", e.conditional ? "conditional" : "full"}};
        if (e.conditional)
            entry["min_new"] = e.minNew;
        s.push_back(entry);
    }
    json j;
    j["schedules"] = s;
    j["data"] = {{"enabled", data.enabled},
                 {"min_new", data.minNew},
                 {"window", formatDuration(data.windowSecs).toStdString()},
                 {"cooldown", formatDuration(data.cooldownSecs).toStdString()}};
    j["performance"] = {{"enabled", performance.enabled},
                        {"threshold", performance.threshold},
                        {"every", formatDuration(performance.everySecs).toStdString()},
                        {"retries", performance.retries},
                        {"window_rows", performance.windowRows}};
    j["catch_up"] = catchUp;
    j["skip_unchanged_data"] = skipUnchangedData;
    j["paused"] = paused;
    j["max_training"] = formatDuration(maxTrainingSecs).toStdString();
    return j;
}

TriggerConfig TriggerConfig::fromJson(const json& j)
{
    TriggerConfig c;
    const FieldReader r(j, QStringLiteral("triggers"));
    if (r.has("schedules")) {
        if (!r.at("schedules").is_array())
            r.fail("schedules", QStringLiteral("must be a list of schedules"));
        c.schedules.clear();
        int index = 0;
        for (const json& item : r.at("schedules")) {
            const QString path = QStringLiteral("%1[%2]").arg(r.field("schedules")).arg(index++);
            ScheduleEntry e = readSchedule(item, path);
            if (c.schedule(e.id))
                throw Error(QStringLiteral("%1.id %2 is used by another schedule").arg(path).arg(e.id));
            c.schedules.push_back(e);
        }
    }
    if (r.has("data")) {
        const FieldReader d(r.at("data"), r.field("data"));
        d.boolean("enabled", c.data.enabled);
        d.integer("min_new", c.data.minNew, 1);
        d.duration("window", c.data.windowSecs, false);
        d.duration("cooldown", c.data.cooldownSecs, true);
    }
    if (r.has("performance")) {
        const FieldReader p(r.at("performance"), r.field("performance"));
        p.boolean("enabled", c.performance.enabled);
        p.number("threshold", c.performance.threshold);
        p.duration("every", c.performance.everySecs, false);
        p.integer("retries", c.performance.retries, 0);
        p.integer("window_rows", c.performance.windowRows, 1);
    }
    r.boolean("catch_up", c.catchUp);
    r.boolean("skip_unchanged_data", c.skipUnchangedData);
    r.boolean("paused", c.paused);
    r.duration("max_training", c.maxTrainingSecs, false);
    return c;
}

int TriggerConfig::addSchedule(const QString& cron, bool conditional, int minNew)
{
    QString why;
    if (!CronExpression::tryParse(cron, &why))
        throw Error(QStringLiteral("not a valid cron expression: %1").arg(why));
    if (minNew < 1)
        throw Error(QStringLiteral("the minimum of new samples must be a positive integer"));
    int id = 1;
    for (const ScheduleEntry& e : schedules)
        id = std::max(id, e.id + 1);
    schedules.push_back({id, cron.trimmed(), conditional, minNew});
    return id;
}

bool TriggerConfig::removeSchedule(int id)
{
    const auto it =
        std::find_if(schedules.begin(), schedules.end(), [id](const ScheduleEntry& e) { return e.id == id; });
    if (it == schedules.end())
        return false;
    schedules.erase(it);
    return true;
}

const ScheduleEntry* TriggerConfig::schedule(int id) const
{
    for (const ScheduleEntry& e : schedules)
        if (e.id == id)
            return &e;
    return nullptr;
}

QString toString(TriggerKind kind)
{
    switch (kind) {
    case TriggerKind::Schedule:
        return QStringLiteral("schedule");
    case TriggerKind::Conditional:
        return QStringLiteral("conditional");
    case TriggerKind::Data:
        return QStringLiteral("data");
    case TriggerKind::Performance:
        return QStringLiteral("performance");
    case TriggerKind::CatchUp:
        return QStringLiteral("catch-up");
    case TriggerKind::Manual:
        break;
    }
    return QStringLiteral("manual");
}

std::optional<TriggerKind> triggerKindFromString(const QString& text)
{
    for (TriggerKind k : {TriggerKind::Schedule, TriggerKind::Conditional, TriggerKind::Data,
                          TriggerKind::Performance, TriggerKind::CatchUp, TriggerKind::Manual})
        if (toString(k) == text)
            return k;
    return std::nullopt;
}

QString formatDuration(qint64 secs)
{
    if (secs < 0)
        return QLatin1Char('-') + formatDuration(-secs);
    if (secs == 0)
        return QStringLiteral("0s");
    QString text;
    if (const qint64 h = secs / 3600)
        text += QString::number(h) + QLatin1Char('h');
    if (const qint64 m = secs % 3600 / 60)
        text += QString::number(m) + QLatin1Char('m');
    if (const qint64 s = secs % 60)
        text += QString::number(s) + QLatin1Char('s');
    return text;
}

std::optional<qint64> parseDuration(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d{1,9})d)?(?:(\\d{1,9})h)?(?:(\\d{1,9})m)?(?:(\\d{1,9})s)?$"));
    QString compact = text.trimmed().toLower();
    compact.remove(QLatin1Char(' '));
    const auto match = pattern.match(compact);
    if (compact.isEmpty() || !match.hasMatch())
        return std::nullopt;
    static constexpr qint64 unit[] = {86400, 3600, 60, 1};
    qint64 secs = 0;
    for (int i = 0; i < 4; ++i)
        secs += match.captured(i + 1).toLongLong() * unit[i];
    return secs;
}

} // namespace retrainer
