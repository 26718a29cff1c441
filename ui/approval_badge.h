#pragma once
// "1 awaiting approval": a small clickable label for the sidebar and the dashboard cards, hidden while
// nothing awaits a person's decision. Clicking it (or pressing Enter/Space on it) emits clicked(); the
// window then opens an ApprovalDialog for the newest pending version.
#include <QCoroTask>
#include <QLabel>
#include <QString>

namespace retrainer {

class WorkerPool;

class Registry;

class ApprovalBadge : public QLabel
{
    Q_OBJECT
public:
    explicit ApprovalBadge(QWidget* parent = nullptr);

    // How many versions of `model` (of every model when empty) await approval. Reads the store: call it
    // on a worker thread (refresh() does).
    static int pendingApprovals(Registry& registry, const QString& model);

    // Shows `count` ("2 awaiting approval"); hidden at zero.
    void setCount(int count);
    int count() const { return m_count; }

    // Counts on a worker thread and shows the result. `registry` must outlive the call.
    QCoro::Task<> refresh(WorkerPool& workers, Registry& registry, QString model);

Q_SIGNALS:
    void clicked();
    void countChanged(int count);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int m_count = 0;
};

} // namespace retrainer
