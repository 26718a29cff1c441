#pragma once
// One HTTP request to the API as its handlers see it (copied off the socket, so a handler may run
// asynchronously), the reply they return, and the error they throw to answer with a status.
#include "error.h"
#include "token_store.h"
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <nlohmann/json.hpp>
#include <optional>

namespace retrainer {

struct ApiReply
{
    int status = 200;
    nlohmann::json body = nlohmann::json::object();
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Thrown by handlers: answered as {"error": error, "detail": detail} with `status`.
class ApiError : public Error
{
public:
    ApiError(int status, QString error, QString detail = {})
        : Error(detail.isEmpty() ? error : error + QStringLiteral(": ") + detail)
        , m_status(status), m_error(std::move(error)), m_detail(std::move(detail)) {}
    int status() const { return m_status; }
    ApiReply reply() const;

private:
    int m_status;
    QString m_error, m_detail;
};

ApiReply errorReply(int status, const QString& error, const QString& detail = {});

struct ApiCall
{
    QByteArray method;                 // "GET", "POST", …
    QString path;
    QHash<QString, QString> params;    // captured from the route, e.g. "name", "version"
    QUrlQuery query;
    QByteArray body;
    TokenIdentity caller;              // empty name for /health

    QString param(const QString& key) const { return params.value(key); }
    // The body as a JSON object ({} when empty). Throws ApiError 400 for malformed JSON or a non-object.
    nlohmann::json object() const;
    // The body as a JSON value (null when empty). Throws ApiError 400 for malformed JSON.
    nlohmann::json value() const;
    // ?key=N as a positive number, or `fallback` when absent. Throws ApiError 400 naming the parameter.
    int positiveQuery(const QString& key, int fallback) const;
};

// Typed fields of a JSON object body; each throws ApiError 400 naming the field when the type is wrong.
bool boolField(const nlohmann::json& object, const char* field, bool fallback);
std::optional<int> intField(const nlohmann::json& object, const char* field);
QString stringField(const nlohmann::json& object, const char* field);

// Path segment {version} as a version number; ApiError 404 when it is not one.
int versionParam(const ApiCall& call);

inline std::string utf8(const QString& text) { return text.toStdString(); }

} // namespace retrainer
