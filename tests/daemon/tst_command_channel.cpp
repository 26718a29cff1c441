// The command channel on real local sockets: round trips, concurrency, bad input, absent or vanished servers.
#include "command_channel.h"
#include "error.h"
#include <QCoroTimer>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QUuid>
#include <QTest>
#include <atomic>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>
#include <unistd.h>

using namespace retrainer;
using namespace std::chrono_literals;

namespace {

QString uniqueName()
{
    return QStringLiteral("retrainer-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// "echo": out = arguments and user, one per line; exit code = number of arguments.
// "slow": waits until *release. "gather": waits until three gather requests are being handled at once.
struct Behaviour
{
    std::shared_ptr<bool> release = std::make_shared<bool>(false);
    std::shared_ptr<int> slowStarted = std::make_shared<int>(0);
    std::shared_ptr<int> gathering = std::make_shared<int>(0);
};

CommandServer::Handler handlerFor(Behaviour b)
{
    return [b](CommandRequest request) -> QCoro::Task<CommandResponse> {
        const QString command = request.arguments.value(0);
        if (command == QStringLiteral("slow")) {
            ++*b.slowStarted;
            while (!*b.release)
                co_await QCoro::sleepFor(10ms);
            co_return CommandResponse{0, QStringLiteral("slow done"), {}};
        }
        if (command == QStringLiteral("gather")) {
            ++*b.gathering;
            for (int i = 0; i < 500 && *b.gathering < 3; ++i) // a serial server would never see three
                co_await QCoro::sleepFor(10ms);
            co_return CommandResponse{*b.gathering >= 3 ? 0 : 9, request.arguments.value(1), {}};
        }
        if (command == QStringLiteral("throw"))
            throw Error(QStringLiteral("refused: %1").arg(request.arguments.value(1)));
        co_return CommandResponse{int(request.arguments.size()), request.arguments.join(QLatin1Char('\n')),
                                  QStringLiteral("from ") + request.user};
    };
}

struct Outcome
{
    bool done = false;
    std::optional<CommandResponse> response;
};

// Started and left running; fills *outcome when the answer arrives.
QCoro::Task<> ask(QString name, QStringList arguments, std::shared_ptr<Outcome> outcome, int timeoutMs = -1)
{
    // A named request: GCC 12 destroys a braced temporary inside a co_await expression twice.
    CommandRequest request{arguments, QStringLiteral("tester")};
    outcome->response = co_await sendCommand(name, std::move(request), timeoutMs);
    outcome->done = true;
}

} // namespace

class TestCommandChannel : public QObject
{
    Q_OBJECT

private:
    Behaviour m_behaviour;
    std::unique_ptr<CommandServer> m_server;
    QString m_name;

    std::optional<CommandResponse> call(const QStringList& arguments, int timeoutMs = 20000)
    {
        return QCoro::waitFor(sendCommand(m_name, CommandRequest{arguments, QStringLiteral("tester")}, timeoutMs));
    }

    // Writes bytes on a raw socket and collects what the server sends until it closes the connection.
    QByteArray rawExchange(const QByteArray& bytes, int timeoutMs = 20000)
    {
        QLocalSocket raw;
        QByteArray received;
        connect(&raw, &QLocalSocket::readyRead, this, [&] { received += raw.readAll(); });
        raw.connectToServer(m_name);
        [&] { QTRY_COMPARE(raw.state(), QLocalSocket::ConnectedState); }();
        raw.write(bytes);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QLocalSocket::UnconnectedState, timeoutMs); }();
        return received; // everything arrived through readyRead
    }

private Q_SLOTS:
    void init()
    {
        m_behaviour = Behaviour{};
        m_name = uniqueName();
        m_server = std::make_unique<CommandServer>(handlerFor(m_behaviour));
        QString error;
        QVERIFY2(m_server->listen(m_name, &error), qPrintable(error));
        QVERIFY(m_server->isListening());
        QVERIFY(m_server->fullServerName().endsWith(m_name));
    }

    void cleanup()
    {
        *m_behaviour.release = true;
        m_server.reset();
        QTest::qWait(50); // lets handlers still polling for the release finish
    }

