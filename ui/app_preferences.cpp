#include "app_preferences.h"
#include <QSettings>
#include <QStringList>

namespace retrainer {

namespace {

const QString startMinimisedKey = QStringLiteral("console/start_minimised");
const QString startAtLoginKey = QStringLiteral("console/start_at_login");
const QString languageKey = QStringLiteral("console/language");
const QString apiEnabledKey = QStringLiteral("api/enabled");
const QString apiPortKey = QStringLiteral("api/port");

bool isKnownLanguage(const QString& language)
{
    static const QStringList known{QString(), QStringLiteral("en"), QStringLiteral("hi"), QStringLiteral("es")};
    return known.contains(language);
}

} // namespace

AppPreferences AppPreferences::load()
{
    const QSettings settings;
    AppPreferences preferences;
    preferences.startMinimised = settings.value(startMinimisedKey, preferences.startMinimised).toBool();
    preferences.startAtLogin = settings.value(startAtLoginKey, preferences.startAtLogin).toBool();
    const QString language = settings.value(languageKey, preferences.language).toString();
    if (isKnownLanguage(language))
        preferences.language = language;
    preferences.apiEnabled = settings.value(apiEnabledKey, preferences.apiEnabled).toBool();
    bool ok = false;
    const int port = settings.value(apiPortKey, preferences.apiPort).toInt(&ok);
    if (ok && port >= minimumApiPort && port <= maximumApiPort)
        preferences.apiPort = port;
    return preferences;
}

void AppPreferences::save() const
{
    QSettings settings;
    settings.setValue(startMinimisedKey, startMinimised);
    settings.setValue(startAtLoginKey, startAtLogin);
    settings.setValue(languageKey, language);
    settings.setValue(apiEnabledKey, apiEnabled);
    settings.setValue(apiPortKey, apiPort);
}

} // namespace retrainer
