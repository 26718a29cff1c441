// Serving: predictions from the verified active version, per-row errors naming row and column, and
// concurrent predictions from 4 threads while another thread switches the active version back and forth
// 50 times — no failed request, every answer from one complete model.
#include "engine_fixture.h"
#include "error.h"
#include "predictors.h"
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

using namespace retrainer;
using json = nlohmann::json;

class TestPredictors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    ManualClock m_clock;

    static json sampleRows()
    {
        json rows = json::array();
        for (int i = 0; i < 8; ++i)
            rows.push_back({{"x1", -1.5 + 0.4 * i}, {"x2", 0.3 * i - 1.0}, {"colour", i % 2 ? "red" : "blue"}});
        return rows;
    }

private Q_SLOTS:
    void init() { test::recreateWorkspace(m_dir, m_ws); }

    void predictsWithTheActiveVersionAndNamesBadRows()
    {
        QVERIFY(test::writeFile(m_ws->directory() + QStringLiteral("/data.csv"), test::regressionCsv(200)));
        m_ws->addModel(test::csvModel(QStringLiteral("prices"), QStringLiteral("data.csv")));
        Engine engine(*m_ws, m_clock);
        QCOMPARE(toString(test::trainAndWait(engine, QStringLiteral("prices")).state), QStringLiteral("promoted"));

        Predictors predictors(*m_ws);
        QVERIFY_THROWS_EXCEPTION(Error, predictors.predict(QStringLiteral("prices"), sampleRows())); // not loaded yet
        QCOMPARE(predictors.reload(QStringLiteral("prices")).value_or(0), 1);
        const json good = predictors.predict(QStringLiteral("prices"), sampleRows());
        QCOMPARE(good["version"].get<int>(), 1);
        QCOMPARE(good["predictions"].size(), size_t(8));
        QVERIFY(good["errors"].empty());
        // y = 3·x1 - 2·x2 + colour effect: the model learnt it.
        const double expected = 3 * -1.5 - 2 * -1.0 - 4;
        QVERIFY2(std::abs(good["predictions"][0].get<double>() - expected) < 1.0, good.dump().c_str());

        json rows = sampleRows();
        rows[1].erase("x2");                       // missing feature
        rows[2]["x1"] = "NaN";                      // not a finite number
        rows[3]["colour"] = json::array({1});       // wrong type
        rows[4]["x1"] = true;                       // wrong type
        rows[5] = 42;                               // not an object
        rows[6]["x1"] = "2.5";                      // a numeric string is a number
        const json mixed = predictors.predict(QStringLiteral("prices"), rows);
        const auto& p = mixed["predictions"];
        QVERIFY(p[0].is_number() && p[6].is_number() && p[7].is_number());
        for (int bad : {1, 2, 3, 4, 5})
            QVERIFY2(p[bad].is_null(), mixed.dump().c_str());
        std::map<int, std::string> columnOf;
        for (const auto& e : mixed["errors"])
            columnOf[e["row"].get<int>()] = e["column"].is_null() ? "" : e["column"].get<std::string>();
        QCOMPARE(int(columnOf.size()), 5);
        QCOMPARE(columnOf[1], std::string("x2"));
        QCOMPARE(columnOf[2], std::string("x1"));
        QCOMPARE(columnOf[3], std::string("colour"));
        QCOMPARE(columnOf[4], std::string("x1"));
        QCOMPARE(columnOf[5], std::string());

        QVERIFY_THROWS_EXCEPTION(Error, predictors.predict(QStringLiteral("prices"), json::object()));
        QVERIFY_THROWS_EXCEPTION(Error, predictors.predict(QStringLiteral("nope"), sampleRows()));
    }

    void modelWithoutActiveVersionRefusesClearly()
    {
        m_ws->addModel(test::csvModel(QStringLiteral("empty"), QStringLiteral("none.csv")));
        Predictors predictors(*m_ws);
        QVERIFY(!predictors.reload(QStringLiteral("empty")));
        try {
            predictors.predict(QStringLiteral("empty"), sampleRows());
            QFAIL("predicted without an active version");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("no active version")), qPrintable(e.message()));
        }
    }

    void concurrentPredictionsWhileVersionsSwap()
    {
        const QString file = m_ws->directory() + QStringLiteral("/data.csv");
        QVERIFY(test::writeFile(file, test::regressionCsv(200, 7)));
        m_ws->addModel(test::csvModel(QStringLiteral("prices"), QStringLiteral("data.csv")));
        Engine engine(*m_ws, m_clock);
        QCOMPARE(toString(test::trainAndWait(engine, QStringLiteral("prices")).state), QStringLiteral("promoted"));
        QVERIFY(test::writeFile(file, test::regressionCsv(400, 11)));
        const RunRecord second = test::trainAndWait(engine, QStringLiteral("prices"), true);
        QCOMPARE(second.version.value_or(0), 2);

        Predictors& predictors = engine.predictors();
        const json rows = sampleRows();
        std::map<int, json> expected; // what each complete version answers
        for (int v : {1, 2}) {
            m_ws->registry().activate(QStringLiteral("prices"), v);
            QCOMPARE(predictors.reload(QStringLiteral("prices")).value_or(0), v);
            expected[v] = predictors.predict(QStringLiteral("prices"), rows)["predictions"];
        }
        QVERIFY(expected[1] != expected[2]);

        std::atomic<bool> switching{true};
        std::atomic<int> failures{0}, answers{0}, incomplete{0};
        std::atomic<int> seen[3] = {0, 0, 0};
        Workspace* ws = m_ws.get();
        auto swapper = QtConcurrent::run([ws, &predictors, &switching, &failures] {
            for (int i = 0; i < 50; ++i) {
                try {
                    if (i % 2 == 0)
                        ws->registry().activate(QStringLiteral("prices"), 1);
                    else
                        ws->registry().rollback(QStringLiteral("prices"), 2);
                    predictors.reload(QStringLiteral("prices"));
                } catch (const Error& e) {
                    qWarning("swap %d failed: %s", i, qPrintable(e.message()));
                    ++failures;
                }
            }
            switching = false;
        });
        QList<QFuture<void>> clients;
        for (int t = 0; t < 4; ++t)
            clients << QtConcurrent::run([&] {
                do {
                    try {
                        const json answer = predictors.predict(QStringLiteral("prices"), rows);
                        const int v = answer["version"].get<int>();
                        if ((v != 1 && v != 2) || answer["predictions"] != expected[v] || !answer["errors"].empty())
                            ++incomplete;
                        else
                            ++seen[v];
                        ++answers;
                    } catch (const std::exception& e) {
                        qWarning("prediction failed: %s", e.what());
                        ++failures;
                    }
                } while (switching);
            });
        swapper.waitForFinished();
        for (auto& c : clients)
            c.waitForFinished();
        qInfo("%d answers during 50 version switches (v1: %d, v2: %d)", answers.load(), seen[1].load(), seen[2].load());
        QCOMPARE(failures.load(), 0);
        QCOMPARE(incomplete.load(), 0);
        QVERIFY(answers.load() >= 4);
        QCOMPARE(predictors.servedVersion(QStringLiteral("prices")).value_or(0), 2); // the 50th switch: rollback to 2
    }
};

QTEST_GUILESS_MAIN(TestPredictors)
#include "tst_predictors.moc"
