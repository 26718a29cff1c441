#include "error.h"
#include "metrics.h"

#include <QTest>
#include <cmath>

using namespace retrainer;

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void classification();
    void classification_absentClassIsNotAveraged();
    void classification_rejectsBadInput();
    void regression_data();
    void regression();
    void value_data();
    void value();
    void value_unknownOrWrongTaskThrows();
    void json_roundTrip();
    void json_garbageThrows();
};

void TestMetrics::classification()
{
    // classes a, b, c; c is never predicted.
    //   truth: a a b b c c
    //   pred:  a b b b a a
    // confusion [truth][pred]: a: [1 1 0], b: [0 2 0], c: [2 0 0]; accuracy 3/6 = 0.5
    // F1(a) = 2*1 / (2*1 + FP 2 + FN 1) = 0.4; F1(b) = 2*2 / (4 + FP 1 + FN 0) = 0.8; F1(c) = 0 (no TP)
    // macro-F1 = (0.4 + 0.8 + 0) / 3 = 0.4
    const Metrics m = classificationMetrics({0, 0, 1, 1, 2, 2}, {0, 1, 1, 1, 0, 0}, {"a", "b", "c"});
    QVERIFY(m.task == Task::Classification);
    QCOMPARE(m.count, size_t(6));
    QCOMPARE(m.accuracy, 0.5);
    QVERIFY(std::abs(m.macroF1 - 0.4) < 1e-12);
    const std::vector<std::vector<long>> expected{{1, 1, 0}, {0, 2, 0}, {2, 0, 0}};
    QCOMPARE(m.confusion, expected);
    QCOMPARE(m.classes, (std::vector<std::string>{"a", "b", "c"}));
}

void TestMetrics::classification_absentClassIsNotAveraged()
{
    // c appears neither in truth nor in predictions: macro-F1 averages a and b only -> (1 + 1) / 2 = 1.
    const Metrics m = classificationMetrics({0, 1, 1}, {0, 1, 1}, {"a", "b", "c"});
    QCOMPARE(m.accuracy, 1.0);
    QCOMPARE(m.macroF1, 1.0);
    // Only predicted, never true: b counts with F1 0. truth a a, pred a b -> F1(a) = 2/(2+0+1) = 2/3, F1(b) = 0.
    const Metrics n = classificationMetrics({0, 0}, {0, 1}, {"a", "b"});
    QVERIFY(std::abs(n.macroF1 - 1.0 / 3.0) < 1e-12);
    QCOMPARE(n.accuracy, 0.5);
}

void TestMetrics::classification_rejectsBadInput()
{
    QVERIFY_THROWS_EXCEPTION(Error, classificationMetrics({0, 1}, {0}, {"a", "b"}));
    QVERIFY_THROWS_EXCEPTION(Error, classificationMetrics({0, 2}, {0, 1}, {"a", "b"}));
    QVERIFY_THROWS_EXCEPTION(Error, classificationMetrics({0}, {-1}, {"a", "b"}));
    const Metrics empty = classificationMetrics({}, {}, {"a", "b"});
    QCOMPARE(empty.count, size_t(0));
    QCOMPARE(empty.accuracy, 0.0);
}

void TestMetrics::regression_data()
{
    QTest::addColumn<std::vector<double>>("truth");
    QTest::addColumn<std::vector<double>>("predicted");
    QTest::addColumn<double>("mae");
    QTest::addColumn<double>("rmse");
    QTest::addColumn<double>("r2");

    // errors -0.5 0 1 -1: MAE 2.5/4 = 0.625; SS_res 2.25, RMSE sqrt(2.25/4) = 0.75;
    // mean 2.5, SS_tot 2.25+0.25+0.25+2.25 = 5, R² = 1 - 2.25/5 = 0.55
    QTest::newRow("typical") << std::vector<double>{1, 2, 3, 4} << std::vector<double>{1.5, 2, 2, 5} << 0.625 << 0.75
                             << 0.55;
    QTest::newRow("perfect") << std::vector<double>{1, 2, 3} << std::vector<double>{1, 2, 3} << 0.0 << 0.0 << 1.0;
    // predicting the mean 2 everywhere: SS_res = SS_tot = 2 -> R² 0; MAE 2/3, RMSE sqrt(2/3)
    QTest::newRow("mean") << std::vector<double>{1, 2, 3} << std::vector<double>{2, 2, 2} << 2.0 / 3.0
                          << std::sqrt(2.0 / 3.0) << 0.0;
    // worse than the mean: errors 2 0 -2, SS_res 8, SS_tot 2 -> R² = 1 - 4 = -3; MAE 4/3, RMSE sqrt(8/3)
    QTest::newRow("worse than mean") << std::vector<double>{1, 2, 3} << std::vector<double>{3, 2, 1} << 4.0 / 3.0
                                     << std::sqrt(8.0 / 3.0) << -3.0;
    // SS_tot = 0: R² is 1 for a perfect fit ...
    QTest::newRow("constant perfect") << std::vector<double>{3, 3, 3} << std::vector<double>{3, 3, 3} << 0.0 << 0.0
                                      << 1.0;
    // ... and 0 otherwise: error 1 on one of three -> MAE 1/3, RMSE sqrt(1/3)
    QTest::newRow("constant off") << std::vector<double>{3, 3, 3} << std::vector<double>{3, 3, 4} << 1.0 / 3.0
                                  << std::sqrt(1.0 / 3.0) << 0.0;
}

