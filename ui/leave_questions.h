#pragma once
// The questions asked before leaving would lose something, each asked window-modally and awaited:
// - quitting while a model trains (quitting cancels the training; the version in service stays): cancel
//   and quit, keep Retrainer running (in the tray, when there is one), or not quit after all;
// - showing another model while the settings of the one shown are changed and unsaved: save, discard, or
//   stay (Cancel).
#include <QCoroTask>
#include <QStringList>

class QWidget;

namespace retrainer {

enum class QuitChoice { CancelTrainingAndQuit, KeepRunning, DoNotQuit };
enum class UnsavedChoice { Save, Discard, Stay };

// A child of `parent` named "quitQuestion"; buttons "quitAndCancel", "keepRunning" (only with a tray) and
// "doNotQuit". Closing it with Escape means DoNotQuit.
QCoro::Task<QuitChoice> askQuitWhileTraining(QWidget* parent, QStringList training, bool trayAvailable);
// A child of `parent` named "unsavedSettings"; buttons "save" (only when the settings are valid), "discard"
// and "stay".
QCoro::Task<UnsavedChoice> askAboutUnsavedSettings(QWidget* parent, QString model, bool canSave);

} // namespace retrainer
