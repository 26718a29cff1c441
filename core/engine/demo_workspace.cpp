#include "demo_workspace.h"
#include "error.h"
#include "workspace.h"
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <array>
#include <optional>
#include <cmath>
#include <random>

namespace retrainer {
namespace {

constexpr int kDays = 120;

class DemoDatabase
{
public:
    explicit DemoDatabase(const QString& path) : m_name(QStringLiteral("retrainer-demo-") + path)
    {
        QFile::remove(path);
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            throw Error(QStringLiteral("cannot create %1: %2").arg(path, db.lastError().text()));
        db.transaction();
    }
    ~DemoDatabase()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.commit();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            throw Error(QStringLiteral("demo data: %1: %2").arg(sql, q.lastError().text()));
    }
    QSqlQuery prepare(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql))
            throw Error(QStringLiteral("demo data: %1: %2").arg(sql, q.lastError().text()));
        return q;
    }

private:
    QString m_name;
};

void run(QSqlQuery& q)
{
    if (!q.exec())
        throw Error(QStringLiteral("demo data: %1").arg(q.lastError().text()));
}

QString isoMinute(const QDateTime& t) { return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); }

const QString kConsultationInsert = QStringLiteral(
    "INSERT INTO consultations (status, created_at, consultation_start, department, doctor, hour, weekday, queue_length, "
    "waiting_minutes) VALUES (?,?,?,?,?,?,?,?,?)");

// One consultation on `day` (at `at` when given, else at a random opening hour), by the documented formula.
void addConsultation(QSqlQuery& insert, const QDate& day, std::mt19937_64& rng, std::optional<QTime> at = std::nullopt,
                     bool forceCompleted = false)
{
    static const std::array<const char*, 4> departments = {"general", "pediatrics", "cardiology", "dermatology"};
    static const std::array<double, 4> departmentBase = {4, 6, 12, 2};
    static const std::array<const char*, 8> doctors = {"dr_alvarez", "dr_banerjee", "dr_chen", "dr_dubois",
                                                       "dr_eze", "dr_fischer", "dr_gupta", "dr_haddad"};
    static const std::array<double, 8> doctorEffect = {-3, 1, 4, 0, -1, 2, 3, -2};
    std::normal_distribution<double> noise(0.0, 4.0);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const int weekday = day.dayOfWeek();
    const int dep = int(unit(rng) * 4) % 4;
    const int doc = dep * 2 + int(unit(rng) * 2) % 2;
    const int drawnHour = 8 + int(unit(rng) * 11) % 11;
    const int queue = int(unit(rng) * 21) % 21;
    const int minute = int(unit(rng) * 60) % 60;
    const QTime time = at.value_or(QTime(drawnHour, minute));
    const int hour = time.hour();
    double wait = 8 + departmentBase[dep] + 2.4 * queue + doctorEffect[doc]
                  + 6 * std::exp(-std::pow(hour - 10, 2) / 4.0) + 4 * std::exp(-std::pow(hour - 16, 2) / 4.0)
                  + (weekday == 1 ? 5 : 0) + noise(rng);
    wait = std::max(0.0, std::round(wait * 10) / 10);
    const QDateTime created(day, time);
    const double u = forceCompleted ? 0.0 : unit(rng);
    const char* status = u < 0.88 ? "completed" : u < 0.93 ? "cancelled" : u < 0.97 ? "no_show" : "waiting";
    const bool completed = u < 0.88;
    insert.addBindValue(QString::fromLatin1(status));
    insert.addBindValue(isoMinute(created));
    insert.addBindValue(completed ? QVariant(isoMinute(created.addSecs(qint64(wait * 60)))) : QVariant());
    insert.addBindValue(QString::fromLatin1(departments[dep]));
    insert.addBindValue(QString::fromLatin1(doctors[doc]));
    insert.addBindValue(hour);
    insert.addBindValue(weekday);
    insert.addBindValue(queue);
    insert.addBindValue(completed ? QVariant(wait) : QVariant());
    run(insert);
}

void writeClinic(const QString& path, const QDate& lastDay, std::mt19937_64& rng)
{
    DemoDatabase db(path);
    db.exec(QStringLiteral("CREATE TABLE consultations (id INTEGER PRIMARY KEY, status TEXT NOT NULL, created_at TEXT NOT NULL, "
                           "consultation_start TEXT, department TEXT, doctor TEXT, hour INTEGER, weekday INTEGER, "
                           "queue_length INTEGER, waiting_minutes REAL)"));
    auto insert = db.prepare(kConsultationInsert);
    std::poisson_distribution<int> perDay(15);
    for (int d = kDays - 1; d >= 0; --d) {
        const QDate day = lastDay.addDays(-d);
        if (day.dayOfWeek() == 7)
            continue;
        const int n = perDay(rng);
        for (int i = 0; i < n; ++i)
            addConsultation(insert, day, rng);
    }
}

