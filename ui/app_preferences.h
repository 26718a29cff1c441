#pragma once
// The console's own preferences (not a model's): stored with QSettings under the organisation and
// application names set on QCoreApplication. Defaults live in the declarations.
#include <QString>

namespace retrainer {

struct AppPreferences
{
    bool startMinimised = false;
    bool startAtLogin = false; // the autostart entry itself is written by the application
    QString language;          // "" = follow the system, "en", "hi", "es"; applies after a restart
    bool apiEnabled = false;
    int apiPort = 8765;

    static constexpr int minimumApiPort = 1024;
    static constexpr int maximumApiPort = 65535;

    bool operator==(const AppPreferences&) const = default;

    // Missing or unusable stored values keep their defaults.
    static AppPreferences load();
    void save() const;
};

} // namespace retrainer
