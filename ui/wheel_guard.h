#pragma once
// Keeps the mouse wheel from changing a value by accident: spin boxes, combo boxes, date/time editors and
// sliders under a page take wheel events only once they have the keyboard focus (clicked or tabbed into);
// otherwise the wheel scrolls the page (the scroll area) that holds them. They get Qt::StrongFocus, so the wheel no longer
// gives them the focus either.
#include <QObject>

class QWidget;

namespace retrainer {

class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Guards every such field under `root` that exists now (call again after adding fields; repeating is
    // harmless). The guard is a child of `root`.
    static void protect(QWidget* root);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QObject* parent) : QObject(parent) {}
};

} // namespace retrainer
