#include "channel_transport.h"
#include "alert_message.h"
#include <curl/curl.h>
#include <QUrl>
#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

namespace retrainer {

namespace {

void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter
{
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct ListDeleter
{
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};
using CurlHandle = std::unique_ptr<CURL, CurlDeleter>;
using CurlList = std::unique_ptr<curl_slist, ListDeleter>;

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

int stopWhenAsked(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic<bool>*>(user)->load() ? 1 : 0; // non-zero aborts the transfer
}

size_t discard(char*, size_t size, size_t count, void*) { return size * count; }

QString curlProblem(CURLcode code, const char* detail)
{
    const QString text = detail && *detail ? QString::fromUtf8(detail) : QString::fromUtf8(curl_easy_strerror(code));
    return text.trimmed();
}

void append(CurlList& list, const QByteArray& line)
{
    if (curl_slist* head = curl_slist_append(list.get(), line.constData())) {
        (void)list.release(); // the same list, grown (or a new one when it was empty)
        list.reset(head);
    }
}

DeliveryAttempt sendWebhook(CURL* curl, const AlertChannel& channel, const ChannelSecrets& secrets, const AlertRecord& alert,
                            char* errors)
{
    const QUrl url(secrets.url);
    if (secrets.url.isEmpty())
        return {false, QStringLiteral("channel '%1' has no webhook address (set it again, or %2)")
                           .arg(channel.name, SecretFile::environmentName(channel.name, "URL"))};
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {false, QStringLiteral("channel '%1': the webhook address must start with http:// or https://").arg(channel.name)};
    const QByteArray body = webhookBody(alert, channel.format);
    const QByteArray address = url.toEncoded();
    CurlList headers;
    append(headers, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(body.size()));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
    const CURLcode code = curl_easy_perform(curl);
    if (code != CURLE_OK)
        return {false, QStringLiteral("could not reach %1: %2").arg(url.host(), curlProblem(code, errors))};
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    if (status < 200 || status >= 300)
        return {false, QStringLiteral("%1 answered HTTP %2").arg(url.host()).arg(status)};
    return {true, {}};
}

DeliveryAttempt sendEmail(CURL* curl, const AlertChannel& channel, const ChannelSecrets& secrets, const AlertRecord& alert,
                          char* errors)
{
    const QByteArray address = QStringLiteral("smtp://%1:%2").arg(channel.smtpHost).arg(channel.smtpPort).toUtf8();
    const QByteArray from = QStringLiteral("<%1>").arg(channel.from).toUtf8();
    const QByteArray user = channel.smtpUser.toUtf8();
    const QByteArray password = secrets.password.toUtf8();
    const QByteArray caFile = channel.caFile.toUtf8();
    CurlList recipients;
    for (const auto& to : channel.to)
        append(recipients, QStringLiteral("<%1>").arg(to).toUtf8());
    Upload upload{emailMessage(alert, channel)};
    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(channel.startTls ? CURLUSESSL_ALL : CURLUSESSL_NONE));
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    const CURLcode code = curl_easy_perform(curl);
    if (code != CURLE_OK)
        return {false, QStringLiteral("the e-mail server %1:%2 refused or failed: %3")
                           .arg(channel.smtpHost).arg(channel.smtpPort).arg(curlProblem(code, errors))};
    return {true, {}};
}

} // namespace

DeliveryAttempt sendThroughChannel(const AlertChannel& channel, const ChannelSecrets& secrets, const AlertRecord& alert,
                                   const std::atomic<bool>* abort, int timeoutSecs)
{
    initialiseCurl();
    CurlHandle curl(curl_easy_init());
    if (!curl)
        return {false, QStringLiteral("the network library could not start")};
    char errors[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, errors);
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, long(timeoutSecs));
    curl_easy_setopt(curl.get(), CURLOPT_CONNECTTIMEOUT, long(std::min(timeoutSecs, 10)));
    curl_easy_setopt(curl.get(), CURLOPT_USERAGENT, "Retrainer");
    if (abort) {
        curl_easy_setopt(curl.get(), CURLOPT_XFERINFOFUNCTION, stopWhenAsked);
        curl_easy_setopt(curl.get(), CURLOPT_XFERINFODATA, abort);
        curl_easy_setopt(curl.get(), CURLOPT_NOPROGRESS, 0L);
    }
    return channel.type == AlertChannel::Type::Webhook ? sendWebhook(curl.get(), channel, secrets, alert, errors)
                                                       : sendEmail(curl.get(), channel, secrets, alert, errors);
}

} // namespace retrainer
