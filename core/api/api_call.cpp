#include "api_call.h"

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
    try {
        return json::parse(body.constBegin(), body.constEnd());
    } catch (const json::parse_error& e) {
        throw ApiError(400, QStringLiteral("malformed JSON"), QString::fromUtf8(e.what()));
    }
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
    if (!object[field].is_number_integer())
        wrongType(field, "a whole number");
    return object[field].get<int>();
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
