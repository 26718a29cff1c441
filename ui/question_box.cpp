#include "question_box.h"
#include <QCoroSignal>
#include <QPointer>
#include <QPushButton>
#include <map>

namespace retrainer {

QCoro::Task<QString> ask(QWidget* parent, Question question)
{
    QPointer<QMessageBox> box = new QMessageBox(parent);
    box->setObjectName(question.name);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(question.title);
    box->setText(question.text);
    box->setInformativeText(question.details);
    std::map<QAbstractButton*, QString> ids;
    for (const QuestionAnswer& answer : question.answers) {
        QPushButton* button = box->addButton(answer.text, answer.role);
        button->setObjectName(answer.id);
        ids[button] = answer.id;
        if (answer.id == question.defaultAnswer)
            box->setDefaultButton(button);
        if (answer.id == question.escapeAnswer)
            box->setEscapeButton(button);
    }
    box->setWindowModality(Qt::WindowModal);
    box->open();
    co_await qCoro(box.data(), &QMessageBox::finished);
    if (!box)
        co_return question.escapeAnswer;
    const auto chosen = ids.find(box->clickedButton());
    box->deleteLater();
    co_return chosen == ids.end() ? question.escapeAnswer : chosen->second;
}

} // namespace retrainer
