#include "store_notices.h"
#include "postgres_url.h"
#include "sql_support.h"
#include "store.h"
#include <QSqlDriver>
#include <QTimer>
#include <atomic>

namespace retrainer {

namespace {

const QString kChannel = QStringLiteral("retrainer_changes");
const QChar kSeparator = QLatin1Char('\t');

} // namespace

void announceChange(const QSqlDatabase& db, const QString& kind, const QString& model, const QString& what)
{
    if (sql::backendOf(db) != sql::Backend::Postgres)
        return;
    // kind, sender, model: the model last, so that any character in its name survives.
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT pg_notify(?, ?)"), what);
    q.addBindValue(kChannel);
    q.addBindValue(QStringList{kind, Store::sessionName(), model}.join(kSeparator));
    sql::exec(q, what);
}

// Lives on the listener's thread: opens the connection there, subscribes, and forwards other instances'
// notices. Reconnects when the connection cannot be opened or is lost.
class StoreListener::Session : public QObject
{
public:
    Session(QString url, StoreListener* owner) : m_url(std::move(url)), m_owner(owner), m_retry(this), m_check(this)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("retrainer-notices-%1").arg(++counter);
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
            QSqlDatabase db = QSqlDatabase::addDatabase(sql::driverName(sql::Backend::Postgres), m_name);
            try {
                PostgresUrl::parse(m_url).applyTo(db, Store::sessionName());
            } catch (const Error& e) {
                problem = e.message();
            }
            if (problem.isEmpty() && !db.open())
                problem = db.lastError().text();
            if (problem.isEmpty() && !db.driver()->subscribeToNotification(kChannel))
                problem = db.driver()->lastError().text();
            if (problem.isEmpty())
                QObject::connect(db.driver(), &QSqlDriver::notification, this,
                                 [this](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                                     received(payload.toString());
                                 });
        }
        if (!problem.isEmpty()) {
            qWarning("changes made by other instances cannot be followed (store %s: %s); trying again in 3 s",
                     qPrintable(m_url), qPrintable(problem));
            close();
            m_retry.start();
            return;
        }
        m_check.start();
        Q_EMIT m_owner->listening();
    }

private:
    void received(const QString& payload)
    {
        const QStringList parts = payload.split(kSeparator);
        if (parts.size() < 3 || parts[1] == Store::sessionName())
            return; // malformed, or this process's own change
        const QString model = payload.section(kSeparator, 2);
        Q_EMIT m_owner->changedElsewhere(parts[0], model);
    }
    // A connection the server closed (a restart) delivers nothing: notice it and open a new one.
    void checkAlive()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery q(db);
        if (db.isOpen() && q.exec(QStringLiteral("SELECT 1")))
            return;
        qWarning("the connection that follows other instances' changes was lost (store %s); reconnecting", qPrintable(m_url));
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
                db.driver()->unsubscribeFromNotification(kChannel);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    QString m_url;
    StoreListener* m_owner;
    QString m_name;
    QTimer m_retry; // children: they move to the listener's thread with the session
    QTimer m_check;
};

StoreListener::StoreListener(const QString& storeUrl, QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("store-notices"));
    m_session = new Session(storeUrl, this);
    m_session->moveToThread(&m_thread);
    m_thread.start();
    Session* session = m_session;
    QMetaObject::invokeMethod(session, [session] { session->open(); }, Qt::QueuedConnection);
}

StoreListener::~StoreListener()
{
    Session* session = m_session;
    QMetaObject::invokeMethod(session, [session] { delete session; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace retrainer
