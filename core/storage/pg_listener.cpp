#include "pg_listener.h"
#include "error.h"
#include "postgres_url.h"
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <atomic>

namespace retrainer {

// Lives on the listener's thread: opens the connection there, subscribes, and forwards the notices.
// Reconnects when the connection cannot be opened or is lost.
class PgListener::Session : public QObject
{
public:
    Session(const QString& url, const QString& channel, const QString& applicationName, const QString& what, PgListener* owner)
        : m_url(url), m_channel(channel), m_applicationName(applicationName), m_what(what), m_owner(owner), m_retry(this),
          m_check(this)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("retrainer-listen-%1").arg(++counter);
        m_retry.setInterval(std::chrono::seconds(3));
        m_retry.setSingleShot(true);
        QObject::connect(&m_retry, &QTimer::timeout, this, [this] { open(); });
        m_check.setInterval(std::chrono::seconds(10));
        QObject::connect(&m_check, &QTimer::timeout, this, [this] { checkAlive(); });
    }
    ~Session() override { close(); }

    void open()
    {
        close();
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            try {
                PostgresUrl::parse(m_url).applyTo(db, m_applicationName);
            } catch (const Error& e) {
                problem = e.message();
            }
            if (problem.isEmpty() && !db.open())
                problem = db.lastError().text();
            if (problem.isEmpty() && !db.driver()->subscribeToNotification(m_channel))
                problem = db.driver()->lastError().text();
            if (problem.isEmpty())
                QObject::connect(db.driver(), &QSqlDriver::notification, this,
                                 [this](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                                     Q_EMIT m_owner->notified(payload.toString());
                                 });
        }
        if (!problem.isEmpty()) {
            qWarning("%s cannot be followed (%s: %s); trying again in 3 s", qPrintable(m_what), qPrintable(m_url),
                     qPrintable(problem));
            close();
            m_retry.start();
            return;
        }
        m_check.start();
        Q_EMIT m_owner->listening();
    }

private:
    // A connection the server closed delivers nothing: notice it and open a new one.
    void checkAlive()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery q(db);
        if (db.isOpen() && q.exec(QStringLiteral("SELECT 1")))
            return;
        qWarning("the connection that follows %s was lost (%s); reconnecting", qPrintable(m_what), qPrintable(m_url));
        m_check.stop();
        open();
    }
    void close()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen() && db.driver())
                db.driver()->unsubscribeFromNotification(m_channel);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    QString m_url;
    QString m_channel;
    QString m_applicationName;
    QString m_what;
    PgListener* m_owner;
    QString m_name;
    QTimer m_retry; // children: they move to the listener's thread with the session
    QTimer m_check;
};

PgListener::PgListener(const QString& url, const QString& channel, const QString& applicationName, const QString& what,
                       QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("pg-listen"));
    m_session = new Session(url, channel, applicationName, what, this);
    m_session->moveToThread(&m_thread);
    m_thread.start();
    Session* session = m_session;
    QMetaObject::invokeMethod(session, [session] { session->open(); }, Qt::QueuedConnection);
}

PgListener::~PgListener()
{
    Session* session = m_session;
    QMetaObject::invokeMethod(session, [session] { delete session; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace retrainer
