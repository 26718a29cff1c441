#include "leave_questions.h"
#include "question_box.h"
#include <QCoreApplication>

namespace retrainer {
namespace {

class LeaveText
{
    Q_DECLARE_TR_FUNCTIONS(LeaveQuestions)
};

} // namespace

QCoro::Task<QuitChoice> askQuitWhileTraining(QWidget* parent, QStringList training, bool trayAvailable)
{
    Question question;
    question.name = QStringLiteral("quitQuestion");
    question.title = LeaveText::tr("Quit while training?");
    question.text = LeaveText::tr("%n model(s) are training now: %1.", nullptr, int(training.size()))
                        .arg(training.join(QStringLiteral(", ")));
    question.details = trayAvailable ? LeaveText::tr("Quitting cancels the training; the versions in service stay. "
                                                "Retrainer can keep running in the tray instead and finish it.")
                                     : LeaveText::tr("Quitting cancels the training; the versions in service stay.");
    question.answers.push_back({QStringLiteral("quitAndCancel"), LeaveText::tr("Quit and cancel the training"),
                                QMessageBox::DestructiveRole});
    if (trayAvailable)
        question.answers.push_back(
            {QStringLiteral("keepRunning"), LeaveText::tr("Keep running in the tray"), QMessageBox::AcceptRole});
    question.answers.push_back({QStringLiteral("doNotQuit"), LeaveText::tr("Cancel"), QMessageBox::RejectRole});
    question.defaultAnswer = trayAvailable ? QStringLiteral("keepRunning") : QStringLiteral("doNotQuit");
    question.escapeAnswer = QStringLiteral("doNotQuit");
    const QString answer = co_await ask(parent, std::move(question));
    if (answer == QLatin1String("quitAndCancel"))
        co_return QuitChoice::CancelTrainingAndQuit;
    co_return answer == QLatin1String("keepRunning") ? QuitChoice::KeepRunning : QuitChoice::DoNotQuit;
}

QCoro::Task<UnsavedChoice> askAboutUnsavedSettings(QWidget* parent, QString model, bool canSave)
{
    Question question;
    question.name = QStringLiteral("unsavedSettings");
    question.title = LeaveText::tr("Unsaved settings");
    question.text = LeaveText::tr("The settings of %1 were changed but not saved.").arg(model);
    question.details = canSave ? LeaveText::tr("Save them before showing another model?")
                               : LeaveText::tr("Some fields are not valid yet (marked in red), so they cannot be saved. "
                                          "Discard the changes, or cancel to correct them?");
    if (canSave)
        question.answers.push_back({QStringLiteral("save"), LeaveText::tr("Save"), QMessageBox::AcceptRole});
    question.answers.push_back({QStringLiteral("discard"), LeaveText::tr("Discard the changes"), QMessageBox::DestructiveRole});
    question.answers.push_back({QStringLiteral("stay"), LeaveText::tr("Cancel"), QMessageBox::RejectRole});
    question.defaultAnswer = canSave ? QStringLiteral("save") : QStringLiteral("stay");
    question.escapeAnswer = QStringLiteral("stay");
    const QString answer = co_await ask(parent, std::move(question));
    if (answer == QLatin1String("save"))
        co_return UnsavedChoice::Save;
    co_return answer == QLatin1String("discard") ? UnsavedChoice::Discard : UnsavedChoice::Stay;
}

} // namespace retrainer
