#pragma once
// The demo workspace: a clinic and a logistics operation with realistic, deterministic data.
//
// demo/clinic.sqlite, table consultations (about 15 a day over 120 days, Monday to Saturday):
//   waiting_minutes = 8 + department base (general 4, pediatrics 6, cardiology 12, dermatology 2)
//                     + 2.4 * queue_length + doctor effect (-3..+4) + 6·exp(-(hour-10)²/4) + 4·exp(-(hour-16)²/4)
//                     + 5 on Mondays + noise N(0, 4), at least 0.
//   status is completed for 88 % (consultation_start = created_at + waiting), else cancelled, no_show or
//   waiting (no start time); only completed rows with a start time train the model.
// demo/logistics.sqlite, table shipments (about 16 a day over 120 days):
//   delay_hours = 0.004·distance_km + carrier (swift -0.5, cargo_plus 0.3, econoship 1.2)
//                 + weather (clear 0, rain 1, snow 3) + 0.8 at weekends + N(0, 0.6), at least 0.
//   cost = 4 + 0.09·distance_km + 0.35·weight_kg + 1.5·parcels + 3·fragile + carrier price (6, 3, 0) + N(0, 1.5).
//   quality = damaged when fragile in rain or snow with probability 0.35, else late when delay_hours > 3,
//             else good; 5 % of labels are then redrawn at random (label noise).
// table daily_demand (5 regions x 365 days):
//   orders = 120 + region base (0, 30, -20, 10, 45) + 25 on Fridays and Saturdays + 40·promotion
//            - 0.08·(temperature-15)² + 15·sin(2π·day_of_year/365) + N(0, 8).
// Values come from a fixed seed; dates end on the day the demo is created.
#include <QString>
#include <QStringList>
#include <cstdint>

namespace retrainer {

class Workspace;

// Writes the demo databases under <workspace>/demo and adds the demo models (skips models that exist).
// The demo models keep the defaults of the systems Retrainer replaces: nightly full retrain at 02:00,
// conditional every 12 h with 3 new rows, data trigger 5 new rows in 24 h with a 6 h cool-down,
// hourly performance check against 0.70 with 3 retries. Returns the names of the models it added (their past,
// demo_past.h, is recorded apart: it trains).
QStringList createDemoWorkspace(Workspace& workspace);

// The simulator: appends `count` completed consultations, just finished, to demo/clinic.sqlite (same
// formula), so that a running daemon notices new rows and its data trigger fires. Returns the count.
int appendDemoConsultations(const QString& workspaceDir, int count, std::uint64_t seed);

} // namespace retrainer
