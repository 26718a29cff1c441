#pragma once
// A question with a few answers in plain words, asked window-modally with open() and awaited (no nested
// event loop). Used where leaving would lose something: quitting during a training, switching models with
// unsaved settings.
#include <QCoroTask>
#include <QMessageBox>
#include <QString>
#include <vector>

class QWidget;

namespace retrainer {

struct QuestionAnswer
{
    QString id;   // returned when chosen; also the button's object name
    QString text; // the button's words
    QMessageBox::ButtonRole role = QMessageBox::ActionRole;
};

struct Question
{
    QString name; // the box's object name (tests find it by this)
    QString title;
    QString text;
    QString details; // the informative text under the question
    std::vector<QuestionAnswer> answers;
    QString defaultAnswer;
    QString escapeAnswer; // also returned when the box is closed otherwise
};

// Shows the question as a child of `parent` and returns the id of the answer chosen.
QCoro::Task<QString> ask(QWidget* parent, Question question);

} // namespace retrainer
