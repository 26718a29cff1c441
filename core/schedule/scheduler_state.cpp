#include "error.h"
#include "scheduler.h"

namespace retrainer {
namespace {

using json = nlohmann::json;

json timeToJson(const QDateTime& t)
{
    return t.isValid() ? json(t.toUTC().toString(Qt::ISODateWithMs).toStdString()) : json(nullptr);
}

QDateTime timeFromJson(const json& j, const char* key)
{
    if (!j.contains(key) || !j.at(key).is_string())
        return {};
    return QDateTime::fromString(QString::fromStdString(j.at(key).get<std::string>()), Qt::ISODateWithMs)
        .toUTC();
}

} // namespace

json SchedulerState::toJson() const
{
    json models_ = json::object();
    for (const auto& [name, m] : models) {
        json schedules = json::object();
        for (const auto& [id, marker] : m.schedules)
            schedules[std::to_string(id)] = {{"cron", marker.cron.toStdString()},
                                             {"processed_until", timeToJson(marker.processedUntil)},
                                             {"last_fired", timeToJson(marker.lastFired)}};
        models_[name.toStdString()] = {{"schedules", schedules},
                                       {"data_last_fire", timeToJson(m.lastDataFire)},
                                       {"performance",
                                        {{"last_check", timeToJson(m.lastPerformanceCheck)},
                                         {"retries", m.performanceRetries},
                                         {"alerted", m.performanceAlerted},
                                         {"run_since", timeToJson(m.performanceRunSince)}}}};
    }
    return {{"version", version}, {"last_evaluated", timeToJson(lastEvaluated)}, {"models", models_}};
}

SchedulerState SchedulerState::fromJson(const json& j)
{
    if (!j.is_object())
        throw Error(QStringLiteral("scheduler state must be a JSON object"));
    if (j.contains("version") &&
        (!j.at("version").is_number_integer() || j.at("version").get<int>() > version))
        throw Error(
            QStringLiteral("scheduler state has an unsupported version (this Retrainer reads version %1)")
                .arg(version));
    SchedulerState s;
    s.lastEvaluated = timeFromJson(j, "last_evaluated");
    if (!j.contains("models") || !j.at("models").is_object())
        return s;
    for (const auto& [name, mj] : j.at("models").items()) {
        if (!mj.is_object())
            continue;
        ModelSchedulerState m;
        if (mj.contains("schedules") && mj.at("schedules").is_object()) {
            for (const auto& [id, sj] : mj.at("schedules").items()) {
                bool ok = false;
                const int number = QString::fromStdString(id).toInt(&ok);
                if (!ok || !sj.is_object() || !sj.contains("cron") || !sj.at("cron").is_string())
                    continue;
                ScheduleMarker marker{QString::fromStdString(sj.at("cron").get<std::string>()),
                                      timeFromJson(sj, "processed_until"), timeFromJson(sj, "last_fired")};
                if (marker.processedUntil.isValid())
                    m.schedules[number] = marker;
            }
        }
        m.lastDataFire = timeFromJson(mj, "data_last_fire");
        if (mj.contains("performance") && mj.at("performance").is_object()) {
            const json& p = mj.at("performance");
            m.lastPerformanceCheck = timeFromJson(p, "last_check");
            if (p.contains("retries") && p.at("retries").is_number_integer())
                m.performanceRetries = std::max(0, p.at("retries").get<int>());
            if (p.contains("alerted") && p.at("alerted").is_boolean())
                m.performanceAlerted = p.at("alerted").get<bool>();
            m.performanceRunSince = timeFromJson(p, "run_since");
        }
        s.models[QString::fromStdString(name)] = m;
    }
    return s;
}

} // namespace retrainer
