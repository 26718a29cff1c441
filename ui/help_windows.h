#pragma once
// The Help menu's windows: About (version, licence, the workspace folder), "How Retrainer decides" (when
// a model retrains, how a new version is tested, when it takes over, how to undo it) and the command
// list (the same text as `retrainer --help`). Each opens non-blocking, is deleted when closed, and has an
// object name for tests: "aboutBox", "howItDecides", "commandList".
#include <QString>

class QDialog;
class QWidget;

namespace retrainer {

QDialog* showAbout(QWidget* parent, const QString& workspaceDir);
QDialog* showHowItDecides(QWidget* parent);
QDialog* showCommandList(QWidget* parent);

} // namespace retrainer