void writeShipments(DemoDatabase& db, const QDate& lastDay, std::mt19937_64& rng)
{
    db.exec(QStringLiteral("CREATE TABLE shipments (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, region TEXT, carrier TEXT, "
                           "distance_km REAL, weight_kg REAL, parcels INTEGER, fragile INTEGER, weekday INTEGER, "
                           "weather TEXT, delay_hours REAL, cost REAL, quality TEXT)"));
    auto insert = db.prepare(QStringLiteral("INSERT INTO shipments (created_at, region, carrier, distance_km, weight_kg, parcels, "
                                            "fragile, weekday, weather, delay_hours, cost, quality) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    const std::array<const char*, 5> regions = {"north", "south", "east", "west", "central"};
    const std::array<const char*, 3> carriers = {"swift", "cargo_plus", "econoship"};
    const std::array<double, 3> carrierDelay = {-0.5, 0.3, 1.2}, carrierPrice = {6, 3, 0};
    const std::array<const char*, 3> weathers = {"clear", "rain", "snow"};
    const std::array<double, 3> weatherDelay = {0, 1, 3};
    const std::array<const char*, 3> qualities = {"good", "late", "damaged"};
    std::normal_distribution<double> delayNoise(0.0, 0.6), costNoise(0.0, 1.5);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::poisson_distribution<int> perDay(16);
    for (int d = kDays - 1; d >= 0; --d) {
        const QDate day = lastDay.addDays(-d);
        const int weekday = day.dayOfWeek();
        const int n = perDay(rng);
        for (int i = 0; i < n; ++i) {
            const int region = int(unit(rng) * 5) % 5, carrier = int(unit(rng) * 3) % 3;
            const double w = unit(rng);
            const int weather = w < 0.65 ? 0 : w < 0.9 ? 1 : 2;
            const double distance = std::round((5 + 795 * std::pow(unit(rng), 1.5)) * 10) / 10;
            const double weight = std::round((0.5 + 39.5 * unit(rng) * unit(rng)) * 10) / 10;
            const int parcels = 1 + int(unit(rng) * 6) % 6;
            const int fragile = unit(rng) < 0.25 ? 1 : 0;
            double delay = 0.004 * distance + carrierDelay[carrier] + weatherDelay[weather] + (weekday >= 6 ? 0.8 : 0)
                           + delayNoise(rng);
            delay = std::max(0.0, std::round(delay * 100) / 100);
            const double cost = std::round((4 + 0.09 * distance + 0.35 * weight + 1.5 * parcels + 3 * fragile
                                            + carrierPrice[carrier] + costNoise(rng)) * 100) / 100;
            int quality = (fragile && weather != 0 && unit(rng) < 0.35) ? 2 : delay > 3 ? 1 : 0;
            if (unit(rng) < 0.05)
                quality = int(unit(rng) * 3) % 3;
            const QDateTime created(day, QTime(6 + int(unit(rng) * 14) % 14, int(unit(rng) * 60) % 60));
            insert.addBindValue(isoMinute(created));
            insert.addBindValue(QString::fromLatin1(regions[region]));
            insert.addBindValue(QString::fromLatin1(carriers[carrier]));
            insert.addBindValue(distance);
            insert.addBindValue(weight);
            insert.addBindValue(parcels);
            insert.addBindValue(fragile);
            insert.addBindValue(weekday);
            insert.addBindValue(QString::fromLatin1(weathers[weather]));
            insert.addBindValue(delay);
            insert.addBindValue(cost);
            insert.addBindValue(QString::fromLatin1(qualities[quality]));
            run(insert);
        }
    }
}

void writeDemand(DemoDatabase& db, const QDate& lastDay, std::mt19937_64& rng)
{
    db.exec(QStringLiteral("CREATE TABLE daily_demand (id INTEGER PRIMARY KEY, date TEXT NOT NULL, region TEXT, weekday INTEGER, "
                           "month INTEGER, promotion INTEGER, temperature REAL, orders REAL)"));
    auto insert = db.prepare(QStringLiteral("INSERT INTO daily_demand (date, region, weekday, month, promotion, temperature, orders) "
                                            "VALUES (?,?,?,?,?,?,?)"));
    const std::array<const char*, 5> regions = {"north", "south", "east", "west", "central"};
    const std::array<double, 5> regionBase = {0, 30, -20, 10, 45};
    std::normal_distribution<double> noise(0.0, 8.0), weatherNoise(0.0, 4.0);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int d = 364; d >= 0; --d) {
        const QDate day = lastDay.addDays(-d);
        const double seasonal = std::sin(2 * M_PI * day.dayOfYear() / 365.0);
        for (int r = 0; r < 5; ++r) {
            const int promotion = unit(rng) < 0.15 ? 1 : 0;
            const double temperature = std::round((12 + 10 * seasonal + weatherNoise(rng)) * 10) / 10;
            const double orders = std::round(120 + regionBase[r] + ((day.dayOfWeek() == 5 || day.dayOfWeek() == 6) ? 25 : 0)
                                             + 40 * promotion - 0.08 * std::pow(temperature - 15, 2) + 15 * seasonal + noise(rng));
            insert.addBindValue(day.toString(Qt::ISODate));
            insert.addBindValue(QString::fromLatin1(regions[r]));
            insert.addBindValue(day.dayOfWeek());
            insert.addBindValue(day.month());
            insert.addBindValue(promotion);
            insert.addBindValue(temperature);
            insert.addBindValue(orders);
            run(insert);
        }
    }
}

ModelConfig demoModel(const char* name, const char* group, Task task, const QString& source, const char* label,
                      const char* timestamp, Algorithm algorithm)
{
    ModelConfig m;
    m.name = QString::fromLatin1(name);
    m.group = QString::fromLatin1(group);
    m.task = task;
    m.source = source;
    m.label = QString::fromLatin1(label);
    m.timestamp = QString::fromLatin1(timestamp);
    m.algorithm = algorithm;
    return m;
}

} // namespace

