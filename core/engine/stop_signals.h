#pragma once
// Turns SIGINT and SIGTERM into a Qt signal (through a socket pair, the only safe way out of a
// signal handler), so that a running training is cancelled and recorded instead of killed.
#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace retrainer {

class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject* parent = nullptr); // installs the handlers
    ~StopSignals() override;                        // restores the default handlers
    bool requested() const { return m_requested; }

Q_SIGNALS:
    void stopRequested(int signal);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_requested = false;
};

} // namespace retrainer
