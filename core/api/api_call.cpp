#include "api_call.h"
#include "json_parse.h"
#include <climits>
#include <cstdint>

namespace retrainer {

using json = nlohmann::json;

ApiReply errorReply(int status, const QString& error, const QString& detail)
{
    ApiReply reply;
    reply.status = status;
    reply.body = {{"error", utf8(error)}, {"detail", utf8(detail)}};
    return reply;
}

ApiReply ApiError::reply() const { return errorReply(m_status, m_error, m_detail); }

json ApiCall::value() const
{
    if (body.trimmed().isEmpty())
        return nullptr;
    QString problem;
    auto parsed = parseJson(body, &problem);
    if (!parsed)
        throw ApiError(400, QStringLiteral("malformed JSON"), QStringLiteral("the request body: %1").arg(problem));
    return std::move(*parsed);
}

json ApiCall::object() const
{
    json v = value();
    if (v.is_null())
        return json::object();
    if (!v.is_object())
        throw ApiError(400, QStringLiteral("wrong type"), QStringLiteral("the body must be a JSON object"));
    return v;
}

int ApiCall::positiveQuery(const QString& key, int fallback) const
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const int n = query.queryItemValue(key).toInt(&ok);
    if (!ok || n < 1)
        throw ApiError(400, QStringLiteral("wrong type"),
                       QStringLiteral("query parameter '%1' must be a positive whole number").arg(key));
    return n;
}

namespace {

[[noreturn]] void wrongType(const char* field, const char* expected)
{
    throw ApiError(400, QStringLiteral("wrong type"),
                   QStringLiteral("field '%1' must be %2").arg(QString::fromLatin1(field), QString::fromLatin1(expected)));
}

} // namespace

bool boolField(const json& object, const char* field, bool fallback)
{
    if (!object.contains(field) || object[field].is_null())
        return fallback;
    if (!object[field].is_boolean())
        wrongType(field, "true or false");
    return object[field].get<bool>();
}

std::optional<int> intField(const json& object, const char* field)
{
    if (!object.contains(field) || object[field].is_null())
        return std::nullopt;
    const json& value = object[field];
    if (!value.is_number_integer())
        wrongType(field, "a whole number");
    // get<int>() would wrap 4294967297 to 1: a number outside int's range is refused, not reinterpreted.
    const bool fits = value.is_number_unsigned() ? value.get<std::uint64_t>() <= std::uint64_t(INT_MAX)
                                                 : value.get<std::int64_t>() >= INT_MIN && value.get<std::int64_t>() <= INT_MAX;
    if (!fits)
        throw ApiError(400, QStringLiteral("out of range"),
                       QStringLiteral("field '%1' is too large a number").arg(QString::fromLatin1(field)));
    return value.get<int>();
}

QString stringField(const json& object, const char* field)
{
    if (!object.contains(field) || object[field].is_null())
        return {};
    if (!object[field].is_string())
        wrongType(field, "a string");
    return QString::fromStdString(object[field].get<std::string>());
}

int versionParam(const ApiCall& call)
{
    bool ok = false;
    const int version = call.param(QStringLiteral("version")).toInt(&ok);
    if (!ok || version < 1)
        throw ApiError(404, QStringLiteral("unknown version"),
                       QStringLiteral("'%1' is not a version number").arg(call.param(QStringLiteral("version"))));
    return version;
}

} // namespace retrainer