void TestMetrics::regression()
{
    QFETCH(std::vector<double>, truth);
    QFETCH(std::vector<double>, predicted);
    QFETCH(double, mae);
    QFETCH(double, rmse);
    QFETCH(double, r2);
    const Metrics m = regressionMetrics(truth, predicted);
    QVERIFY(m.task == Task::Regression);
    QCOMPARE(m.count, truth.size());
    QVERIFY2(std::abs(m.mae - mae) < 1e-12, qPrintable(QString::number(m.mae)));
    QVERIFY2(std::abs(m.rmse - rmse) < 1e-12, qPrintable(QString::number(m.rmse)));
    QVERIFY2(std::abs(m.r2 - r2) < 1e-12, qPrintable(QString::number(m.r2)));
}

void TestMetrics::value_data()
{
    QTest::addColumn<bool>("classification");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("higherIsBetter");
    QTest::newRow("default classification") << true << QString() << 0.5 << true;
    QTest::newRow("accuracy") << true << QStringLiteral("accuracy") << 0.5 << true;
    QTest::newRow("macro_f1") << true << QStringLiteral("macro_f1") << 0.4 << true;
    QTest::newRow("default regression") << false << QString() << 0.55 << true;
    QTest::newRow("r2") << false << QStringLiteral("r2") << 0.55 << true;
    QTest::newRow("mae") << false << QStringLiteral("mae") << 0.625 << false;
    QTest::newRow("rmse") << false << QStringLiteral("rmse") << 0.75 << false;
}

void TestMetrics::value()
{
    QFETCH(bool, classification);
    QFETCH(QString, name);
    QFETCH(double, expected);
    QFETCH(bool, higherIsBetter);
    const Metrics m = classification
        ? classificationMetrics({0, 0, 1, 1, 2, 2}, {0, 1, 1, 1, 0, 0}, {"a", "b", "c"})
        : regressionMetrics({1, 2, 3, 4}, {1.5, 2, 2, 5});
    QVERIFY(std::abs(m.value(name) - expected) < 1e-12);
    QCOMPARE(Metrics::higherIsBetter(name), higherIsBetter);
}

void TestMetrics::value_unknownOrWrongTaskThrows()
{
    const Metrics r = regressionMetrics({1, 2}, {1, 2});
    QVERIFY_THROWS_EXCEPTION(Error, r.value(QStringLiteral("accuracy")));
    QVERIFY_THROWS_EXCEPTION(Error, r.value(QStringLiteral("precision")));
    QCOMPARE(Metrics::defaultPrimary(Task::Classification), QStringLiteral("accuracy"));
    QCOMPARE(Metrics::defaultPrimary(Task::Regression), QStringLiteral("r2"));
}

void TestMetrics::json_roundTrip()
{
    const Metrics c = classificationMetrics({0, 0, 1, 1, 2, 2}, {0, 1, 1, 1, 0, 0}, {"a", "b", "c"});
    const nlohmann::json cj = c.toJson();
    QVERIFY(cj.at("confusion").at("counts") == nlohmann::json::parse("[[1,1,0],[0,2,0],[2,0,0]]"));
    QCOMPARE(cj.at("count").get<int>(), 6);
    const Metrics c2 = Metrics::fromJson(nlohmann::json::parse(cj.dump()));
    QVERIFY(c2.task == Task::Classification);
    QCOMPARE(c2.accuracy, c.accuracy);
    QCOMPARE(c2.macroF1, c.macroF1);
    QCOMPARE(c2.confusion, c.confusion);
    QCOMPARE(c2.classes, c.classes);
    QCOMPARE(c2.count, c.count);

    const Metrics r = regressionMetrics({1, 2, 3, 4}, {1.5, 2, 2, 5.1});
    const Metrics r2 = Metrics::fromJson(nlohmann::json::parse(r.toJson().dump()));
    QVERIFY(r2.task == Task::Regression);
    QCOMPARE(r2.mae, r.mae);
    QCOMPARE(r2.rmse, r.rmse);
    QCOMPARE(r2.r2, r.r2);
    QCOMPARE(r2.count, size_t(4));
}

void TestMetrics::json_garbageThrows()
{
    QVERIFY_THROWS_EXCEPTION(Error, Metrics::fromJson(nlohmann::json::array()));
    QVERIFY_THROWS_EXCEPTION(Error, Metrics::fromJson(nlohmann::json::parse(R"({"mae":1,"rmse":1})")));
    QVERIFY_THROWS_EXCEPTION(Error, Metrics::fromJson(nlohmann::json::parse(R"({"mae":"x","rmse":1,"r2":0,"count":1})")));
    QVERIFY_THROWS_EXCEPTION(
        Error, Metrics::fromJson(nlohmann::json::parse(R"({"accuracy":1,"macro_f1":1,"count":2,"confusion":{"classes":["a"],"counts":[[1,2]]}})")));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
