#pragma once
// "Start at login": an XDG autostart entry, ~/.config/autostart/retrainer.desktop, that starts the console
// minimised on the workspace it was enabled for.
#include <QString>

namespace retrainer {

QString autostartEntryPath();
bool startsAtLogin();
// Writes or removes the entry. Empty on success, else the reason naming the file.
QString setStartAtLogin(bool enabled, const QString& workspaceDir);

} // namespace retrainer
