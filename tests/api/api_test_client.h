#pragma once
// Test helpers for the HTTP API: a tiny synchronous JSON client over QNetworkAccessManager (real HTTP to
// 127.0.0.1) and the models of the test workspace.
#include "model_config.h"
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>
#include <nlohmann/json.hpp>

namespace retrainer::test {

struct HttpReply
{
    int status = 0;
    nlohmann::json body;
    QByteArray allow;
    QString error() const { return QString::fromStdString(body.value("error", std::string())); }
    QString detail() const { return QString::fromStdString(body.value("detail", std::string())); }
};

class ApiClient
{
public:
    void setPort(quint16 port) { m_base = QStringLiteral("http://127.0.0.1:%1").arg(port); }

    HttpReply call(const QByteArray& method, const QString& path, const QString& token = {}, const QByteArray& body = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_net.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(60000);
        HttpReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.allow = reply->rawHeader("Allow");
        const QByteArray data = reply->readAll();
        out.body = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
        reply->deleteLater();
        return out;
    }
    HttpReply get(const QString& path, const QString& token = {}) { return call("GET", path, token); }
    HttpReply post(const QString& path, const QString& token, const QByteArray& body = {}) { return call("POST", path, token, body); }

private:
    QNetworkAccessManager m_net;
    QString m_base;
};

// y = 3·x1 - 2·x2 + colour effect (tests/engine/fixture_data.h), paused so that only the tests start runs.
inline ModelConfig regressionModel(const QString& name, const QString& source)
{
    ModelConfig m;
    m.name = name;
    m.task = Task::Regression;
    m.source = source;
    m.label = QStringLiteral("y");
    m.timestamp = QStringLiteral("when");
    m.features = {QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("colour")};
    m.kinds = {{QStringLiteral("x1"), ColumnKind::Numeric}, {QStringLiteral("x2"), ColumnKind::Numeric},
               {QStringLiteral("colour"), ColumnKind::Categorical}};
    m.triggers.paused = true;
    return m;
}

} // namespace retrainer::test