    void roundTripKeepsArgumentsUnicodeAndNewlines()
    {
        const QStringList arguments{QStringLiteral("train"), QStringLiteral("Prévision «été» 🚀"),
                                    QStringLiteral("two\nlines\tand \"quotes\" \\ too"), QString()};
        const auto response = call(arguments);
        QVERIFY(response);
        QCOMPARE(response->exitCode, 4);
        QCOMPARE(response->out, arguments.join(QLatin1Char('\n')));
        QCOMPARE(response->err, QStringLiteral("from tester"));
    }

    void socketIsPrivateToTheUser()
    {
        const QFileInfo socket(m_server->fullServerName());
        QVERIFY2(socket.exists(), qPrintable(socket.filePath()));
        QCOMPARE(socket.ownerId(), uint(::getuid()));
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QVERIFY2(!(socket.permissions() & others), qPrintable(QString::number(int(socket.permissions()), 16)));
    }

    void handlerErrorBecomesFailureResponse()
    {
        const auto response = call({QStringLiteral("throw"), QStringLiteral("busy")});
        QVERIFY(response);
        QCOMPARE(response->exitCode, channelFailureExitCode);
        QCOMPARE(response->err, QStringLiteral("refused: busy"));
    }

    void clientsAreServedWhileAnotherRequestIsBusy()
    {
        auto slow = std::make_shared<Outcome>();
        ask(m_name, {QStringLiteral("slow")}, slow);
        QTRY_COMPARE(*m_behaviour.slowStarted, 1);

        std::vector<std::shared_ptr<Outcome>> fast;
        for (int i = 0; i < 3; ++i) {
            fast.push_back(std::make_shared<Outcome>());
            ask(m_name, {QStringLiteral("gather"), QStringLiteral("client %1").arg(i)}, fast.back());
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(fast.begin(), fast.end(), [](auto& o) { return o->done; }), 10000);
        QVERIFY(!slow->done); // still busy: the others did not wait for it
        QCOMPARE(m_server->openConnections() >= 1, true);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(fast[i]->response);
            QCOMPARE(fast[i]->response->exitCode, 0); // all three were in the handler at once
            QCOMPARE(fast[i]->response->out, QStringLiteral("client %1").arg(i));
        }
        *m_behaviour.release = true;
        QTRY_VERIFY(slow->done);
        QVERIFY(slow->response);
        QCOMPARE(slow->response->out, QStringLiteral("slow done"));
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void nobodyListeningGivesNulloptQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!QCoro::waitFor(sendCommand(uniqueName(), CommandRequest{{QStringLiteral("train")}, {}})));
        QVERIFY(!sendCommandBlocking(uniqueName(), CommandRequest{{QStringLiteral("train")}, {}}, 5000));
        m_server->close();
        QVERIFY(!call({QStringLiteral("echo")}));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void listenReplacesStaleSocketButNotLiveServer()
    {
        // A socket file left behind by a crashed daemon: a plain file of that name in its place.
        const QString stale = uniqueName();
        QFile file(QDir::tempPath() + QLatin1Char('/') + stale);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        CommandServer other(handlerFor(m_behaviour));
        QString error;
        QVERIFY2(other.listen(stale, &error), qPrintable(error));
        other.close();

        CommandServer thief(handlerFor(m_behaviour));
        QVERIFY(!thief.listen(m_name, &error));
        QVERIFY2(error.contains(m_name), qPrintable(error));
        const auto response = call({QStringLiteral("still"), QStringLiteral("mine")});
        QVERIFY(response);
        QCOMPARE(response->out, QStringLiteral("still\nmine"));
    }

    void malformedRequestIsAnsweredAndServerKeepsRunning_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{not json}\n") << QStringLiteral("not valid UTF-8 JSON");
        QTest::newRow("not an object") << QByteArray("[\"train\"]\n") << QStringLiteral("JSON object");
        QTest::newRow("no arguments") << QByteArray("{\"user\":\"x\"}\n") << QStringLiteral("\"arguments\"");
        QTest::newRow("arguments a string") << QByteArray("{\"arguments\":\"train\"}\n")
                                            << QStringLiteral("list of strings");
        QTest::newRow("argument a number") << QByteArray("{\"arguments\":[\"train\",3]}\n")
                                           << QStringLiteral("list of strings");
        QTest::newRow("user a number") << QByteArray("{\"arguments\":[],\"user\":7}\n") << QStringLiteral("\"user\"");
        QTest::newRow("bad utf-8") << QByteArray("{\"arguments\":[\"\xff\xfe\"]}\n") << QStringLiteral("UTF-8");
        QTest::newRow("empty line") << QByteArray("\n") << QStringLiteral("not valid");
    }

    void malformedRequestIsAnsweredAndServerKeepsRunning()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, mentions);
        const QByteArray answer = rawExchange(line);
        QVERIFY2(answer.endsWith('\n') && answer.count('\n') == 1, answer.constData());
        const auto json = nlohmann::json::parse(answer.toStdString());
        QCOMPARE(json.at("exit_code").get<int>(), channelFailureExitCode);
        const QString err = QString::fromStdString(json.at("err").get<std::string>());
        QVERIFY2(err.startsWith(QStringLiteral("malformed")) && err.contains(mentions), qPrintable(err));

        const auto next = call({QStringLiteral("next")});
        QVERIFY(next);
        QCOMPARE(next->out, QStringLiteral("next"));
    }

    void oversizeRequestIsCutOffAndServerKeepsRunning()
    {
        const QByteArray answer = rawExchange(QByteArray(maxMessageBytes + 1024 * 1024, 'x'), 60000);
        if (!answer.isEmpty()) // the reset may race the answer; when it arrives it must say why
            QVERIFY2(answer.contains("larger than 16 MiB"), answer.left(200).constData());
        QTRY_COMPARE(m_server->openConnections(), 0);

        const auto next = call({QStringLiteral("after"), QStringLiteral("oversize")});
        QVERIFY(next);
        QCOMPARE(next->out, QStringLiteral("after\noversize"));
    }

    void largeMessageJustUnderTheLimitGoesThrough()
    {
        const QString big(4 * 1024 * 1024, QLatin1Char('y'));
        const auto response = call({big});
        QVERIFY(response);
        QCOMPARE(response->out.size(), big.size());
    }

    void timeoutGivesFailureNotNullopt()
    {
        QElapsedTimer timer;
        timer.start();
        const auto response = call({QStringLiteral("slow")}, 300);
        QVERIFY(response); // somebody listens: the CLI must not act on its own
        QCOMPARE(response->exitCode, channelFailureExitCode);
        QVERIFY2(response->err.contains(QStringLiteral("did not answer")), qPrintable(response->err));
        QVERIFY(timer.elapsed() < 5000);
    }

    void serverGoingAwayMidRequestDoesNotLeaveClientHanging()
    {
        auto outcome = std::make_shared<Outcome>();
        ask(m_name, {QStringLiteral("slow")}, outcome); // no time limit
        QTRY_COMPARE(*m_behaviour.slowStarted, 1);
        m_server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 5000);
        QVERIFY(outcome->response);
        QCOMPARE(outcome->response->exitCode, channelFailureExitCode);
        QVERIFY2(outcome->response->err.contains(QStringLiteral("without answering")),
                 qPrintable(outcome->response->err));
    }

    void blockingClientWorksFromThreadWithoutEventLoop()
    {
        std::atomic<bool> done = false;
        std::optional<CommandResponse> response;
        std::optional<CommandResponse> absent = CommandResponse{};
        const QString name = m_name;
        std::thread thread([&] {
            response = sendCommandBlocking(name, CommandRequest{{QStringLiteral("a"), QStringLiteral("β")},
                                                                QStringLiteral("thread")}, 10000);
            absent = sendCommandBlocking(uniqueName(), CommandRequest{}, 1000);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 15000); // the server needs this thread's event loop
        thread.join();
        QVERIFY(response);
        QCOMPARE(response->exitCode, 2);
        QCOMPARE(response->out, QStringLiteral("a\nβ"));
        QCOMPARE(response->err, QStringLiteral("from thread"));
        QVERIFY(!absent);
    }

    void blockingClientTimesOut()
    {
        std::atomic<bool> done = false;
        std::optional<CommandResponse> response;
        const QString name = m_name;
        std::thread thread([&] {
            response = sendCommandBlocking(name, CommandRequest{{QStringLiteral("slow")}, {}}, 300);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 5000);
        thread.join();
        QVERIFY(response);
        QCOMPARE(response->exitCode, channelFailureExitCode);
        QVERIFY2(response->err.contains(QStringLiteral("did not answer")), qPrintable(response->err));
    }
};

QTEST_GUILESS_MAIN(TestCommandChannel)
#include "tst_command_channel.moc"
