// The command channel's messages: one JSON object per line, {"arguments": [...], "user": ...} asked and
// {"exit_code": N, "out": ..., "err": ...} answered (no coroutines here: the fuzz harness builds this file).
#include "command_messages.h"
#include "error.h"
#include "json_parse.h"
#include <QCoreApplication>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace retrainer {
namespace {

using json = nlohmann::json;

struct MessageText
{
    Q_DECLARE_TR_FUNCTIONS(CommandChannel)
};

QByteArray toLine(const json& value)
{
    std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    text.push_back('\n');
    return QByteArray::fromStdString(text);
}

json parseObject(const QByteArray& line, const QString& what)
{
    QString problem;
    auto parsed = parseJson(line, &problem);
    if (!parsed)
        throw Error(MessageText::tr("malformed %1: not valid UTF-8 JSON (%2)").arg(what, problem));
    json value = std::move(*parsed);
    if (!value.is_object())
        throw Error(MessageText::tr("malformed %1: expected a JSON object").arg(what));
    return value;
}

QString optionalString(const json& object, const char* key, const QString& what)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    if (!it->is_string())
        throw Error(MessageText::tr("malformed %1: \"%2\" must be a string").arg(what, QLatin1String(key)));
    return QString::fromStdString(it->get<std::string>());
}

} // namespace

QByteArray encodeRequest(const CommandRequest& request)
{
    json arguments = json::array();
    for (const QString& argument : request.arguments)
        arguments.push_back(argument.toStdString());
    return toLine(json{{"arguments", std::move(arguments)}, {"user", request.user.toStdString()}});
}

QByteArray encodeResponse(const CommandResponse& response)
{
    return toLine(json{{"exit_code", response.exitCode}, {"out", response.out.toStdString()},
                       {"err", response.err.toStdString()}});
}

CommandRequest decodeRequest(const QByteArray& line)
{
    const QString what = MessageText::tr("request");
    const json object = parseObject(line, what);
    const auto arguments = object.find("arguments");
    const bool listOfStrings = arguments != object.end() && arguments->is_array() &&
                               std::all_of(arguments->begin(), arguments->end(),
                                           [](const json& a) { return a.is_string(); });
    if (!listOfStrings)
        throw Error(MessageText::tr("malformed request: \"arguments\" must be a list of strings"));
    CommandRequest request;
    for (const json& argument : *arguments)
        request.arguments << QString::fromStdString(argument.get<std::string>());
    request.user = optionalString(object, "user", what);
    return request;
}

CommandResponse decodeResponse(const QByteArray& line)
{
    const QString what = MessageText::tr("response");
    const json object = parseObject(line, what);
    const auto code = object.find("exit_code");
    if (code == object.end() || !code->is_number_integer())
        throw Error(MessageText::tr("malformed response: \"exit_code\" must be an integer"));
    return CommandResponse{code->get<int>(), optionalString(object, "out", what),
                           optionalString(object, "err", what)};
}

} // namespace retrainer
