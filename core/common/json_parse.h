#pragma once
// JSON from outside (API bodies, JSON-lines rows, CLI input files, command-channel messages, workspace.json,
// the sample store) is parsed here, with a nesting limit. nlohmann's parser keeps its own stack, but dump(),
// copies and comparisons recurse: a value nested 100,000 levels deep is accepted by the parser and then
// overflows the stack wherever it travels next (a crash at every start when it sits in a data source).
// No real row, request or setting nests deeper than a few levels; kMaxJsonDepth leaves a wide margin.
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace retrainer {

inline constexpr int kMaxJsonDepth = 64;

// The parsed value, or std::nullopt with *problem set to a plain reason ("nested deeper than 64 levels at
// byte 130", "number overflow parsing '1e400'", the parser's message for malformed text).
template <class Json = nlohmann::json>
std::optional<Json> parseJson(const char* first, const char* last, QString* problem = nullptr,
                              int maxDepth = kMaxJsonDepth);

inline std::optional<nlohmann::json> parseJson(const QByteArray& bytes, QString* problem = nullptr)
{
    return parseJson(bytes.constBegin(), bytes.constEnd(), problem);
}

inline std::optional<nlohmann::json> parseJson(const std::string& text, QString* problem = nullptr)
{
    return parseJson(text.data(), text.data() + text.size(), problem);
}

extern template std::optional<nlohmann::json> parseJson(const char*, const char*, QString*, int);
extern template std::optional<nlohmann::ordered_json> parseJson(const char*, const char*, QString*, int);

} // namespace retrainer
