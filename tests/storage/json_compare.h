#pragma once
#include <QTest>
#include <nlohmann/json.hpp>

// QCOMPARE cannot print nlohmann::json; compare and show both documents instead.
#define JSON_COMPARE(actual, expected)                                                                          \
    do {                                                                                                       \
        const json a_ = (actual), e_ = (expected);                                                             \
        QVERIFY2(a_ == e_, qPrintable(QStringLiteral("%1 != %2").arg(QString::fromStdString(a_.dump()),         \
                                                                      QString::fromStdString(e_.dump()))));   \
    } while (false)
