#include "approval_badge.h"
#include "on_worker.h"
#include "worker_pool.h"
#include "registry.h"
#include <QCoroFuture>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPointer>

namespace retrainer {

ApprovalBadge::ApprovalBadge(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("approvalBadge"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setStyleSheet(QStringLiteral("QLabel { background: #ef6c00; color: white; border-radius: 8px; padding: 1px 8px; }"));
    setToolTip(tr("Open the comparison to approve or reject the candidate"));
    setCount(0);
}

int ApprovalBadge::pendingApprovals(Registry& registry, const QString& model)
{
    return int(registry.pendingApprovals(model).size());
}

void ApprovalBadge::setCount(int count)
{
    count = qMax(0, count);
    const bool changed = count != m_count;
    m_count = count;
    setText(tr("%n awaiting approval", nullptr, m_count));
    setVisible(m_count > 0);
    if (changed)
        Q_EMIT countChanged(m_count);
}

QCoro::Task<> ApprovalBadge::refresh(WorkerPool& workers, Registry& registry, QString model)
{
    QPointer<ApprovalBadge> self(this);
    Registry* reg = &registry;
    auto work = [reg, model] { return pendingApprovals(*reg, model); };
    const int count = co_await onWorker(workers, std::move(work));
    if (self)
        self->setCount(count);
}

void ApprovalBadge::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT clicked();
        event->accept();
        return;
    }
    QLabel::mouseReleaseEvent(event);
}

void ApprovalBadge::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked();
        event->accept();
        return;
    }
    QLabel::keyPressEvent(event);
}

} // namespace retrainer
