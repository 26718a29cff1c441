#include "autostart.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace retrainer {
namespace {

// Desktop Entry Exec quoting: arguments with spaces or specials in double quotes, with \ " ` $ escaped.
QString execArgument(QString text)
{
    static const QString specials = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    const bool quote = std::any_of(text.begin(), text.end(), [](QChar c) { return specials.contains(c); });
    if (!quote)
        return text;
    for (const char* c : {"\\", "\"", "`", "$"})
        text.replace(QLatin1String(c), QLatin1String("\\") + QLatin1String(c));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QString autostartEntryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::ConfigLocation) + QStringLiteral("/autostart/retrainer.desktop");
}

bool startsAtLogin()
{
    return QFile::exists(autostartEntryPath());
}

QString setStartAtLogin(bool enabled, const QString& workspaceDir)
{
    const QString path = autostartEntryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return QStringLiteral("cannot remove %1").arg(path);
        return {};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    const QString exec = QStringLiteral("%1 --workspace %2 --minimised")
                             .arg(execArgument(QCoreApplication::applicationFilePath()), execArgument(workspaceDir));
    const QString entry = QStringLiteral("[Desktop Entry]\nType=Application\nName=Retrainer\n"
                                         "Comment=Keeps prediction models fresh\nExec=%1\nIcon=retrainer\n"
                                         "Terminal=false\nX-GNOME-Autostart-enabled=true\n").arg(exec);
    file.write(entry.toUtf8());
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace retrainer
