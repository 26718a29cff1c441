#pragma once
// Helpers shared by the storage test suites.
#include "error.h"
#include <functional>
#include <QTest>
#include <nlohmann/json.hpp>

// QCOMPARE cannot print nlohmann::json; compare and show both documents instead.
#define JSON_COMPARE(actual, expected)                                                                          \
    do {                                                                                                       \
        const json a_ = (actual), e_ = (expected);                                                             \
        QVERIFY2(a_ == e_, qPrintable(QStringLiteral("%1 != %2").arg(QString::fromStdString(a_.dump()),         \
                                                                      QString::fromStdString(e_.dump()))));   \
    } while (false)

// The message of the retrainer::Error that `action` throws, or an empty string when it succeeds.
inline QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const retrainer::Error& e) {
        return e.message();
    }
    return {};
}
