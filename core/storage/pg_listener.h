#pragma once
// LISTEN on one channel of a PostgreSQL database, on a connection and a thread of its own: the shared store's
// change notices (store_notices.h) and the new-row notices of PostgreSQL data sources (new_row_watch.h) both
// listen through it. When the server cannot be reached it tries again every 3 s; a connection the server
// closed (a restart) is noticed within 10 s and opened again.
#include <QObject>
#include <QString>
#include <QThread>

namespace retrainer {

class PgListener : public QObject
{
    Q_OBJECT
public:
    // `url`: postgresql://…; `applicationName` (no spaces) is what the server shows for the session; `what`
    // names, for the log, what the notices follow ("changes made by other instances").
    PgListener(const QString& url, const QString& channel, const QString& applicationName, const QString& what,
               QObject* parent = nullptr);
    ~PgListener() override;
    PgListener(const PgListener&) = delete;
    PgListener& operator=(const PgListener&) = delete;

Q_SIGNALS:
    // A notice on the channel (delivered on this object's thread).
    void notified(const QString& payload);
    // The listening connection is open (after a start or a reconnection: notices sent meanwhile were missed).
    void listening();

private:
    class Session;
    QThread m_thread;
    Session* m_session = nullptr;
};

} // namespace retrainer
