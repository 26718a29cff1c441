#pragma once
// Waiting in a coroutine for the next emission of a signal that may be emitted again and again (a run finished,
// a stop requested): `co_await nextSignal(runner, &Runner::runFinished);`.
// QCoro 0.8's own `co_await qCoro(sender, &Sender::signal)` queues one resumption per emission: when the signal
// is emitted twice before the first resumption runs (two runs ending together, a second Ctrl+C), the second
// one calls into the awaiter after it was destroyed and the process crashes. Here the emissions go to a
// receiver of our own that passes on only the first, and dies with the wait.
#include <QCoroSignal>
#include <QCoroTask>
#include <QObject>

namespace retrainer {

class SignalOnce : public QObject
{
    Q_OBJECT
public:
    void fire()
    {
        if (!m_fired) {
            m_fired = true;
            Q_EMIT fired();
        }
    }

Q_SIGNALS:
    void fired();

private:
    bool m_fired = false;
};

// Completes after the next emission of `signal` by `sender` (never, if `sender` is destroyed first).
template <typename Sender, typename Signal>
QCoro::Task<> nextSignal(Sender* sender, Signal signal)
{
    SignalOnce once;
    QObject::connect(sender, signal, &once, [&once] { once.fire(); });
    co_await qCoro(&once, &SignalOnce::fired);
}

} // namespace retrainer
