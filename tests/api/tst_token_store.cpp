// TokenStore: tokens shown once, only hashes stored, revocation, authentication, audit rows.
#include "error.h"
#include "sql_support.h"
#include "store.h"
#include "token_store.h"
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <thread>

using namespace retrainer;

class TstTokenStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QStringList column(const QString& sql)
    {
        QSqlQuery q(m_store->connection());
        if (!q.exec(sql))
            return {QStringLiteral("query failed: ") + q.lastError().text()};
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("t.sqlite")));
        m_store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("t.sqlite")));
    }
    void cleanup() { m_store.reset(); }

    void createStoresOnlyTheHash()
    {
        TokenStore tokens(*m_store);
        const QString token = tokens.create(QStringLiteral("ci"), QStringLiteral("admin"), QStringLiteral("alice"));
        QVERIFY(token.startsWith(QLatin1String("rt_")));
        QCOMPARE(token.size(), 3 + 43); // 32 bytes, base64url without padding
        const QString other = tokens.create(QStringLiteral("dash"), QStringLiteral("viewer"), QStringLiteral("alice"));
        QVERIFY(other != token);
        const QStringList hashes = column(QStringLiteral("SELECT hash FROM tokens ORDER BY name"));
        QCOMPARE(hashes, QStringList({TokenStore::hashOf(token), TokenStore::hashOf(other)}));
        // Nowhere in the database is the token itself.
        QFile file(m_store->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token.toUtf8()));
        QCOMPARE(column(QStringLiteral("SELECT action || ' ' || actor || ' ' || detail FROM audit ORDER BY id")),
                 QStringList({QStringLiteral(R"(token-create alice {"role":"admin","token":"ci"})"),
                              QStringLiteral(R"(token-create alice {"role":"viewer","token":"dash"})")}));
    }

    void listShowsRolesAndUse()
    {
        TokenStore tokens(*m_store);
        const QString token = tokens.create(QStringLiteral("b"), QStringLiteral("viewer"), QStringLiteral("bob"));
        tokens.create(QStringLiteral("a"), QStringLiteral("admin"), QStringLiteral("bob"));
        auto list = tokens.list();
        QCOMPARE(list.size(), size_t(2));
        QCOMPARE(list[0].name, QStringLiteral("a"));
        QCOMPARE(list[0].role, QStringLiteral("admin"));
        QCOMPARE(list[1].role, QStringLiteral("viewer"));
        QCOMPARE(list[1].createdBy, QStringLiteral("bob"));
        QVERIFY(!list[1].lastUsed.isValid());
        QVERIFY(tokens.authenticate(token));
        list = tokens.list();
        QVERIFY(list[1].lastUsed.isValid());
        QVERIFY(!list[0].lastUsed.isValid());
        QCOMPARE(QString::fromStdString(list[1].toJson()["role"].get<std::string>()), QStringLiteral("viewer"));
    }

    void authenticate()
    {
        TokenStore tokens(*m_store);
        const QString admin = tokens.create(QStringLiteral("ops"), QStringLiteral("admin"), QStringLiteral("x"));
        const QString viewer = tokens.create(QStringLiteral("wall"), QStringLiteral("viewer"), QStringLiteral("x"));
        const auto a = tokens.authenticate(admin);
        QVERIFY(a);
        QCOMPARE(a->name, QStringLiteral("ops"));
        QVERIFY(a->isAdmin());
        const auto v = tokens.authenticate(viewer);
        QVERIFY(v);
        QCOMPARE(v->name, QStringLiteral("wall"));
        QVERIFY(!v->isAdmin());
        QVERIFY(!tokens.authenticate(QString()));
        QVERIFY(!tokens.authenticate(admin + QLatin1Char('x')));
        QVERIFY(!tokens.authenticate(admin.mid(3)));                      // without the prefix
        QVERIFY(!tokens.authenticate(TokenStore::hashOf(admin)));          // the stored hash is not a token
    }

    void revoke()
    {
        TokenStore tokens(*m_store);
        const QString token = tokens.create(QStringLiteral("old"), QStringLiteral("admin"), QStringLiteral("x"));
        QVERIFY(tokens.authenticate(token));
        tokens.revoke(QStringLiteral("old"), QStringLiteral("carol"));
        QVERIFY(!tokens.authenticate(token));
        QVERIFY(tokens.list().front().revoked());
        QVERIFY_THROWS_EXCEPTION(Error, tokens.revoke(QStringLiteral("old"), QStringLiteral("carol")));
        QVERIFY_THROWS_EXCEPTION(Error, tokens.revoke(QStringLiteral("missing"), QStringLiteral("carol")));
        // A revoked name stays taken, so the audit trail keeps meaning one token.
        QVERIFY_THROWS_EXCEPTION(Error, tokens.create(QStringLiteral("old"), QStringLiteral("admin"), QStringLiteral("x")));
        QCOMPARE(column(QStringLiteral("SELECT actor FROM audit WHERE action = 'token-revoke'")), QStringList{QStringLiteral("carol")});
    }

    // authenticate keeps its statement prepared between requests: a token revoked by another client of the
    // store (the CLI while the daemon serves) is still refused at its next request, and another thread
    // checks tokens with a statement of its own.
    void revokedElsewhereRefusedAtNextRequest()
    {
        TokenStore tokens(*m_store);
        const QString token = tokens.create(QStringLiteral("wall"), QStringLiteral("viewer"), QStringLiteral("x"));
        const QString other = tokens.create(QStringLiteral("ops"), QStringLiteral("admin"), QStringLiteral("x"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(tokens.authenticate(token));
        {
            Store elsewhere(m_store->path());
            TokenStore(elsewhere).revoke(QStringLiteral("wall"), QStringLiteral("carol"));
        }
        QVERIFY(!tokens.authenticate(token));
        QCOMPARE(tokens.authenticate(other)->name, QStringLiteral("ops"));

        std::optional<TokenIdentity> onWorker;
        bool revokedOnWorker = true;
        std::thread worker([&] {
            onWorker = tokens.authenticate(other);
            revokedOnWorker = tokens.authenticate(token).has_value();
        });
        worker.join();
        QVERIFY(onWorker);
        QCOMPARE(onWorker->name, QStringLiteral("ops"));
        QVERIFY(!revokedOnWorker);
        QVERIFY(tokens.authenticate(other)); // the main thread's statement still works
    }

    void refusesBadNamesAndRoles()
    {
        TokenStore tokens(*m_store);
        QVERIFY_THROWS_EXCEPTION(Error, tokens.create(QStringLiteral("ok"), QStringLiteral("root"), QStringLiteral("x")));
        QVERIFY_THROWS_EXCEPTION(Error, tokens.create(QString(), QStringLiteral("admin"), QStringLiteral("x")));
        QVERIFY_THROWS_EXCEPTION(Error, tokens.create(QStringLiteral("has space"), QStringLiteral("admin"), QStringLiteral("x")));
        QVERIFY(tokens.list().empty());
        QVERIFY(column(QStringLiteral("SELECT id FROM audit")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTokenStore)
#include "tst_token_store.moc"