int appendDemoConsultations(const QString& workspaceDir, int count, std::uint64_t seed)
{
    const QString path = workspaceDir + QStringLiteral("/demo/clinic.sqlite");
    if (!QFile::exists(path))
        throw Error(QStringLiteral("%1 does not exist; create the demo with `retrainer init --demo`").arg(path));
    const QString name = QStringLiteral("retrainer-demo-append-") + path;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            throw Error(QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
        db.transaction();
        QSqlQuery insert(db);
        if (!insert.prepare(kConsultationInsert))
            throw Error(QStringLiteral("demo data: %1").arg(insert.lastError().text()));
        std::mt19937_64 rng(seed);
        const QDateTime now = QDateTime::currentDateTime();
        for (int i = 0; i < count; ++i)
            addConsultation(insert, now.date(), rng, now.time().addSecs(-60 * (count - i)), true);
        db.commit();
        insert.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

QStringList createDemoWorkspace(Workspace& workspace)
{
    const QString demoDir = workspace.directory() + QStringLiteral("/demo");
    QDir().mkpath(demoDir);
    const QDate today = QDate::currentDate();
    std::mt19937_64 rng(20261123);
    // The clinic's history ends yesterday: consultations added today (`simulate`) are newer than everything the
    // first version learnt from at any hour, so the performance check has unseen rows to score (with the
    // history reaching into today's opening hours, nothing added before 19:00 counted as new).
    writeClinic(demoDir + QStringLiteral("/clinic.sqlite"), today.addDays(-1), rng);
    {
        DemoDatabase logistics(demoDir + QStringLiteral("/logistics.sqlite"));
        writeShipments(logistics, today, rng);
        writeDemand(logistics, today, rng);
    }
    const QString clinic = QStringLiteral("sqlite:demo/clinic.sqlite?query=SELECT created_at, department, doctor, hour, weekday, "
                                          "queue_length, waiting_minutes FROM consultations "
                                          "WHERE status = 'completed' AND consultation_start IS NOT NULL");
    const QString shipments = QStringLiteral("sqlite:demo/logistics.sqlite?query=SELECT created_at, region, carrier, distance_km, "
                                             "weight_kg, parcels, fragile, weekday, weather, %1 FROM shipments");
    const std::vector<ModelConfig> models = {
        demoModel("clinic-waiting-time", "Clinic", Task::Regression, clinic, "waiting_minutes", "created_at",
                  Algorithm::RandomForest),
        demoModel("delivery-delay", "Logistics", Task::Regression, shipments.arg(QStringLiteral("delay_hours")),
                  "delay_hours", "created_at", Algorithm::RandomForest),
        demoModel("shipping-cost", "Logistics", Task::Regression, shipments.arg(QStringLiteral("cost")), "cost",
                  "created_at", Algorithm::Linear),
        demoModel("daily-demand", "Logistics", Task::Regression,
                  QStringLiteral("sqlite:demo/logistics.sqlite?table=daily_demand"), "orders", "date",
                  Algorithm::RandomForest),
        demoModel("delivery-quality", "Logistics", Task::Classification, shipments.arg(QStringLiteral("quality")),
                  "quality", "created_at", Algorithm::SvmRbf),
    };
    QStringList added;
    for (auto model : models) {
        if (model.name == QLatin1String("daily-demand"))
            model.features = {QStringLiteral("region"), QStringLiteral("weekday"), QStringLiteral("month"),
                              QStringLiteral("promotion"), QStringLiteral("temperature")};
        if (model.name == QLatin1String("delivery-quality") || model.name == QLatin1String("daily-demand"))
            model.kinds.insert(QStringLiteral("weekday"), ColumnKind::Categorical);
        if (!workspace.model(model.name)) {
            workspace.addModel(model);
            added << model.name;
        }
    }
    return added;
}

} // namespace retrainer
