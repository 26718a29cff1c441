#pragma once
// Rows posted as JSON ([{column: value}, …]: the API's samples, `retrainer import` of a .json file) as a
// raw table, each bad row rejected with where and why before anything is stored.
#include "raw_table.h"
#include <QStringList>
#include <nlohmann/json.hpp>

namespace retrainer {

// JSON rows [{column: value}, …] as a raw table over the union of their columns; origins "row 1", "row 2"…
// (1-based). Numbers and booleans become their text; null is a missing value. A row that is not an
// object is rejected with its origin, and so is a row
//  - without one of `required` (the model's features and label: send null for an unknown value),
//  - with a list or object as a value,
//  - with text that is not a number in a column where other rows send JSON numbers.
// Throws Error when `rows` is not an array.
RawTable rawTableFromJson(const nlohmann::json& rows, const QStringList& required = {});

} // namespace retrainer
