#pragma once
// Answering the console's questions (question_box.h) as a person would: wait for the box, click a button.
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>

namespace retrainer::test {

// The visible question named `name` under `parent`, once it appears (null after 5 s without one).
inline QPointer<QMessageBox> waitForQuestion(QWidget* parent, const QString& name)
{
    QPointer<QMessageBox> question;
    (void)QTest::qWaitFor([&] { // a missing question shows as null
        for (QMessageBox* box : parent->findChildren<QMessageBox*>(name))
            if (box->isVisible())
                question = box; // not one answered before and not deleted yet
        return !question.isNull();
    });
    return question;
}

// Clicks the answer whose object name is `button` and waits until the console has acted on it (the box is
// gone); false when the question has no such answer or is still there after 10 s.
inline bool answer(QPointer<QMessageBox> question, const char* button)
{
    auto* chosen = question ? question->findChild<QPushButton*>(QString::fromLatin1(button)) : nullptr;
    if (!chosen)
        return false;
    QTest::mouseClick(chosen, Qt::LeftButton);
    return QTest::qWaitFor([&] { return question.isNull(); }, 10000);
}

} // namespace retrainer::test
