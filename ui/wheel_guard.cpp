#include "wheel_guard.h"
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QCoreApplication>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace retrainer {

void WheelGuard::protect(QWidget* root)
{
    auto* guard = root->findChild<WheelGuard*>(QString(), Qt::FindDirectChildrenOnly);
    if (!guard)
        guard = new WheelGuard(root);
    const auto guardAll = [guard](const auto& widgets) {
        for (QWidget* widget : widgets) {
            widget->setFocusPolicy(Qt::StrongFocus);
            widget->installEventFilter(guard); // installing twice keeps one filter
        }
    };
    guardAll(root->findChildren<QAbstractSpinBox*>());
    guardAll(root->findChildren<QComboBox*>());
    guardAll(root->findChildren<QAbstractSlider*>());
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->hasFocus())
        return false;
    // The field does not see it; the scroll area holding the field (the page) scrolls instead.
    event->ignore();
    for (QWidget* above = widget->parentWidget(); above; above = above->parentWidget())
        if (auto* area = qobject_cast<QAbstractScrollArea*>(above)) {
            QCoreApplication::sendEvent(area->viewport(), event);
            break;
        }
    return true;
}

} // namespace retrainer
